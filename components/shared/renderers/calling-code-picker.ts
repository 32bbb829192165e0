import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Field } from '../../../src/fields/types';
import type { FieldRenderContext } from './render-context';
import { selectFace } from './select-field';
import { callingCodeOptions } from './calling-code-options';
import { optionList } from './option-list';

/**
 * The country a phone number is read in, as "+81 Japan", for numbers typed without their `+` code. It
 * follows the address country until the person picks another; a number typed with `+` wins anyway.
 * Until the calling codes have loaded it shows the country alone, in the same place, so nothing moves
 * when they arrive.
 */
const NO_NAMES: Readonly<Record<string, string>> = {};

export function callingCodePicker(context: FieldRenderContext, field: Field): TemplateResult {
  const names = context.countryNames ?? NO_NAMES;
  const nameOf = (country: string): string => names[country] ?? country;
  const optionText = ({ country, code }: { country: string; code: string }): string => `+${code} ${nameOf(country)}`;
  const selected = context.phoneCountry(field);
  const codes = context.callingCodes;
  if (!codes) {
    return selectFace(
      nameOf(selected),
      undefined,
      html`<select aria-label=${context.text.callingCode} disabled>
        <option value=${selected} selected>${nameOf(selected)}</option>
      </select>`,
      'calling-code',
    );
  }
  const chosen = codes.find(({ country }) => country === selected);
  const face = chosen ? optionText(chosen) : nameOf(selected);
  // Until the form is idle after first render, or the person reaches for the picker, the select holds
  // only its choice: the same face, without 245 options to build up front.
  const full = context.longLists;
  return selectFace(
    face,
    undefined,
    html`<select
      aria-label=${context.text.callingCode}
      ?disabled=${context.disabled}
      @focus=${full ? undefined : () => context.showLongLists()}
      @pointerdown=${full ? undefined : () => context.showLongLists()}
      @change=${(event: Event) => context.setPhoneCountry(field, (event.target as HTMLSelectElement).value)}
    >
      ${chosen && full ? '' : html`<option value=${selected} selected>${face}</option>`}
      ${
        full
          ? guard([codes, names, selected], () =>
              optionList(
                callingCodeOptions(codes, names).map(({ country, label }) => ({
                  value: country,
                  label,
                })),
                selected,
              ),
            )
          : nothing
      }
    </select>`,
    'calling-code',
  );
}
