import type { Locale } from '../i18n/locale';
import { EN_DOCUMENT_MESSAGES } from './messages.en';
import { JA_DOCUMENT_MESSAGES } from './messages.ja';
import type { DocumentIssueCode, DocumentIssueOf, DocumentKind } from './types';
import type { UploadFailureReason } from './upload-failure';

/**
 * Everything the document field says, per language. A catalogue that misses a key, an issue code or
 * a failure reason fails the type check.
 */
export interface DocumentMessages {
  issues: { [C in DocumentIssueCode]: (issue: DocumentIssueOf<C>) => string };
  uploadFailures: Record<UploadFailureReason, string>;
  /** What a good photo looks like. */
  photoHint: string;
  /** Formats and limits, shown under the hint. */
  accepted: string;
  chooseFile: string;
  chooseFiles: string;
  replaceFile: string;
  addFile: string;
  takePhoto: string;
  dropOrPaste: string;
  dropNow: string;
  cancel: string;
  retry: string;
  remove: string;
  checking: string;
  uploading: (percent: number) => string;
  /** Every byte is sent; Stripe has not answered yet. */
  awaitingConfirmation: string;
  uploaded: string;
  downscaled: string;
  cancelled: string;
  removed: string;
  /** Accessible name of the progress bar. */
  progressLabel: (fieldLabel: string) => string;
  previewAlt: (fieldLabel: string) => string;
  fileSummary: (kind: DocumentKind, size: string) => string;
  /** A file known only by its id (uploaded before the page showed it). */
  uploadedEarlier: string;
  /** The field is required and has no uploaded file. */
  valueMissing: string;
  /** Submit must wait: an upload is still running or checking. */
  stillUploading: string;
  onlyOneFile: string;
}

const CATALOGUES: Readonly<Record<Locale, DocumentMessages>> = { en: EN_DOCUMENT_MESSAGES, ja: JA_DOCUMENT_MESSAGES };

export function documentMessages(locale: Locale): DocumentMessages {
  return CATALOGUES[locale];
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
