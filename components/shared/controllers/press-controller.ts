import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A release that never comes (a select's own popup took the pointer) must not hold messages for long. */
const LONGEST_PRESS_MS = 1000;
/** On touch screens focus moves, and the click comes, after the finger is lifted. */
const CLICK_AFTER_RELEASE_MS = 400;

/**
 * Holds what would move the page while a pointer press is in progress anywhere in the document. A press
 * on a button moves focus out of the field being edited before the button is released; showing that
 * field's problem then would push the button away from the pointer and the click would land on
 * whatever took its place. What waits is run once the click has been handled.
 */
export class PressController implements ReactiveController {
  #pressed = false;
  #waiting: (() => void)[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & Node) {
    host.addController(this);
  }

  /** Runs `change` now, or after the press in progress and its click. */
  afterPress(change: () => void): void {
    if (this.#pressed) this.#waiting.push(change);
    else change();
  }

  hostConnected(): void {
    const document = this.host.ownerDocument;
    if (!document) return;
    document.addEventListener('pointerdown', this.#down, { capture: true, passive: true });
    document.addEventListener('pointerup', this.#up, { capture: true, passive: true });
    document.addEventListener('pointercancel', this.#release, { capture: true, passive: true });
    document.addEventListener('click', this.#clicked, { capture: true, passive: true });
    document.addEventListener('keydown', this.#release, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    const document = this.host.ownerDocument;
    if (document) {
      document.removeEventListener('pointerdown', this.#down, { capture: true });
      document.removeEventListener('pointerup', this.#up, { capture: true });
      document.removeEventListener('pointercancel', this.#release, { capture: true });
      document.removeEventListener('click', this.#clicked, { capture: true });
      document.removeEventListener('keydown', this.#release, { capture: true });
    }
    this.#release();
  }

  readonly #down = (): void => {
    this.#pressed = true;
    this.#releaseIn(LONGEST_PRESS_MS);
  };

  readonly #up = (): void => {
    if (this.#pressed) this.#releaseIn(CLICK_AFTER_RELEASE_MS);
  };

  /** Capturing listeners see the click first: what waits runs after every handler of it. */
  readonly #clicked = (): void => {
    if (this.#pressed) this.#releaseIn(0);
  };

  #releaseIn(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#release, ms);
  }

  readonly #release = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pressed = false;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const change of waiting) change();
  };
}
