import type { ValidationContext, ValidationIssue } from './issues';
import { phoneRulesFor, supportedCountry } from './phone-rules';

export { callingCodes, type CallingCode } from './calling-code-list';
export { preloadPhoneRules } from './phone-rules';

/**
 * The number in E.164 (`+81312345678`), read as a national number of `country` unless it starts with
 * `+`; `null` when it is not a valid number.
 */
export async function toE164(value: string, country?: string): Promise<string | null> {
  const { core, metadata } = await phoneRulesFor(value, country);
  const defaultCountry = supportedCountry(metadata, country);
  try {
    const parsed = core.parsePhoneNumberFromString(value, { defaultCountry }, metadata);
    return parsed?.isValid() ? parsed.number : null;
  } catch {
    // The parser throws on some malformed input instead of returning undefined.
    return null;
  }
}

/** An extension after the number (`ext. 12`, `x12`, `#12`, `内線 12`): Stripe keeps the number alone. */
const EXTENSION = /(?:e?xt?\.?|extension|#|内線)\s*\d+$/iu;
/**
 * What a phone number may be written with (after NFKC, so full-width digits count): digits, a leading
 * `+`, spaces, brackets, dots, slashes and dashes (the minus sign and ー that Japanese IMEs type too).
 * libphonenumber reads a number out of any text and drops the rest, so this is checked first.
 */
const PHONE_CHARACTERS = /^\+?[\p{Nd}\p{Zs}()./\p{Pd}\u2212\u30FC]+$/u;

/** What is wrong with the characters of a phone number, before its digits are judged. */
function phoneCharactersIssue(value: string): ValidationIssue | null {
  const folded = value.normalize('NFKC');
  if (PHONE_CHARACTERS.test(folded)) return null;
  return EXTENSION.test(folded) ? { code: 'phone_extension' } : { code: 'phone_characters' };
}

export async function validatePhone(value: string, context: ValidationContext): Promise<ValidationIssue | null> {
  const charactersIssue = phoneCharactersIssue(value);
  if (charactersIssue) return charactersIssue;
  if ((await toE164(value, context.country)) !== null) return null;
  return context.country === undefined
    ? { code: 'invalid_phone' }
    : { code: 'invalid_phone', country: context.country };
}
