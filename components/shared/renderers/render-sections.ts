import { html, nothing, type TemplateResult } from 'lit';
import { sectionTitle } from '../../../src/i18n/field-labels';
import type { SectionView } from '../field-layout';
import { renderDateSection } from './date-field';
import { dateLegend } from './date-legends';
import type { FieldRenderContext } from './render-context';
import { renderField } from './render-field';

/**
 * The entity section holds the account's own details: its business type (a choice whose label already
 * says so) and, in v2, its display name. Its legend names the account rather than repeat a label.
 */
const ACCOUNT_LEGEND = { en: 'Account', ja: 'アカウント' } as const;

function legendOf(context: FieldRenderContext, section: SectionView): string {
  return section.id === 'entity' ? ACCOUNT_LEGEND[context.locale] : sectionTitle(section.id, context.locale);
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
              ${section.fields.map((entry) => renderField(context, entry, context.country))}
            </div>
            ${
              section.date && section.date.length > 0
                ? renderDateSection(context, section.id, section.date, dateLegend(section.date, context.locale))
                : nothing
            }`;
    return html`<fieldset part="section" class="section section-${section.kind}">
      <legend part="legend">${legendOf(context, section)}</legend>
      ${body}
    </fieldset>`;
  });
}
