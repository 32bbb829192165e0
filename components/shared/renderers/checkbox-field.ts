import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field } from '../../../src/fields/types';
import { FIELD_LABELS } from '../../../src/i18n/field-labels';
import { controlId, describedBy } from './dom-ids';
import { messageLine } from './field-frame';
import type { FieldRenderContext } from './render-context';
import { termsLink } from './terms-link';

type Statement = keyof (typeof FIELD_LABELS)['en']['statements'];

/** `terms.accepted` → `terms`; `ownership_declaration.accepted` → `ownership_declaration`. */
function statementOf(field: Field): Statement | undefined {
  const key = field.spec.key.replace(/\.accepted$/, '');
  return key in FIELD_LABELS.en.statements ? (key as Statement) : undefined;
}

/** A yes/no choice; attestations carry the full statement the person agrees to as their label. */
export function renderCheckboxField(
  context: FieldRenderContext,
  field: Field,
  required: boolean,
  label: string,
): TemplateResult {
  const problem = context.problemText(field.id);
  const statement = field.spec.input === 'attestation' ? statementOf(field) : undefined;
  const text = statement ? FIELD_LABELS[context.locale].statements[statement] : label;
  return html`<div part="field" class="field checkbox ${problem !== null ? 'invalid' : ''}">
    <input
      part="checkbox"
      type="checkbox"
      id=${controlId(field.id)}
      name=${field.name}
      value="true"
      .checked=${live(context.value(field.id) === true)}
      ?required=${required}
      ?disabled=${context.disabled}
      aria-invalid=${problem !== null ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field.id, { hint: false, error: problem !== null }))}
      @change=${(event: Event) => {
        context.edit(field, (event.target as HTMLInputElement).checked);
        context.leave(field);
      }}
    />
    <label part="label" for=${controlId(field.id)}>${text}</label>
    ${statement === 'terms' ? termsLink(context.termsUrl, context.text) : nothing}
    ${messageLine(context, field.id, { reserve: required })}
  </div>`;
}
