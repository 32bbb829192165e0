import { css } from 'lit';
import { hostTextReset } from './host-text-reset';

/**
 * Two tiers of custom properties: hosts set the public `--token-form-*` ones, the element reads private
 * `--_*` ones that fall back to light or dark defaults, as the page's `color-scheme` says. Every
 * structural node has a `part`.
 *
 * The layout: the grid follows the element's own width (a container query), not the viewport's: one
 * column, two from 36rem. Every field keeps a line for its message, so a message that appears moves
 * nothing. The controls are styled in `control-styles.ts`.
 */
export const tokenFormStyles = css`
  :host {
    --_text: var(--token-form-color-text, light-dark(#1a1d23, #e8eaef));
    --_muted: var(--token-form-color-muted, light-dark(#545b66, #aab0bb));
    --_background: var(--token-form-color-background, transparent);
    --_input-background: var(--token-form-color-input-background, light-dark(#ffffff, #1c1f26));
    --_border: var(--token-form-color-border, light-dark(#7a808a, #8a909b));
    --_accent: var(--token-form-color-accent, light-dark(#4b3fd8, #a49dff));
    --_accent-text: var(--token-form-color-accent-text, light-dark(#ffffff, #14121f));
    --_error: var(--token-form-color-error, light-dark(#b3261e, #ffb4ab));
    --_success: var(--token-form-color-success, light-dark(#1d6b3a, #8bd6a5));
    --_focus: var(--token-form-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
    --_radius: var(--token-form-radius, 6px);
    --_gap: var(--token-form-spacing, 1rem);
    --_control-height: var(--token-form-control-height, 2.5rem);

    ${hostTextReset}
    display: block;
    /* Laid out by its own width; in a row of flex items give it a width or a flex-grow of its own. */
    container: token-form / inline-size;
    color: var(--_text);
    background: var(--_background);
    max-width: 100%;
    min-width: 0;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  form {
    display: grid;
    gap: var(--_gap);
    margin: 0;
  }

  .section {
    display: grid;
    gap: calc(var(--_gap) * 0.25);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-block-end: calc(var(--_gap) * 0.5);
    font-weight: 650;
    font-size: 1.05rem;
    text-wrap: balance;
  }

  /* Rows are spaced by each field's message line, columns by the gap. */
  .fields,
  .address-block,
  .id-number {
    display: grid;
    column-gap: calc(var(--_gap) * 0.75);
    row-gap: calc(var(--_gap) * 0.5);
    grid-template-columns: minmax(0, 1fr);
  }

  @container token-form (min-width: 36rem) {
    .fields,
    .address-block,
    .id-number {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  /* A name's two parts share a row, or stack together where there is one column. */
  .pair {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    row-gap: calc(var(--_gap) * 0.5);
  }

  .id-number {
    grid-column: 1 / -1;
  }

  .field,
  .id-type {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-width: 0;
  }

  .field.checkbox {
    grid-template-columns: auto 1fr;
    column-gap: 0.6rem;
    align-items: start;
    grid-column: 1 / -1;
  }

  .field.checkbox .message {
    grid-column: 1 / -1;
  }

  .choice-group {
    grid-column: 1 / -1;
    border: 0;
    margin: 0;
    padding: 0;
  }

  .choice-group .checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6rem;
    align-items: start;
    margin-block: 0.15rem;
  }

  .terms-link {
    grid-column: 2;
    justify-self: start;
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .terms-link .new-tab {
    font-size: 0.875rem;
  }

  .terms-link:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }

  label {
    font-weight: 550;
    overflow-wrap: anywhere;
  }

  .optional,
  .hint {
    color: var(--_muted);
    font-weight: 400;
  }

  .hint {
    margin: 0;
    font-size: 0.875rem;
  }

  /* One line of message text, there before anything is said in it. */
  .message {
    min-height: calc(0.9rem * 1.5);
  }

  .error {
    margin: 0;
    color: var(--_error);
    font-size: 0.9rem;
    font-weight: 550;
  }

  /* A hint that does not block (a likely typo): in the text colour, marked by a bar, not as an error. */
  .error.warning {
    padding-inline-start: 0.5rem;
    color: var(--_text);
    font-weight: 450;
    border-inline-start: 3px solid var(--_accent);
  }

  .note {
    font-size: 0.9rem;
  }

  label,
  .hint,
  .error,
  .status,
  .banner p {
    text-wrap: pretty;
  }

  /* Japanese breaks between phrases, and never before small kana or closing brackets. */
  form:lang(ja) :is(label, legend, .hint, .error, .status, .banner p, button, .select-text) {
    word-break: auto-phrase;
    line-break: strict;
  }
`;
