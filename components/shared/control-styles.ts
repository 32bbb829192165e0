import { css } from 'lit';

/**
 * The controls of a token form: inputs, selects (shown through a face that never cuts their choice
 * short), checkboxes, the country list, buttons, banners and the status line. They read the private
 * properties `styles.ts` defines.
 */
export const controlStyles = css`
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

  /* A select shows its choice in full, wrapping if it must; the select over it takes clicks and keys. */
  .select-face {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-width: 0;
    max-width: 100%;
    min-height: var(--_control-height);
    padding: 0.45rem 0.65rem;
    color: var(--_text);
    background: var(--_input-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .select-text {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .select-face .chevron {
    flex: none;
    width: 0.45rem;
    height: 0.45rem;
    margin-block-start: -0.25rem;
    margin-inline-end: 0.15rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
  }

  .select-face select {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    min-height: 0;
    margin: 0;
    padding: 0;
    border: 0;
    opacity: 0;
    cursor: pointer;
  }

  .select-face:has(select:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: var(--_focus);
  }

  /* The border grows inwards, so an invalid select keeps its size and its text stays put. */
  .select-face:has(select[aria-invalid='true']) {
    border-color: var(--_error);
    border-width: 2px;
    padding: calc(0.45rem - 1px) calc(0.65rem - 1px);
  }

  .select-face:has(select:disabled) {
    opacity: 0.6;
  }

  .select-face:has(select:disabled) select {
    cursor: not-allowed;
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

  /*
   * The country code above the number, or beside it where the field is wide enough for a long country
   * name and a number: the field's width decides, never the text, so nothing moves as the codes load.
   */
  .field.kind-tel {
    container: phone-field / inline-size;
  }

  .phone {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: start;
    gap: 0.4rem;
  }

  .phone > input {
    justify-self: stretch;
  }

  @container phone-field (min-width: 27rem) {
    .phone {
      grid-template-columns: fit-content(60%) minmax(0, 1fr);
      align-items: start;
    }
  }

  .affix {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    max-width: 10rem;
  }

  .combobox {
    position: relative;
  }

  /* Below its input until floating-ui (loaded on intent) places it, fixed, clear of any clipping overflow. */
  .listbox {
    position: absolute;
    top: calc(100% + 4px);
    left: 0;
    width: 100%;
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
