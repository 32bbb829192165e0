export { validateEmail } from './email';
export { suggestEmail } from './email-suggestion';
export {
  DEFAULT_MINIMUM_AGE,
  EARLIEST_BIRTH_DATE,
  EARLIEST_REGISTRATION_DATE,
  checkDateOfBirth,
  checkRegistrationDate,
  parseIsoDate,
  toCalendarDate,
  validateDateOfBirth,
  validateRegistrationDate,
  type DateParts,
} from './dates';
export * from './id-numbers/index';
export {
  isBlocking,
  showsWhileTyping,
  type IdKind,
  type IssueCode,
  type IssueOf,
  type IssueSeverity,
  type KanaHint,
  type TextKind,
  type ValidationContext,
  type ValidationIssue,
  type Validator,
} from './issues';
export {
  suggestKatakana,
  validateKanaAddressLine,
  validateKanaBlockNumber,
  validateKanaName,
  validateKanjiText,
} from './japanese';
export { normalizeDigits, normalizeKana, normalizeText, toKatakana } from './normalize';
export { PERCENT_MAX_DECIMALS, validatePercentOwnership } from './percent';
export { codePointLength, validateMaxLength } from './text-length';
export { METADATA_LIMITS, metadataProblem, type MetadataProblem } from './metadata';
export { callingCodes, preloadPhoneRules, toE164, validatePhone } from './phone';
export {
  COUNTRIES_WITHOUT_POSTAL_CODE,
  POSTAL_CODE_RULES,
  normalizePostalCode,
  validatePostalCode,
} from './postal-codes';
export * from './regions/index';
export {
  validateAddressLine,
  validateFreeText,
  validateOrganizationName,
  validatePersonName,
  validateText,
} from './text';
