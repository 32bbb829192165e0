import type { TokenSummary } from './events';

interface BridgeHost {
  hasToken(): boolean;
  /** A disabled element takes no part in its form: nothing is sent to Stripe for it. */
  isDisabled(): boolean;
  tokenize(): Promise<TokenSummary | null>;
}

/**
 * Inside a host `<form>`: a submission of that form first creates the token, then submits the form
 * again, which now carries only the token id (the inputs live in the shadow root and are not part of
 * the host form). The first submission is stopped before any host handler sees it.
 */
export class HostFormBridge {
  #form: HTMLFormElement | null = null;
  /** The button of the latest intercepted submission, while its token is on the way. */
  #waiting: { submitter: HTMLElement | null } | null = null;

  constructor(
    private readonly element: HTMLElement,
    private readonly internals: ElementInternals,
    private readonly host: BridgeHost,
  ) {}

  attach(form: HTMLFormElement | null): void {
    if (form === this.#form) return;
    this.#form?.removeEventListener('submit', this.#onSubmit, { capture: true });
    this.#form = form;
    form?.addEventListener('submit', this.#onSubmit, { capture: true });
  }

  #onSubmit = (event: SubmitEvent): void => {
    if (this.host.hasToken() || this.host.isDisabled() || !this.element.isConnected) return;
    if (this.internals.form !== event.target) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // A second click while the token is on the way joins it: the host form is submitted once, with the
    // button pressed last.
    if (this.#waiting) {
      this.#waiting.submitter = event.submitter;
      return;
    }
    const waiting = { submitter: event.submitter };
    this.#waiting = waiting;
    const form = this.#form;
    void this.host
      .tokenize()
      .then((token) => {
        if (!token || !form) return;
        const { submitter } = waiting;
        // The same button, so its name/value and formaction still apply.
        if (submitter && 'form' in submitter && submitter.form === form) form.requestSubmit(submitter);
        else form.requestSubmit();
      })
      .finally(() => {
        if (this.#waiting === waiting) this.#waiting = null;
      });
  };
}
