import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field } from '../../../src/fields/types';
import { countryOptions, exactCountry, filterCountries, type CountryOption } from './country-options';
import { controlId, describedBy, textOf, isImeKeyEvent } from './dom-ids';
import { fieldFrame } from './field-frame';
import type { FieldRenderContext } from './render-context';

export const listboxId = (fieldId: string): string => `${controlId(fieldId)}-listbox`;
const optionId = (fieldId: string, code: string): string => `${controlId(fieldId)}-option-${code}`;

/**
 * A country combobox (WAI-ARIA editable combobox with list autocomplete): type to filter, arrows to
 * move, Enter to choose, Escape to close, Alt+arrows to open and close. The value is the ISO code;
 * the input shows the name in the active language.
 */
export function renderCountryPicker(
  context: FieldRenderContext,
  field: Field,
  required: boolean,
  label: string,
): TemplateResult {
  const state = context.picker(field);
  const names = context.countryNames;
  // Every country as an option waits until the list is open or an entry is resolved: a closed picker
  // shows only the chosen country's name.
  let options: readonly CountryOption[] | undefined;
  const all = (): readonly CountryOption[] => (options ??= countryOptions(names));
  let filtered: CountryOption[] | undefined;
  const matches = (): CountryOption[] => (filtered ??= filterCountries(all(), state.query));
  const code = textOf(context.value(field.id));
  const chosenName = (names && Object.hasOwn(names, code) ? names[code] : undefined) ?? code;
  const active: CountryOption | undefined = state.open ? matches()[state.active] : undefined;
  const problem = context.problemText(field.id);

  const choose = (option: CountryOption): void => {
    state.settle();
    context.edit(field, option.code);
    context.leave(field);
  };
  // A typed or autofilled entry that names a country exactly is taken; anything else falls back.
  const resolve = (text: string): void => {
    const exact = exactCountry(all(), text);
    if (exact && exact.code !== code) choose(exact);
    else state.settle();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    // Keys that drive an IME (typing a country name in Japanese) are the IME's, not the list's.
    if (isImeKeyEvent(event)) return;
    const index = matches().findIndex((option) => option.code === code);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!state.open || event.altKey) state.show(state.query === null ? index : 0);
        else state.move(state.active + 1, matches().length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) state.hide();
        else if (!state.open) state.show(state.query === null ? index : matches().length - 1);
        else state.move(state.active - 1, matches().length);
        break;
      case 'PageDown':
      case 'PageUp':
        if (!state.open) return;
        event.preventDefault();
        state.move(state.active + (event.key === 'PageDown' ? 10 : -10), matches().length);
        break;
      case 'Enter':
        // Closed, Enter submits the form as in any input; open, it chooses.
        if (!state.open) return;
        event.preventDefault();
        if (active) choose(active);
        else state.hide();
        break;
      case 'Escape':
        if (state.open) {
          event.preventDefault();
          state.hide();
        } else if (state.query !== null) {
          event.preventDefault();
          state.settle();
        }
        break;
    }
  };

  const control = html`<div class="combobox">
    <input
      part="input"
      id=${controlId(field.id)}
      name=${field.name}
      type="text"
      role="combobox"
      autocomplete=${ifDefined(field.spec.autocomplete)}
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded=${state.open ? 'true' : 'false'}
      aria-controls=${listboxId(field.id)}
      aria-activedescendant=${ifDefined(active ? optionId(field.id, active.code) : undefined)}
      aria-invalid=${problem !== null ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field.id, { hint: true, error: problem !== null }))}
      ?required=${required}
      ?disabled=${context.disabled}
      .value=${live(state.query ?? chosenName)}
      @input=${(event: Event) => state.type((event.target as HTMLInputElement).value)}
      @change=${(event: Event) => {
        if (!state.open) resolve((event.target as HTMLInputElement).value);
      }}
      @pointerenter=${() => state.anticipate()}
      @focus=${() => state.anticipate()}
      @keydown=${onKeyDown}
      @click=${() => (state.open ? state.hide() : state.show(matches().findIndex((option) => option.code === code)))}
      @blur=${(event: FocusEvent) => {
        resolve((event.target as HTMLInputElement).value);
        context.leave(field);
      }}
    />
    <ul
      part="listbox"
      class="listbox"
      id=${listboxId(field.id)}
      role="listbox"
      aria-label=${context.text.countryListLabel(label)}
      ?hidden=${!state.open}
    >
      ${
        state.open
          ? matches().length === 0
            ? html`<li class="empty" role="presentation">${context.text.countryNoMatch}</li>`
            : matches().map(
                (option, index) =>
                  html`<li
                    part="option"
                    role="option"
                    id=${optionId(field.id, option.code)}
                    aria-selected=${index === state.active ? 'true' : 'false'}
                    class=${option.code === code ? 'chosen' : ''}
                    @mousedown=${(event: MouseEvent) => event.preventDefault()}
                    @click=${() => choose(option)}
                  >
                    ${option.name}
                  </li>`,
              )
          : nothing
      }
    </ul>
  </div>`;
  return fieldFrame(context, { field, label, required, hint: context.text.countrySearchHint, control });
}
