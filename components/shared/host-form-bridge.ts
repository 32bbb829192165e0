import type { TokenSummary } from './events';

interface BridgeHost {
  hasToken(): boolean;
  tokenize(): Promise<TokenSummary | null>;
}

/**
 * Inside a host `<form>`: a submission of that form first creates the token, then submits the form
 * again, which now carries only the token id (the inputs live in the shadow root and are not part of
 * the host form). The first submission is stopped before any host handler sees it.
 */
export class HostFormBridge {
  #form: HTMLFormElement | null = null;

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
    if (this.host.hasToken() || !this.element.isConnected || this.internals.form !== event.target) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const form = this.#form;
    const submitter = event.submitter;
    void this.host.tokenize().then((token) => {
      if (!token || !form) return;
      // The same button, so its name/value and formaction still apply.
      if (submitter && 'form' in submitter && submitter.form === form) form.requestSubmit(submitter);
      else form.requestSubmit();
    });
  };
}
