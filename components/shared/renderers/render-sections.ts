import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Locale } from '../../../src/i18n/locale';
import { sectionTitle } from '../../../src/i18n/field-labels';
import type { RepeatableList } from '../../../src/i18n/form-messages.types';
import type { PlannedField } from '../../../src/requirements/field-plan';
import { fieldGroups, type SectionView } from '../../../src/form/layout';
import { renderDateSection } from './date-field';
import { fieldReads } from './field-reads';
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
function listControls(context: FieldRenderContext, section: SectionView): unknown {
  const lists = listIdsOf(section).map((listId) => ({ listId, ...context.list(listId) }));
  if (lists.length === 0) return nothing;
  // Evaluated again only when a list grows or shrinks, or the form's words or state change.
  return guard([context.text, context.disabled, ...lists.map(({ count, max }) => `${count}/${max}`)], () => {
    const controls = lists.flatMap((list) => {
      const name = list.listId.slice(list.listId.indexOf('.') + 1) as RepeatableList;
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
    return html`<div class="list-controls">${controls}</div>`;
  });
}

/** The repeatable lists a section's fields belong to, worked out once per layout. */
const listIdsBySection = new WeakMap<SectionView, readonly string[]>();
function listIdsOf(section: SectionView): readonly string[] {
  let listIds = listIdsBySection.get(section);
  if (listIds === undefined) {
    const all = new Set(fieldsOf(section).flatMap(({ field }) => (field.list ? [field.list.key] : [])));
    listIds = [...all].filter((listId) => REPEATABLE.includes(listId.slice(listId.indexOf('.') + 1)));
    listIdsBySection.set(section, listIds);
  }
  return listIds;
}

/** A section's fields as they sit on screen, grouped once per layout and language. */
const groupsBySection = new WeakMap<readonly PlannedField[], { locale: Locale; groups: (readonly PlannedField[])[] }>();
function groupsOf(fields: readonly PlannedField[], locale: Locale): (readonly PlannedField[])[] {
  const known = groupsBySection.get(fields);
  if (known?.locale === locale) return known.groups;
  const groups = fieldGroups(fields, locale);
  groupsBySection.set(fields, { locale, groups });
  return groups;
}

/** One field, evaluated again only when something its template reads changed. */
function memoisedField(context: FieldRenderContext, entry: PlannedField, country: string): unknown {
  return guard(fieldReads(context, entry, country), () => renderField(context, entry, country));
}

/** A date's parts share one legend and one error: the group is evaluated again when any part changed. */
function memoisedDate(
  context: FieldRenderContext,
  id: SectionView['id'],
  parts: readonly PlannedField[],
  legend?: string,
): unknown {
  const reads = parts.flatMap((part) => fieldReads(context, part, context.country));
  return guard([parts, legend, ...reads], () => renderDateSection(context, id, parts, legend));
}

/** Every section as a `fieldset` with its legend; fields inside follow their address's country. */
export function renderSections(context: FieldRenderContext, sections: readonly SectionView[]): unknown[] {
  return sections.map((section) => {
    if (section.kind === 'date') return memoisedDate(context, section.id, section.fields);
    const body =
      section.kind === 'address'
        ? section.blocks.map(
            (block) =>
              html`<div class="address-block ${block.script}">
                ${block.fields.map((entry) => memoisedField(context, entry, block.country))}
              </div>`,
          )
        : html`<div class="fields ${section.id}">
              ${groupsOf(section.fields, context.locale).map((group) =>
                group.length === 2
                  ? html`<div class="pair">
                      ${group.map((entry) => memoisedField(context, entry, context.country))}
                    </div>`
                  : group.map((entry) => memoisedField(context, entry, context.country)),
              )}
            </div>
            ${
              section.date && section.date.length > 0
                ? memoisedDate(context, section.id, section.date, context.text.registrationDate)
                : nothing
            }`;
    return html`<fieldset part="section" class="section section-${section.kind}">
      <legend part="legend">${sectionTitle(section.id, context.locale)}</legend>
      ${body} ${listControls(context, section)}
    </fieldset>`;
  });
}
