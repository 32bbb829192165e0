import { METADATA_LIMITS } from '../validation/metadata';
import type { FormWords } from './form-messages.types';

/** The form's words a person may read before acting: labels of its own, hints, the configuration banner. */
export const FORM_WORDS_EN: FormWords = {
  submit: 'Submit',
  submitting: 'Submitting…',
  optional: 'optional',
  required: 'required',
  choose: 'Choose…',
  retry: 'Try again',
  convertToKatakana: (suggestion) => `Use katakana: ${suggestion}`,
  useSuggestion: (suggestion) => `Use ${suggestion}`,
  kanaHint: 'Full-width katakana.',
  japaneseTownHint:
    'The town name without the chōme, like 神宮前. Put the chōme and block numbers (番地) in Address line 1.',
  postalTownsFound: (postalCode, count) => `${count} towns share postal code ${postalCode}. Choose yours.`,
  postalTownChoice: (postalCode) => `Town for ${postalCode}`,
  idNumberType: 'Type of ID number',
  idNumberMaskedHint: 'Hidden while you are not editing it.',
  percentSuffix: '%',
  countryNoMatch: 'No country matches.',
  countrySearchHint: 'Type to search the list.',
  countryListLabel: (fieldLabel) => `${fieldLabel} suggestions`,
  sentAndCleared: 'Sent securely, then cleared.',
  enterAgainAfterSending: 'Enter this number again to send your changes: it is cleared once sent, to keep it safe.',
  statusEnterAgain: (labels) =>
    `Your changes are not saved yet. Enter ${labels.map((label) => `“${label}”`).join(' and ')} again, then submit.`,
  statusInvalid: (count) => (count === 1 ? '1 field needs your attention.' : `${count} fields need your attention.`),
  statusFailed: 'Your details could not be sent.',
  configurationError: 'This form is not set up correctly, so nothing can be sent.',
  secretKey: 'A secret key was given. Use a publishable key (pk_…); never put a secret key in a web page.',
  restrictedKey: 'A restricted key was given. Use a publishable key (pk_…); restricted keys are secret.',
  malformedKey: 'The publishable key is not valid: it should start with pk_test_ or pk_live_.',
  missingKey: 'No publishable key was given.',
  registrationDate: 'Registration date',
  readTerms: 'Read the terms of service',
  opensInNewTab: '(opens in a new tab)',
  callingCode: 'Country code',
  addListItem: (list) =>
    ({
      id_numbers: 'Add another ID number',
      additional_addresses: 'Add another address',
      additional_names: 'Add another name',
    })[list],
  removeListItem: (list, position) =>
    `${{ id_numbers: 'Remove ID number', additional_addresses: 'Remove address', additional_names: 'Remove name' }[list]} ${position}`,
  missingAccount: 'v2 person tokens need the connected account id (acct_…).',
  invalidMetadata: (problem) => {
    const { maxKeys, maxKeyLength, maxValueLength } = METADATA_LIMITS;
    switch (problem.reason) {
      case 'not_an_object':
        return 'The metadata must be an object of keys and text values.';
      case 'too_many_keys':
        return `The metadata has ${problem.count} keys; Stripe takes at most ${maxKeys}.`;
      case 'empty_key':
        return `The metadata has an empty key; keys need 1 to ${maxKeyLength} characters.`;
      case 'key_too_long':
        return `The metadata key “${problem.key}” is longer than ${maxKeyLength} characters.`;
      case 'key_with_brackets':
        return `The metadata key “${problem.key}” contains [ or ], which Stripe does not allow.`;
      case 'value_not_text':
        return `The metadata value of “${problem.key}” must be text or a number.`;
      case 'value_too_long':
        return `The metadata value of “${problem.key}” is longer than ${maxValueLength} characters.`;
    }
  },
};
