import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field } from '../../../src/fields/types';
import { documentFieldLabel } from '../../../src/i18n/field-labels';
import type { DocumentUploadChangeEvent } from '../../document-upload/events';
import { loadDocumentUpload } from '../lazy-parts';
import { controlId, errorId } from './dom-ids';
import { messageLine } from './field-frame';
import type { FieldRenderContext } from './render-context';

/** "Identity document (front)": the document's name, then the side when it has two. */
export function documentLabel(field: Field, context: FieldRenderContext, sideLabel: string): string {
  return documentFieldLabel(field, context.locale, sideLabel);
}

/**
 * A document upload. The file is checked and uploaded as soon as it is chosen; the form keeps only the
 * file id (or ids) as the field's value. The upload element shows its own progress and failures; the
 * form adds what it knows beyond them (a required document that is missing, Stripe's answer).
 */
export function renderDocumentField(
  context: FieldRenderContext,
  field: Field,
  required: boolean,
  sideLabel: string,
): TemplateResult {
  const value = context.value(field.id);
  const fileIds = typeof value === 'string' ? (value === '' ? null : value) : Array.isArray(value) ? value : null;
  const problem = context.problemText(field.id);
  void loadDocumentUpload();
  return html`<div part="field" class="field field-document ${problem !== null ? 'invalid' : ''}">
    <token-document-upload
      id=${controlId(field.id)}
      name=${field.name}
      label=${documentLabel(field, context, sideLabel)}
      purpose=${field.spec.purpose ?? 'identity_document'}
      publishable-key=${context.publishableKey}
      files-base=${ifDefined(context.filesBase ?? undefined)}
      ?idempotency-header=${context.idempotencyHeader}
      locale=${context.locale}
      ?multiple=${field.spec.multiple === true}
      ?required=${required}
      aria-describedby=${ifDefined(problem !== null ? errorId(field.id) : undefined)}
      .value=${fileIds}
      @token-document-change=${(event: DocumentUploadChangeEvent) => context.documentChanged(field, event)}
    ></token-document-upload>
    ${messageLine(context, field.id, { reserve: required })}
  </div>`;
}
