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
