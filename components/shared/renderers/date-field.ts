import { html, nothing, type TemplateResult } from 'lit';
import type { SectionId } from '../../../src/fields/types';
import { sectionTitle } from '../../../src/i18n/field-labels';
import type { PlannedField } from '../../../src/requirements/field-plan';
import { controlId, errorId } from './dom-ids';
import { messageLine, optionalMark } from './field-frame';
import { noteFieldRendered } from './field-reads';
import type { FieldRenderContext } from './render-context';
import { textControl } from './text-field';

const WIDTH: Readonly<Record<string, string>> = { day: 'narrow', month: 'narrow', year: 'wide' };

/**
 * A date as three inputs in one fieldset with one legend and one error (the first problem of its
 * parts), in the order the language writes dates.
 */
export function renderDateSection(
  context: FieldRenderContext,
  id: SectionId,
  parts: readonly PlannedField[],
  legend: string = sectionTitle(id, context.locale),
): TemplateResult {
  const problemOwner = parts.find((part) => context.problemText(part.field.id) !== null);
  const problem = problemOwner ? context.problemText(problemOwner.field.id) : null;
  const errorFor = parts[0] ? errorId(parts[0].field.id) : undefined;
  const required = parts.some((part) => part.required);
  for (const part of parts) noteFieldRendered(part.field.id);
  return html`<fieldset part="section" class="section date ${problem !== null ? 'invalid' : ''}">
    <legend part="legend">${legend}${required ? nothing : optionalMark(context)}</legend>
    <div class="date-parts">
      ${parts.map(
        ({ field, required: partRequired }) =>
          html`<div part="field" class="field date-part ${WIDTH[field.spec.datePart ?? ''] ?? ''}">
            <label part="label" for=${controlId(field.id)}>${context.label(field, context.country)}</label>
            ${textControl(context, field, { required: partRequired, errorId: errorFor })}
          </div>`,
      )}
    </div>
    ${parts[0] ? messageLine(context, parts[0].field.id, { problem }) : nothing}
  </fieldset>`;
}
