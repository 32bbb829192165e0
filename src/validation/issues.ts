/**
 * Validation results are data, never display strings: `src/i18n` turns an issue into a message in the
 * user's language, and a host page may override any message by code.
 */

/** What a validator may know about the surrounding form. */
export interface ValidationContext {
  /** ISO 3166-1 alpha-2 country of the address or entity, upper case. */
  country?: string;
  /** Stripe id number type (`us_ssn`, `jp_cn`, …) for id number fields. */
  idType?: string;
  /** Minimum age in whole years for a date of birth. */
  minimumAge?: number;
  /** The current date; injectable so results do not depend on the clock. */
  today?: Date;
  /**
   * The publishable key's mode. Stripe's documented test values (SSN `000-00-0000`, last four `0000`)
   * are refused only in `live` mode; unknown counts as test, since Stripe then has the last word.
   */
  keyMode?: 'test' | 'live';
}

/** Which rule a kana field broke, so the message can suggest the fix. */
export type KanaHint = 'convert_to_katakana' | 'write_reading_in_katakana' | 'remove_symbols';

/** Which rules a free-text field follows (see `src/validation/text.ts`). */
export type TextKind = 'name' | 'organization' | 'address' | 'text';

/** Why the part before the @ cannot receive mail. */
export type EmailLocalPartProblem = 'dots' | 'too_long';

/** Person and business id types share some names (`de_stn`, `lu_nif`) with different meanings. */
export type IdKind = 'person' | 'business';

interface IdNumberParams {
  idType: string;
  idKind: IdKind;
}

/** Set on issues that should be shown but must not block submission. */
export type IssueSeverity = 'warning';

type Issue<C extends string, P extends object = object> = { code: C; severity?: IssueSeverity } & P;

export type ValidationIssue =
  /** An input that must be filled in is empty. */
  | Issue<'required'>
  | Issue<'invalid_country'>
  /** A document is still being checked or uploaded. */
  | Issue<'document_uploading'>
  /** A document's upload failed; it must be retried or replaced. */
  | Issue<'document_failed'>
  | Issue<'invalid_email'>
  /** The part before the @ starts or ends with a dot, has two in a row, or is over 64 characters. */
  | Issue<'email_local_part', { problem: EmailLocalPartProblem }>
  /** The domain ends in a one-letter or numeric label, which no top-level domain is. */
  | Issue<'email_domain_ending', { suggestion?: string }>
  /** A likely typo of a common mail domain (`gmial.com`): shown as a suggestion, never blocking. */
  | Issue<'email_domain_typo', { suggestion: string }>
  | Issue<'invalid_phone', { country?: string }>
  /** Letters, control characters or symbols around the number, which would otherwise be dropped unseen. */
  | Issue<'phone_characters'>
  /** An extension (`ext. 12`, `内線12`): Stripe stores the number alone, so it would be dropped. */
  | Issue<'phone_extension'>
  | Issue<'invalid_date'>
  | Issue<'date_in_future'>
  | Issue<'date_too_early', { min: string }>
  | Issue<'too_young', { minimumAge: number }>
  | Issue<'invalid_number'>
  | Issue<'number_out_of_range', { min: number; max: number }>
  | Issue<'too_many_decimals', { maxDecimals: number }>
  | Issue<'invalid_postal_code', { country: string; example: string }>
  | Issue<'postal_code_not_used', { country: string }>
  /** A Japanese postal code of the right shape that Japan Post's data does not know: the person may go on. */
  | Issue<'postal_code_not_found', { postalCode: string }>
  /**
   * A Japanese town that is none of the postal code's (Stripe refuses the pair): `towns` are the code's first
   * three, `more` whether it has others.
   */
  | Issue<'town_not_in_postal_code', { postalCode: string; towns: readonly string[]; more: boolean }>
  | Issue<'invalid_region', { country: string }>
  | Issue<'id_number_format', IdNumberParams>
  | Issue<'id_number_length', IdNumberParams>
  | Issue<'id_number_checksum', IdNumberParams>
  | Issue<'id_number_date', IdNumberParams>
  /** Well formed, but national rules never issue it (SSN area 666, a CPF of one repeated digit). */
  | Issue<'id_number_not_issued', IdNumberParams>
  | Issue<'kana_only', { hint: KanaHint }>
  | Issue<'kana_needs_katakana'>
  | Issue<'kanji_needs_japanese'>
  /** Longer, as it would be sent, than Stripe takes; lengths in Unicode code points. */
  | Issue<'too_long', { maxLength: number; length: number }>
  /** Control, bidi, zero-width or other invisible characters, private-use characters or lone surrogates. */
  | Issue<'text_hidden_characters', { kind: TextKind }>
  /** Nothing visible (only spaces or zero-width characters), or no letter in a name. */
  | Issue<'text_blank', { kind: TextKind }>
  /** Visible characters the kind of field does not take (emoji or `<` in a name), up to three of them. */
  | Issue<'text_characters', { kind: TextKind; characters: readonly string[] }>;

export type IssueCode = ValidationIssue['code'];

/** The issue type for one code, e.g. `IssueOf<'too_young'>`. */
export type IssueOf<C extends IssueCode> = Extract<ValidationIssue, { code: C }>;

/**
 * A field validator. Input is non-empty and trimmed: whether a field is required is the caller's call.
 * Async validators load their rules (phone metadata, id number checks) on first use.
 */
export type Validator = (
  value: string,
  context: ValidationContext,
) => ValidationIssue | null | Promise<ValidationIssue | null>;

/**
 * Whether an issue shows as soon as the value changes, before the field is left: more typing cannot
 * fix a value already longer than Stripe takes, and a pasted one should say so at once.
 */
export function showsWhileTyping(issue: ValidationIssue): boolean {
  return issue.code === 'too_long' || issue.code === 'postal_code_not_found';
}

/** Whether an issue should stop the form from being submitted. */
export function isBlocking(issue: ValidationIssue): boolean {
  return issue.severity !== 'warning';
}
