import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field } from '../../../src/fields/types';
import { settleValue } from '../../../src/fields/checks-on-demand';
import { suggestKatakana } from '../../../src/validation/japanese';
import { controlId, describedBy, textOf } from './dom-ids';
import { fieldFrame } from './field-frame';
import { fieldHint } from '../../../src/i18n/field-labels';
import { renderPostalTownChoice } from './postal-town-choice';
import type { FieldRenderContext } from './render-context';
import { callingCodePicker } from './calling-code-picker';

/** Inputs inside an IME composition: nothing may rewrite them until it ends. */
const composing = new WeakSet<HTMLInputElement>();

const HTML_TYPE: Partial<Record<Field['spec']['input'], string>> = { email: 'email', tel: 'tel' };

export interface TextControlOptions {
  readonly required: boolean;
  readonly hint?: boolean;
  /** Shown instead of the value (masked id numbers); the real value is kept and sent. */
  readonly display?: string;
  /** Where the error is shown when not under the control itself (a date's shared error). */
  readonly errorId?: string | undefined;
  readonly onFocus?: () => void;
  readonly onBlur?: () => void;
}

/** A single-line input with IME-safe normalisation on change. */
export function textControl(context: FieldRenderContext, field: Field, options: TextControlOptions): TemplateResult {
  const value = textOf(context.value(field.id));
  const problem = context.problemText(field.id);
  const invalid = problem !== null && !context.problemIsHint(field.id);
  const onInput = (event: InputEvent): void => {
    context.edit(field, (event.target as HTMLInputElement).value);
  };
  const onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (composing.has(input)) return;
    settleValue(
      field,
      input.value,
      () => input.value,
      (settled) => context.edit(field, settled, false),
    );
  };
  const onCompositionStart = (event: CompositionEvent): void => {
    composing.add(event.target as HTMLInputElement);
    context.composing(field, true);
  };
  const onCompositionEnd = (event: CompositionEvent): void => {
    const input = event.target as HTMLInputElement;
    composing.delete(input);
    context.composing(field, false);
    // Chromium sends the final `input` after `compositionend`; keep the state in step either way.
    context.edit(field, input.value);
  };
  const onBlur = (): void => {
    options.onBlur?.();
    context.leave(field);
  };
  return html`<input
    part="input"
    id=${controlId(field.id)}
    name=${field.name}
    type=${HTML_TYPE[field.spec.input] ?? 'text'}
    autocomplete=${ifDefined(field.spec.autocomplete)}
    inputmode=${ifDefined(field.spec.inputMode)}
    spellcheck=${field.spec.sensitive || field.spec.inputMode ? 'false' : 'true'}
    .value=${live(options.display ?? value)}
    ?required=${options.required}
    ?disabled=${context.disabled}
    aria-invalid=${invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(
      options.errorId !== undefined
        ? problem !== null
          ? options.errorId
          : undefined
        : describedBy(field.id, {
            hint: options.hint ?? false,
            error: problem !== null,
            note: context.noteText(field.id) !== null,
          }),
    )}
    @input=${onInput}
    @change=${onChange}
    @compositionstart=${onCompositionStart}
    @compositionend=${onCompositionEnd}
    @focus=${options.onFocus}
    @blur=${onBlur}
  />`;
}

/** Text, email, phone, postal code, percent and whole-number fields. */
export function renderTextField(
  context: FieldRenderContext,
  field: Field,
  required: boolean,
  label: string,
): TemplateResult {
  const kana = field.spec.script === 'kana';
  const japaneseTown = field.spec.script === 'kanji' && field.spec.address?.part === 'town';
  const hint = kana
    ? context.text.kanaHint
    : japaneseTown
      ? context.text.japaneseTownHint
      : fieldHint(field, context.locale, context.country);
  const control = textControl(context, field, { required, hint: hint !== undefined });
  const katakana = kana ? suggestKatakana(textOf(context.value(field.id))) : null;
  const suggested = context.suggestedValue(field.id);
  const extra = katakana
    ? html`<button
        type="button"
        part="suggestion"
        class="suggestion"
        lang="ja"
        @click=${() => context.edit(field, katakana)}
      >
        ${context.text.convertToKatakana(katakana)}
      </button>`
    : suggested
      ? html`<button type="button" part="suggestion" class="suggestion" @click=${() => context.edit(field, suggested)}>
          ${context.text.useSuggestion(suggested)}
        </button>`
      : renderPostalTownChoice(context, field);
  const wrapped =
    field.spec.input === 'percent'
      ? html`<span class="affix"
          >${control}<span class="suffix" aria-hidden="true">${context.text.percentSuffix}</span></span
        >`
      : field.spec.input === 'tel'
        ? html`<span class="phone">${callingCodePicker(context, field)}${control}</span>`
        : control;
  return fieldFrame(context, { field, label, required, hint, control: wrapped, extra });
}
