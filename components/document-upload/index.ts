// <token-document-upload>: the document field the token forms render for each document parameter.
export { TokenDocumentUpload } from './document-upload';
export { DOCUMENT_UPLOAD_TAG } from './register';
export { DocumentUploadChangeEvent, DocumentUploadedEvent } from './events';
