import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from '../../../src/fields/types';
import { PERSON_ID_TYPES, v1IdNumberOptions, type V1IdNumberField } from '../../../src/validation/id-numbers/index';
import { controlId, textOf } from './dom-ids';
import { fieldFrame } from './field-frame';
import type { FieldRenderContext } from './render-context';
import { selectControl } from './select-field';
import { textControl } from './text-field';

/** `•••• 1234` for long numbers; short ones (SSN last 4) show no digit at all. */
export function maskIdNumber(value: string): string {
  const compact = value.replace(/\s+/g, '');
  if (compact === '') return '';
  return compact.length > 4 ? `•••• ${compact.slice(-4)}` : '•'.repeat(compact.length);
}

const ruleLabel = (idType: string | undefined): string | undefined =>
  idType !== undefined && idType in PERSON_ID_TYPES
    ? PERSON_ID_TYPES[idType as keyof typeof PERSON_ID_TYPES].label
    : undefined;

/** The v1 id types that fit this field in the form's country (SSN or ITIN for a US `id_number`). */
export function v1IdTypesFor(field: Field, country: string): string[] {
  if (field.list) return [];
  return v1IdNumberOptions(country, field.spec.key as V1IdNumberField).map((option) => option.idType);
}

/**
 * An identity number, masked while the input does not have focus. In v1, where the request names no
 * type, the person picks which number it is when the country has several (checked as that type).
 */
export function renderIdNumberField(
  context: FieldRenderContext,
  field: Field,
  required: boolean,
  label: string,
): TemplateResult {
  const id = controlId(field.id);
  const focused = context.focusedId === id;
  const value = textOf(context.value(field.id));
  const v1Types = v1IdTypesFor(field, context.country);
  const chosenType = context.idType(field);
  const typeName =
    field.spec.key === 'id_number' || field.spec.key === 'id_number_secondary' ? ruleLabel(chosenType) : undefined;
  const typePicker =
    v1Types.length > 1
      ? html`<div class="id-type">
          <label part="label" for=${`${id}-type`}>${context.text.idNumberType}</label>
          ${selectControl(
            context,
            v1Types.map((type) => ({ value: type, label: ruleLabel(type) ?? type })),
            {
              id: `${id}-type`,
              required: true,
              value: chosenType ?? '',
              invalid: false,
              onChoose: (type) => context.setIdType(field, type),
            },
          )}
        </div>`
      : nothing;
  const control = textControl(context, field, {
    required,
    hint: true,
    display: focused ? undefined : maskIdNumber(value),
    onFocus: () => context.setFocused(id),
    onBlur: () => context.setFocused(null),
  });
  const frame = fieldFrame(context, {
    field,
    label: typeName ? `${label} (${typeName})` : label,
    required,
    hint: context.text.idNumberMaskedHint,
    control,
  });
  return typePicker === nothing ? frame : html`<div class="id-number">${typePicker}${frame}</div>`;
}
