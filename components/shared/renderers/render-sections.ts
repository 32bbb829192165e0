import { html, nothing, type TemplateResult } from 'lit';
import { sectionTitle } from '../../../src/i18n/field-labels';
import type { SectionView } from '../field-layout';
import { renderDateSection } from './date-field';
import type { FieldRenderContext } from './render-context';
import { renderField } from './render-field';

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
              ${section.fields.map((entry) => renderField(context, entry, context.country))}
            </div>
            ${
              section.date && section.date.length > 0
                ? renderDateSection(context, section.id, section.date, context.text.registrationDate)
                : nothing
            }`;
    return html`<fieldset part="section" class="section section-${section.kind}">
      <legend part="legend">${sectionTitle(section.id, context.locale)}</legend>
      ${body}
    </fieldset>`;
  });
}
