// Hosts <token-document-upload> fields for the browser tests, wired to the emulator named in the query.
import '../../components/document-upload/register';
import { DocumentUploadChangeEvent, DocumentUploadedEvent } from '../../components/document-upload/events';

const query = new URLSearchParams(location.search);
const emulatorUrl = query.get('emulator') ?? 'http://127.0.0.1:12111';
const sides = query.get('sides') === 'front-back' ? ['front', 'back'] : [null];

const fields = document.querySelector<HTMLElement>('#fields');
const events = document.querySelector<HTMLOListElement>('#events');
if (!fields || !events) throw new Error('documents.html is missing #fields or #events');

for (const side of sides) {
  const element = document.createElement('token-document-upload');
  element.publishableKey = query.get('key') ?? 'pk_test_documentsPage1234';
  element.filesBase = emulatorUrl;
  element.purpose = query.get('purpose') === 'account_requirement' ? 'account_requirement' : 'identity_document';
  element.multiple = query.has('multiple');
  element.required = query.has('required');
  element.locale = query.get('locale') ?? 'auto';
  const name = query.get('name') ?? 'verification.document';
  element.name = side === null ? name : `${name}.${side}`;
  element.label = query.get('label') ?? (side === 'back' ? 'Back of ID document' : 'Front of ID document');
  fields.append(element);
}

// The log shows exactly what a host page receives from the events.
function log(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  events?.append(item);
}

fields.addEventListener(DocumentUploadChangeEvent.eventName, (event) => {
  log(`change ${event.name} ${event.status} ${JSON.stringify(event.value)} ${event.valid ? 'valid' : 'invalid'}`);
});
fields.addEventListener(DocumentUploadedEvent.eventName, (event) => {
  log(`uploaded ${event.name} ${event.fileId}`);
});
