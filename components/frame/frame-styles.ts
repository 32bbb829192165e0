import { css } from 'lit';

/**
 * The iframe of `isolation="frame"`. It overhangs the element by the frame page's padding, so focus
 * rings drawn at the form's edges show as they do in the normal mode; its height follows its content.
 */
export const FRAME_BLEED_PX = 6;

export const isolatedFrameStyles = css`
  iframe[part='frame'] {
    display: block;
    border: 0;
    margin: -${FRAME_BLEED_PX}px;
    width: calc(100% + ${2 * FRAME_BLEED_PX}px);
    height: 0;
    background: transparent;
    color-scheme: inherit;
  }

  iframe[part='frame'][hidden] {
    display: none;
  }

  .frame-unavailable {
    margin: 0;
    color: var(--_error);
    font-weight: 550;
  }
`;
