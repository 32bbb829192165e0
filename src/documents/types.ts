/** What a document check finds. Results carry data, never display strings (see `messages.ts`). */

export type DocumentKind = 'jpeg' | 'png' | 'pdf';

export type DocumentIssue =
  /** The file has no bytes. */
  | { code: 'empty' }
  /** The bytes are not a JPEG, PNG or PDF, whatever the file is called. */
  | { code: 'unsupported_type' }
  /** The file ends before its format's end marker: a partial download or copy. */
  | { code: 'truncated'; kind: DocumentKind }
  /** Over the size limit and not an image that could be made smaller. */
  | { code: 'too_large'; size: number; maxBytes: number }
  /** An image over the side limit that could not be made smaller here. */
  | { code: 'too_many_pixels'; width: number; height: number; maxSide: number }
  /** The bytes start like a supported format but cannot be read as one (or the file cannot be read at all). */
  | { code: 'undecodable'; kind?: DocumentKind };

export type DocumentIssueCode = DocumentIssue['code'];
export type DocumentIssueOf<C extends DocumentIssueCode> = Extract<DocumentIssue, { code: C }>;

/**
 * A document ready to upload: `blob` carries the MIME type of its bytes. `downscaled` is true when a
 * photo over the limits was made smaller in the browser (the user is told); otherwise `blob` holds the
 * original bytes, untouched.
 */
export type CheckedDocument = {
  ok: true;
  blob: Blob;
  kind: DocumentKind;
  width?: number;
  height?: number;
  downscaled: boolean;
};

export type DocumentCheckResult = CheckedDocument | { ok: false; issue: DocumentIssue };
