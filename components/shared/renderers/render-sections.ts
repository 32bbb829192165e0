import { html, nothing, type TemplateResult } from 'lit';
import { sectionTitle } from '../../../src/i18n/field-labels';
import type { RepeatableList } from '../../../src/i18n/form-messages.types';
import type { PlannedField } from '../../../src/requirements/field-plan';
import { fieldGroups, type SectionView } from '../../../src/form/layout';
import { renderDateSection } from './date-field';
import type { FieldRenderContext } from './render-context';
import { renderField } from './render-field';

const REPEATABLE: readonly string[] = [
  'id_numbers',
  'additional_addresses',
  'additional_names',
] satisfies RepeatableList[];

function fieldsOf(section: SectionView): readonly PlannedField[] {
  if (section.kind === 'address') return section.blocks.flatMap((block) => block.fields);
  return section.kind === 'fields' ? [...section.fields, ...(section.date ?? [])] : section.fields;
}

/** "Remove address 1", "Remove address 2" once there are two, and "Add another address" while there is room. */
function listControls(context: FieldRenderContext, section: SectionView): TemplateResult | typeof nothing {
  const listIds = [...new Set(fieldsOf(section).flatMap(({ field }) => (field.list ? [field.list.key] : [])))];
  const controls = listIds.flatMap((listId) => {
    const key = listId.slice(listId.indexOf('.') + 1);
    if (!REPEATABLE.includes(key)) return [];
    const list = context.list(listId);
    const name = key as RepeatableList;
    const removals = Array.from({ length: list.count > 1 ? list.count : 0 }, (_, index) => index).map(
      (index) =>
        html`<button
          type="button"
          part="list-button"
          class="list-button"
          ?disabled=${context.disabled}
          @click=${() => list.remove(index)}
        >
          ${context.text.removeListItem(name, index + 1)}
        </button>`,
    );
    const addition =
      list.count < list.max
        ? html`<button
            type="button"
            part="list-button"
            class="list-button"
            ?disabled=${context.disabled}
            @click=${() => list.add()}
          >
            ${context.text.addListItem(name)}
          </button>`
        : nothing;
    return [...removals, addition];
  });
  return controls.length > 0 ? html`<div class="list-controls">${controls}</div>` : nothing;
}

/** Every section as a `fieldset` with its legend; fields inside follow their address's country. */
export function renderSections(context: FieldRenderContext, sections: readonly SectionView[]): TemplateResult[] {
  return sections.map((section) => {
    if (section.kind === 'date') return renderDateSection(context, section.id, section.fields);
    const body =
      section.kind === 'address'
        ? section.blocks.map(
            (block) =>
              html`<div class="address-block ${block.script}">
                ${block.fields.map((entry) => renderField(context, entry, block.country))}
              </div>`,
          )
        : html`<div class="fields ${section.id}">
              ${fieldGroups(section.fields, context.locale).map((group) =>
                group.length === 2
                  ? html`<div class="pair">${group.map((entry) => renderField(context, entry, context.country))}</div>`
                  : group.map((entry) => renderField(context, entry, context.country)),
              )}
            </div>
            ${
              section.date && section.date.length > 0
                ? renderDateSection(context, section.id, section.date, context.text.registrationDate)
                : nothing
            }`;
    return html`<fieldset part="section" class="section section-${section.kind}">
      <legend part="legend">${sectionTitle(section.id, context.locale)}</legend>
      ${body} ${listControls(context, section)}
    </fieldset>`;
  });
}
