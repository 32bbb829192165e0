import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from '../../../src/fields/types';
import { fillsFromPostalCode } from '../../../src/form/postal-fill-on-demand';
import { controlId } from './dom-ids';
import type { FieldRenderContext } from './render-context';

/**
 * Under a Japanese postal code: a status that announces when the code stands for several towns, and a
 * native select to pick one (keyboard and screen readers know it). The status is always there, so that
 * what appears in it is announced.
 */
export function renderPostalTownChoice(context: FieldRenderContext, field: Field): TemplateResult | typeof nothing {
  if (!fillsFromPostalCode(field)) return nothing;
  const choice = context.postalTownChoices(field);
  const selectId = `${controlId(field.id)}-towns`;
  // Empty, the status stays in the page (0 px tall): a live region is there before it speaks.
  const status = html`<p part="hint" class="hint postal-status" role="status">
    ${choice ? context.text.postalTownsFound(choice.code, choice.addresses.length) : nothing}
  </p>`;
  if (!choice) return status;
  const label = ({ city, town }: (typeof choice.addresses)[number]): string =>
    `${town.kanji}（${town.kana}）${city.kanji}`;
  return html`${status}
    <label part="label" class="postal-towns-label" for=${selectId}>${context.text.postalTownChoice(choice.code)}</label>
    <select
      part="select"
      id=${selectId}
      lang="ja"
      ?disabled=${context.disabled}
      @change=${(event: Event) => context.pickPostalTown(field, Number((event.target as HTMLSelectElement).value))}
    >
      <option value="" ?selected=${choice.picked === null}>${context.text.choose}</option>
      ${choice.addresses.map(
        (address, index) =>
          html`<option value=${String(index)} ?selected=${choice.picked === index}>${label(address)}</option>`,
      )}
    </select>`;
}
