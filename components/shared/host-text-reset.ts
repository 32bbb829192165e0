import { css } from 'lit';

/**
 * Declarations for `:host`: the inherited text properties a page may set on an ancestor
 * (`text-align: center`, `line-height: 3`, `font-size: 20px`, spacing, `white-space: nowrap`,
 * `direction: rtl`, a vertical writing mode) start from the form's own values, so its layout holds
 * wherever it is placed. Two things follow the page on purpose: the font family (unless
 * `--token-form-font` sets one: an unset variable leaves the property inherited) and the colour scheme
 * (the palettes use `light-dark()`, which reads the `color-scheme` the page declares).
 */
export const hostTextReset = css`
  font-family: var(--token-form-font);
  font-size: 1rem;
  font-style: normal;
  font-weight: 400;
  font-variant: normal;
  font-stretch: normal;
  font-kerning: auto;
  font-feature-settings: normal;
  font-variation-settings: normal;
  line-height: 1.5;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  white-space: normal;
  word-break: normal;
  overflow-wrap: normal;
  line-break: auto;
  hyphens: manual;
  tab-size: 8;
  direction: ltr;
  writing-mode: horizontal-tb;
  text-orientation: mixed;
  cursor: auto;
`;
