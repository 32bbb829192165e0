import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from '../../../src/fields/types';
import { controlId, errorId, hintId, noteId } from './dom-ids';
import type { FieldRenderContext } from './render-context';

export interface FrameOptions {
  readonly field: Field;
  readonly label: string;
  readonly required: boolean;
  readonly hint?: string | undefined;
  readonly control: TemplateResult;
  /** Below the control: above an error, below a hint it acts on (a suggestion button). */
  readonly extra?: TemplateResult | typeof nothing;
}

/** Label, hint, control and message line of one field, with the parts hosts style. */
export function fieldFrame(context: FieldRenderContext, options: FrameOptions): TemplateResult {
  const { field } = options;
  const problem = context.problemText(field.id);
  const hint = problem !== null && context.problemIsHint(field.id);
  // A hint reads before the button that acts on it; an error stays last, under any suggestion.
  const line = messageLine(context, field.id, { problem });
  return html`<div part="field" class="field kind-${field.spec.input} ${problem !== null && !hint ? 'invalid' : ''}">
    <label part="label" for=${controlId(field.id)}
      >${options.label}${options.required ? nothing : optionalMark(context)}</label
    >
    ${options.hint ? html`<p part="hint" class="hint" id=${hintId(field.id)}>${options.hint}</p>` : nothing}
    ${options.control} ${hint ? line : nothing} ${options.extra ?? nothing} ${hint ? nothing : line}
  </div>`;
}

/**
 * Where a field's problem (or a note about its value) appears. The line is there before anything is
 * said in it, so a message that appears does not push what follows away from the pointer; with
 * `reserve: false` (a checkbox nobody has to tick) it takes room only while it says something.
 */
export function messageLine(
  context: FieldRenderContext,
  fieldId: string,
  options: { readonly reserve?: boolean; readonly problem?: string | null } = {},
): TemplateResult | typeof nothing {
  const problem = options.problem !== undefined ? options.problem : context.problemText(fieldId);
  const note = problem !== null ? null : context.noteText(fieldId);
  if (problem === null && note === null && options.reserve === false) return nothing;
  const hint = problem !== null && context.problemIsHint(fieldId);
  return html`<div class="message">
    ${
      problem !== null
        ? html`<p part="error" class="error ${hint ? 'warning' : ''}" id=${errorId(fieldId)}>${problem}</p>`
        : note !== null
          ? html`<p part="hint" class="hint note" id=${noteId(fieldId)}>${note}</p>`
          : nothing
    }
  </div>`;
}

/** The "optional" mark after a label, in the brackets of the language (full width in Japanese). */
export function optionalMark(context: FieldRenderContext): TemplateResult {
  return context.locale === 'ja'
    ? html`<span class="optional">（${context.text.optional}）</span>`
    : html` <span class="optional">(${context.text.optional})</span>`;
}
