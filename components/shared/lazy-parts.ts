// What a form needs only once a field or action asks for it, loaded then or when the browser is idle
// after the form first rendered, never with the page: the document upload element, the country list's
// positioning, the phone rules, the table of Japanese postal data. Each starts from a lifecycle hook, not from an import.
import type { PlannedField } from '../../src/requirements/field-plan';
import { preloadJapanesePostalData } from '../../src/postal/japan-postal-code';
import { preloadPhoneRules } from '../../src/validation/phone';
import { preloadFloatingUi } from './controllers/floating-controller';
import { whenIdle } from './idle-queue';

let documentUpload: Promise<unknown> | undefined;

/** Defines `<token-document-upload>` (its checks and uploads come with it), once. */
export function loadDocumentUpload(): Promise<unknown> {
  documentUpload ??= import('../document-upload/register');
  return documentUpload;
}

/** What a rendered form will likely need next. */
export interface LikelyNeeds {
  readonly phoneCountry: string | null;
  readonly countryPicker: boolean;
  readonly documents: boolean;
  readonly japanesePostalCode: boolean;
}

/** What the fields on show will need: the form's phone rules, the country list's positioning, uploads, postal data. */
export function likelyNeedsOf(fields: readonly PlannedField[], country: string): LikelyNeeds {
  const inputs = new Set(fields.map(({ field }) => field.spec.input));
  return {
    phoneCountry: inputs.has('tel') ? country : null,
    countryPicker: inputs.has('country'),
    documents: inputs.has('file'),
    japanesePostalCode: fields.some(({ field }) => field.spec.checks?.includes('japan-postal-code') === true),
  };
}

/** Loads, when the browser is idle, what the form will likely need next, so that no keystroke waits on it. */
export function preloadWhenIdle(needs: LikelyNeeds): void {
  whenIdle(() => {
    if (needs.phoneCountry !== null) void preloadPhoneRules(needs.phoneCountry);
    if (needs.countryPicker) void preloadFloatingUi();
    if (needs.documents) void loadDocumentUpload();
    if (needs.japanesePostalCode) preloadJapanesePostalData().catch(() => undefined);
  });
}
