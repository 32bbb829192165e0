import { css } from 'lit';
import { hostTextReset } from './host-text-reset';

/**
 * Two tiers of custom properties: hosts set the public `--token-form-*` ones, the element reads private
 * `--_*` ones that fall back to light or dark defaults, as the page's `color-scheme` says. Every
 * structural node has a `part`.
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
    gap: calc(var(--_gap) * 0.75);
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
  }

  .fields,
  .address-block {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }

  .field {
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

  .field.checkbox .error {
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

  .postal-status:empty {
    display: none;
  }

  input:not([type='checkbox']),
  select {
    width: 100%;
    min-width: 0;
    min-height: var(--_control-height);
    padding: 0.45rem 0.65rem;
    font: inherit;
    color: var(--_text);
    background: var(--_input-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: var(--_focus);
  }

  input:not([type='checkbox'])[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }

  input[type='checkbox'][aria-invalid='true'] {
    outline: 2px solid var(--_error);
    outline-offset: 1px;
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

  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .date-part.narrow {
    flex: 0 1 4.5rem;
  }

  .date-part.wide {
    flex: 0 1 6rem;
  }

  .list-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--_gap);
  }

  .list-button {
    min-height: 2.25rem;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }

  .list-button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  /* The code picker stays narrow: its closed state shows "+81 Japan", cut short if need be. */
  .phone {
    display: grid;
    grid-template-columns: minmax(0, 8.5rem) minmax(0, 1fr);
    gap: 0.4rem;
  }

  .affix {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    max-width: 10rem;
  }

  .id-number {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    grid-column: 1 / -1;
  }

  .id-type {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }

  .combobox {
    position: relative;
  }

  .listbox {
    position: fixed;
    z-index: 10;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    overflow-y: auto;
    max-height: 20rem;
    color: var(--_text);
    background: var(--_input-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
  }

  .listbox[hidden] {
    display: none;
  }

  .listbox li {
    padding: 0.4rem 0.75rem;
    min-height: 2rem;
    cursor: pointer;
  }

  .listbox li[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .listbox li.chosen {
    font-weight: 650;
  }

  .listbox .empty {
    color: var(--_muted);
    cursor: default;
  }

  button {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .submit {
    justify-self: start;
    padding: 0.55rem 1.5rem;
    font-weight: 650;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 1px solid var(--_accent);
  }

  .submit[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  .suggestion,
  .retry {
    justify-self: start;
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
  }

  .banner {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
  }

  .banner p {
    margin: 0;
    /* A key or code named in the message may be one long word. */
    overflow-wrap: anywhere;
  }

  .status {
    margin: 0;
    min-height: 1.5rem;
    color: var(--_muted);
  }

  .status.success {
    color: var(--_success);
    font-weight: 600;
  }

  .status.error {
    color: var(--_error);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .listbox li[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
