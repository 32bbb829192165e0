import type { DocumentUploadStatus } from '../../src/documents/document-uploads';

/*
 * Both events bubble but do not leave a shadow root: inside a token form they reach the form only, so
 * the page around it never learns which documents were uploaded.
 */

/**
 * The field's state or value changed. Carries the field's name, status, uploaded file id(s) and
 * validity only: never file contents or names.
 */
export class DocumentUploadChangeEvent extends Event {
  static readonly eventName = 'token-document-change';

  constructor(
    readonly name: string,
    readonly status: DocumentUploadStatus,
    /** The file id, the list of ids for a `multiple` field, or `null`. */
    readonly value: string | readonly string[] | null,
    readonly valid: boolean,
  ) {
    super(DocumentUploadChangeEvent.eventName, { bubbles: true, composed: false });
  }
}

/** One file finished uploading; `fileId` is Stripe's `file_…` id. */
export class DocumentUploadedEvent extends Event {
  static readonly eventName = 'token-document-uploaded';

  constructor(
    readonly name: string,
    readonly fileId: string,
  ) {
    super(DocumentUploadedEvent.eventName, { bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'token-document-change': DocumentUploadChangeEvent;
    'token-document-uploaded': DocumentUploadedEvent;
  }
}
