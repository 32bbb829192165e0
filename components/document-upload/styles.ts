import { css } from 'lit';
import { hostTextReset } from '../shared/host-text-reset';

/*
 * Public theme properties (`--token-form-*`) feed private ones (`--_*`); the template reads only the
 * private ones, so a page sets a colour once for every field.
 */
export const documentUploadStyles = css`
  :host {
    --_color-text: var(--token-form-color-text, light-dark(#1a1d23, #e8eaef));
    --_color-muted: var(--token-form-color-muted, light-dark(#545b66, #aab0bb));
    --_color-input-background: var(--token-form-color-input-background, light-dark(#ffffff, #1c1f26));
    --_color-surface: var(--token-form-color-surface, light-dark(#f3f4f7, #252a33));
    --_color-border: var(--token-form-color-border, light-dark(#7a808a, #8a909b));
    --_color-accent: var(--token-form-color-accent, light-dark(#4b3fd8, #a49dff));
    --_color-accent-text: var(--token-form-color-accent-text, light-dark(#ffffff, #14121f));
    --_color-error: var(--token-form-color-error, light-dark(#b3261e, #ffb4ab));
    --_color-success: var(--token-form-color-success, light-dark(#1d6b3a, #8bd6a5));
    --_focus-ring: var(--token-form-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_color-accent) 45%, transparent));
    --_radius: var(--token-form-radius, 6px);
    /* Inside one field, half the spacing the form puts between fields. */
    --_space: calc(var(--token-form-spacing, 1rem) / 2);
    --_control-height: var(--token-form-control-height, 2.5rem);

    ${hostTextReset}
    display: block;
    min-width: 0;
    color: var(--_color-text);
    font-size: var(--token-form-font-size, 1rem);
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .field {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .label {
    font-weight: 600;
  }

  .hint,
  .accepted {
    margin: 0;
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  .dropzone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 2px dashed var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .dropzone.dragging {
    border-color: var(--_color-accent);
    border-style: solid;
    background: color-mix(in srgb, var(--_color-accent) 10%, var(--_color-surface));
  }

  .field.invalid .dropzone {
    border-color: var(--_color-error);
  }

  .drop-text {
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_control-height);
    min-width: var(--_control-height);
    padding: 0 1rem;
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-input-background);
    color: var(--_color-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button.primary {
    background: var(--_color-accent);
    color: var(--_color-accent-text);
  }

  button.small {
    min-height: 2rem;
    padding: 0 0.75rem;
    font-size: 0.875em;
  }

  button:focus-visible {
    /* The transparent outline still shows in forced-colours mode, where shadows are dropped. */
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }

  /* A camera button only where there is a camera to hand: phones and tablets. */
  .camera {
    display: none;
  }

  @media (pointer: coarse) {
    .camera {
      display: inline-flex;
    }
  }

  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    grid-template-columns: 4rem minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-input-background);
  }

  .item.failed {
    border-color: var(--_color-error);
  }

  .thumbnail {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 4rem;
    height: 4rem;
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_color-surface);
    color: var(--_color-muted);
    font-size: 0.8125em;
    font-weight: 700;
    /* The whole page, corners included, so the user can see it is all there. */
    object-fit: contain;
  }

  .item-body {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }

  .summary {
    overflow-wrap: anywhere;
  }

  .item-status {
    margin: 0;
    font-size: 0.875em;
    color: var(--_color-muted);
  }

  .item.uploaded .item-status {
    color: var(--_color-success);
    font-weight: 600;
  }

  .item.failed .item-status,
  .error {
    color: var(--_color-error);
    font-weight: 600;
  }

  .note {
    margin: 0;
    font-size: 0.875em;
  }

  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_color-accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }

  .error {
    margin: 0;
    font-size: 0.875em;
  }

  .error:empty {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
