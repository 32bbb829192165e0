import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from '../../../src/fields/types';
import { idTypeName } from '../../../src/i18n/id-type-names';
import type { Locale } from '../../../src/i18n/locale';
import { isBusinessNumber, v1IdTypesFor } from '../../../src/fields/v1-id-types';
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

function ruleLabel(field: Field, idType: string | undefined, locale: Locale): string | undefined {
  return idType === undefined ? undefined : idTypeName(idType, isBusinessNumber(field) ? 'business' : 'person', locale);
}

/** Whether the label names the number's type (`Tax ID (EIN)`), which v1 does not ask for separately. */
const namesType = (field: Field): boolean =>
  isBusinessNumber(field) || field.spec.key === 'id_number' || field.spec.key === 'id_number_secondary';

/**
 * `Tax ID (EIN)`; no repeat when the type already says it (`法人番号` and `Corporate Number (法人番号)`).
 * Japanese takes full-width brackets, and a colon before a name that has its own.
 */
function labelWithType(label: string, typeName: string | undefined, locale: Locale): string {
  if (typeName === undefined || typeName.includes(label)) return label;
  if (locale === 'ja') return /[(（]/.test(typeName) ? `${label}：${typeName}` : `${label}（${typeName}）`;
  return typeName.includes('(') ? `${label} – ${typeName}` : `${label} (${typeName})`;
}

/**
 * An identity or business number; sensitive ones are masked while the input does not have focus. In v1, where the request names no
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
  const masked = field.spec.sensitive === true;
  // "VAT number" says what it is, unless the country has several kinds to tell apart.
  const impliedByLabel = field.spec.key === 'vat_id' && v1Types.length < 2;
  const typeName =
    namesType(field) && !field.list && !impliedByLabel ? ruleLabel(field, chosenType, context.locale) : undefined;
  const typePicker =
    v1Types.length > 1
      ? html`<div class="id-type">
          <label part="label" for=${`${id}-type`}>${context.text.idNumberType}</label>
          ${selectControl(
            context,
            v1Types.map((type) => ({ value: type, label: ruleLabel(field, type, context.locale) ?? type })),
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
    hint: masked,
    display: focused || !masked ? undefined : maskIdNumber(value),
    onFocus: () => context.setFocused(id),
    onBlur: () => context.setFocused(null),
  });
  const frame = fieldFrame(context, {
    field,
    label: labelWithType(label, typeName, context.locale),
    required,
    hint: masked ? context.text.idNumberMaskedHint : undefined,
    control,
  });
  return typePicker === nothing ? frame : html`<div class="id-number">${typePicker}${frame}</div>`;
}
