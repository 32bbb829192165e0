// Identity and verification documents: checks on a file's bytes, downscaling, and a field's upload state.
export { checkDocument } from './check-document';
export type { CheckDocumentOptions, Downscale } from './check-document';
export { browserDownscaleDependencies, createDownscaler } from './downscale-image';
export type {
  DecodedImage,
  DownscaleDependencies,
  DownscaleLimits,
  DrawingCanvas,
  DrawingContext,
} from './downscale-image';
export { DocumentUploads } from './document-uploads';
export type {
  DocumentEntry,
  DocumentEntryStatus,
  DocumentUploadStatus,
  DocumentUploadsOptions,
  UploadFunction,
  UploadSettings,
} from './document-uploads';
export { detectDocumentKind, MIME_TYPE_BY_KIND } from './file-kind';
export { inspectDocumentBytes } from './inspect-bytes';
export type { ByteInspection, OversizedImage } from './inspect-bytes';
export { kindName } from './kind-names';
export { MAX_DOCUMENT_BYTES, MAX_IMAGE_SIDE } from './limits';
export { DOCUMENT_MESSAGES, documentMessages, formatDocumentIssue, formatFileSize } from './messages';
export type { DocumentMessages } from './messages.types';
export type {
  CheckedDocument,
  DocumentCheckResult,
  DocumentIssue,
  DocumentIssueCode,
  DocumentIssueOf,
  DocumentKind,
} from './types';
export { uploadFailureReason } from './upload-failure';
export type { UploadFailureReason } from './upload-failure';
