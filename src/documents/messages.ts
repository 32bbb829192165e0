import type { Locale } from '../i18n/locale';
import { EN_DOCUMENT_MESSAGES } from './messages.en';
import { JA_DOCUMENT_MESSAGES } from './messages.ja';
import type { DocumentMessages } from './messages.types';
import type { DocumentIssue } from './types';

export type { DocumentMessages } from './messages.types';

/** The document field's words in each language. */
export const DOCUMENT_MESSAGES: Readonly<Record<Locale, DocumentMessages>> = {
  en: EN_DOCUMENT_MESSAGES,
  ja: JA_DOCUMENT_MESSAGES,
};

export function documentMessages(locale: Locale): DocumentMessages {
  return DOCUMENT_MESSAGES[locale];
}

/** Why a chosen file was refused, in the locale's words. */
export function formatDocumentIssue(issue: DocumentIssue, locale: Locale): string {
  const messages = DOCUMENT_MESSAGES[locale].issues;
  // Each code's message takes that code's issue; the switch lets the compiler check the pairing.
  switch (issue.code) {
    case 'empty':
      return messages.empty(issue);
    case 'unsupported_type':
      return messages.unsupported_type(issue);
    case 'truncated':
      return messages.truncated(issue);
    case 'too_large':
      return messages.too_large(issue);
    case 'too_many_pixels':
      return messages.too_many_pixels(issue);
    case 'undecodable':
      return messages.undecodable(issue);
  }
}

/** A byte count the way people read it: `820 KB`, `1.4 MB`. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
      megabytes,
    );
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}
