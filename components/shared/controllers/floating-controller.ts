import type * as FloatingUiModule from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onDemandModule } from '../../../src/lazy/on-demand';

type FloatingUi = typeof FloatingUiModule;

// floating-ui is needed only once a country list opens: loaded on intent (pointer over or focus on the
// picker) or at the latest when the list opens, never with the form. A list that opens before it arrives
// shows where the style sheet puts it (below its input) and is positioned once the code is there. A failed
// download is fetched again by the next intent or opening.
const floatingUi = onDemandModule(() => import('@floating-ui/dom'), 'computePosition');

/** Starts loading the popup positioning code, e.g. when the person points at or focuses a country picker. */
export function preloadFloatingUi(): Promise<FloatingUi> {
  return floatingUi.load();
}

/**
 * Keeps one popup (a listbox) next to its input with floating-ui, following scroll and resize while it
 * is open. The position is written through CSSOM, which a strict style-src policy allows.
 */
export class FloatingController implements ReactiveController {
  #cleanup: (() => void) | null = null;
  #floating: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts following `reference`; a second call for the same popup keeps the existing watcher. */
  attach(reference: HTMLElement, floating: HTMLElement): void {
    if (this.#floating === floating) return;
    this.detach();
    this.#floating = floating;
    preloadFloatingUi().then(
      (ui) => {
        // Closed, or another popup opened, while the code was loading.
        if (this.#floating !== floating || this.#cleanup) return;
        this.#cleanup = follow(ui, reference, floating);
      },
      () => {
        // Offline: the list stays where the style sheet puts it; forgotten, so the next opening asks again.
        if (this.#floating === floating && !this.#cleanup) this.#floating = null;
      },
    );
  }

  detach(): void {
    this.#cleanup?.();
    this.#cleanup = null;
    this.#floating = null;
  }

  hostDisconnected(): void {
    this.detach();
  }
}

function follow(ui: FloatingUi, reference: HTMLElement, floating: HTMLElement): () => void {
  const { autoUpdate, computePosition, flip, offset, shift, size } = ui;
  return autoUpdate(reference, floating, () => {
    void computePosition(reference, floating, {
      placement: 'bottom-start',
      strategy: 'fixed',
      middleware: [
        offset(4),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, rects }) {
            floating.style.width = `${rects.reference.width}px`;
            floating.style.maxHeight = `${Math.max(120, Math.min(320, availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      // The style sheet keeps the list absolute below its input until this first placement.
      floating.style.position = 'fixed';
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  });
}
