import type { MetadataProblem } from '../validation/metadata';

/** The lists a person can add items to. */
export type RepeatableList = 'id_numbers' | 'additional_addresses' | 'additional_names';

/**
 * Stripe refusals that name no field and whose cause a person cannot read from Stripe's English message:
 * v2's documented token errors and the rate limits.
 */
export type KnownRefusalCode =
  | 'platform_registration_required'
  | 'token_must_be_created_with_publishable_key'
  | 'account_rate_limit_exceeded'
  | 'rate_limit';

/** The form elements' words a person may read before acting (not field labels, which live in `field-labels.*`). */
export interface FormWords {
  readonly submit: string;
  readonly submitting: string;
  readonly optional: string;
  readonly required: string;
  readonly choose: string;
  readonly retry: string;
  readonly convertToKatakana: (suggestion: string) => string;
  /** The button that puts a suggested value (a corrected email address) into the field. */
  readonly useSuggestion: (suggestion: string) => string;
  readonly kanaHint: string;
  /** Under a Japanese town (町域): the town alone; the chōme and block numbers (番地) go in line 1. */
  readonly japaneseTownHint: string;
  /** Announced when a Japanese postal code stands for several towns, above the list to pick from. */
  readonly postalTownsFound: (postalCode: string, count: number) => string;
  /** The label of the list of a shared postal code's towns. */
  readonly postalTownChoice: (postalCode: string) => string;
  readonly idNumberType: string;
  readonly idNumberMaskedHint: string;
  readonly percentSuffix: string;
  readonly countryNoMatch: string;
  readonly countrySearchHint: string;
  readonly countryListLabel: (fieldLabel: string) => string;
  /** At a number emptied once it was in a token, while the form holds that token. */
  readonly sentAndCleared: string;
  /** At that number once the person changed the form: a new token needs it again. */
  readonly enterAgainAfterSending: string;
  /** The status then, naming the fields to enter again. */
  readonly statusEnterAgain: (labels: readonly string[]) => string;
  readonly statusInvalid: (count: number) => string;
  readonly statusFailed: string;
  readonly configurationError: string;
  readonly secretKey: string;
  readonly restrictedKey: string;
  readonly malformedKey: string;
  readonly missingKey: string;
  readonly missingAccount: string;
  /** The host's `metadata` breaks Stripe's limits: which key, never its value. */
  readonly invalidMetadata: (problem: MetadataProblem) => string;
  /** The legend of a company's registration date. */
  readonly registrationDate: string;
  /** The link to the host's terms of service, and the note that it opens in a new tab. */
  readonly readTerms: string;
  readonly opensInNewTab: string;
  /** Buttons of repeatable lists (more id numbers, addresses or names), by list key. */
  readonly addListItem: (list: RepeatableList) => string;
  readonly removeListItem: (list: RepeatableList, position: number) => string;
  /** The accessible name of a phone field's country code picker. */
  readonly callingCode: string;
}

/** The words only a submission says: statuses, Stripe's answers. The elements load them with the submit path. */
export interface AfterActionWords {
  readonly statusPending: string;
  /** Submitting waits for documents still uploading. */
  readonly statusWaitingForDocuments: string;
  readonly statusSuccess: string;
  /** The form changed while it was being sent; the token made from the old data is not used. */
  readonly statusChangedWhileSending: string;
  readonly statusFieldErrors: (count: number) => string;
  /** A Stripe error shown at the field it names; Stripe writes its messages in English. */
  readonly serverFieldError: (stripeMessage: string) => string;
  readonly serverError: (stripeMessage: string) => string;
  /** Shown above the form instead of `serverError` for these codes. */
  readonly knownRefusals: Readonly<Record<KnownRefusalCode, string>>;
  readonly networkError: string;
}

/** Every UI string of the form elements (not field labels, which live in `field-labels.*`). */
export interface FormMessages extends FormWords, AfterActionWords {}
