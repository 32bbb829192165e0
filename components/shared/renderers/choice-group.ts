import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field } from '../../../src/fields/types';
import { controlId, errorId } from './dom-ids';
import { messageLine, optionalMark } from './field-frame';
import type { FieldRenderContext } from './render-context';
import type { Choice } from './select-field';

/**
 * A question that takes several answers (the US demographic questions: more than one race may apply):
 * a group of checkboxes whose value is the list of those checked.
 */
export function renderChoiceGroup(
  context: FieldRenderContext,
  field: Field,
  required: boolean,
  label: string,
  choices: readonly Choice[],
): TemplateResult {
  const value = context.value(field.id);
  const selected = new Set(typeof value === 'string' ? [value] : Array.isArray(value) ? value : []);
  const problem = context.problemText(field.id);
  const toggle = (choice: string, checked: boolean): void => {
    const next = choices
      .map(({ value: option }) => option)
      .filter((option) => (option === choice ? checked : selected.has(option)));
    context.edit(field, next);
    context.leave(field);
  };
  return html`<fieldset part="field" class="field choice-group ${problem !== null ? 'invalid' : ''}">
    <legend part="label">${label}${required ? nothing : optionalMark(context)}</legend>
    ${choices.map(
      (choice, index) =>
        html`<div class="checkbox">
          <input
            part="checkbox"
            type="checkbox"
            id=${index === 0 ? controlId(field.id) : `${controlId(field.id)}-${index}`}
            name=${field.name}
            value=${choice.value}
            .checked=${live(selected.has(choice.value))}
            ?disabled=${context.disabled}
            aria-invalid=${problem !== null ? 'true' : 'false'}
            aria-describedby=${ifDefined(problem !== null ? errorId(field.id) : undefined)}
            @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
          />
          <label part="label" for=${index === 0 ? controlId(field.id) : `${controlId(field.id)}-${index}`}
            >${choice.label}</label
          >
        </div>`,
    )}
    ${messageLine(context, field.id, { reserve: required })}
  </fieldset>`;
}
