import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Choice } from '../../../src/fields/choices';
import type { Field } from '../../../src/fields/types';
import { controlId, describedBy, textOf } from './dom-ids';
import { fieldFrame } from './field-frame';
import { optionList } from './option-list';
import type { FieldRenderContext } from './render-context';

export type { Choice } from '../../../src/fields/choices';

export interface SelectControlOptions {
  readonly required: boolean;
  readonly id: string;
  readonly name?: string;
  readonly value: string;
  readonly describedBy?: string | undefined;
  readonly invalid: boolean;
  readonly onChoose: (value: string) => void;
  readonly onLeave?: () => void;
}

/**
 * A native select cannot wrap the choice it shows and cuts a long one short (a structure, a state, a
 * country name beside a calling code). The choice is shown in full in a face that wraps, with the
 * select laid invisibly over it: pointer, keyboard, autofill and screen readers use the select itself.
 */
export function selectFace(
  shown: string,
  lang: string | undefined,
  select: TemplateResult,
  className = '',
): TemplateResult {
  return html`<span part="select" class="select-face ${className}">
    <span class="select-text" lang=${ifDefined(lang)} aria-hidden="true">${shown}</span>
    <span class="chevron" aria-hidden="true"></span>
    ${select}
  </span>`;
}

/** A native select with an empty first choice, so nothing is chosen for the person by accident. */
export function selectControl(
  context: FieldRenderContext,
  choices: readonly Choice[],
  options: SelectControlOptions,
): TemplateResult {
  const chosen = choices.find((choice) => choice.value === options.value);
  return selectFace(
    chosen?.label ?? context.text.choose,
    chosen?.lang,
    html`<select
      id=${options.id}
      name=${ifDefined(options.name)}
      ?required=${options.required}
      ?disabled=${context.disabled}
      aria-invalid=${options.invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(options.describedBy)}
      @change=${(event: Event) => options.onChoose((event.target as HTMLSelectElement).value)}
      @blur=${options.onLeave}
    >
      <option value="" ?selected=${options.value === ''}>${context.text.choose}</option>
      ${optionList(choices, options.value)}
    </select>`,
  );
}

/** A field whose value is one of a list of choices. */
export function renderSelectField(
  context: FieldRenderContext,
  field: Field,
  required: boolean,
  label: string,
  choices: readonly Choice[],
): TemplateResult {
  const problem = context.problemText(field.id);
  const control = selectControl(context, choices, {
    id: controlId(field.id),
    name: field.name,
    required,
    value: textOf(context.value(field.id)),
    invalid: problem !== null,
    describedBy: describedBy(field.id, { hint: false, error: problem !== null }),
    onChoose: (value) => {
      context.edit(field, value);
      context.leave(field);
    },
    onLeave: () => context.leave(field),
  });
  return fieldFrame(context, { field, label, required, control });
}
