import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from '../../../src/fields/types';
import { controlId, errorId, hintId } from './dom-ids';
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

/** Label, hint, control and error of one field, with the parts hosts style. */
export function fieldFrame(context: FieldRenderContext, options: FrameOptions): TemplateResult {
  const { field } = options;
  const problem = context.problemText(field.id);
  const hint = problem !== null && context.problemIsHint(field.id);
  // A hint reads before the button that acts on it; an error stays last, under any suggestion.
  const message = problem
    ? html`<p part="error" class="error ${hint ? 'warning' : ''}" id=${errorId(field.id)}>${problem}</p>`
    : nothing;
  return html`<div part="field" class="field ${problem && !hint ? 'invalid' : ''}">
    <label part="label" for=${controlId(field.id)}
      >${options.label}${options.required ? nothing : optionalMark(context)}</label
    >
    ${options.hint ? html`<p part="hint" class="hint" id=${hintId(field.id)}>${options.hint}</p>` : nothing}
    ${options.control} ${hint ? message : nothing} ${options.extra ?? nothing} ${hint ? nothing : message}
  </div>`;
}

/** The "optional" mark after a label, in the brackets of the language (full width in Japanese). */
export function optionalMark(context: FieldRenderContext): TemplateResult {
  return context.locale === 'ja'
    ? html`<span class="optional">（${context.text.optional}）</span>`
    : html` <span class="optional">(${context.text.optional})</span>`;
}
