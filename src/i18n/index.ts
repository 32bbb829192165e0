export { loadCountryNames } from './country-names';
export { formatIssue, type IssueSubject, type MessageOverrides, type SubjectAction } from './format-issue';
export { DEFAULT_LOCALE, LOCALES, resolveLocale, toSupportedLocale, type Locale } from './locale';
export { EN_MESSAGES } from './messages/en';
export type { IssueMessages } from './messages/issue-messages';
export { JA_MESSAGES } from './messages/ja';
export { formMessages, type FormMessages } from './form-messages';
