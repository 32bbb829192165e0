// Defines <token-document-upload> once, however many forms import it.
import { TokenDocumentUpload } from './document-upload';

export const DOCUMENT_UPLOAD_TAG = 'token-document-upload';

if (!customElements.get(DOCUMENT_UPLOAD_TAG)) customElements.define(DOCUMENT_UPLOAD_TAG, TokenDocumentUpload);

declare global {
  interface HTMLElementTagNameMap {
    'token-document-upload': TokenDocumentUpload;
  }
}
