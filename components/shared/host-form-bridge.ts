import type { TokenSummary } from './events';
import { isImeKeyEvent } from './renderers/dom-ids';

interface BridgeHost {
  /** The name the token id is submitted under. */
  name(): string;
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

  /** The form value: the token id under the element's name, or nothing while there is no token. */
  setFormValue(token: TokenSummary | null): void {
    if (!token) {
      this.internals.setFormValue(null);
      return;
    }
    const entry = new FormData();
    entry.append(this.host.name(), token.id);
    this.internals.setFormValue(entry);
  }

  /** The inner form was submitted (its button, or Enter): inside a host form that form is submitted instead. */
  innerSubmit(event: SubmitEvent, submitAlone: () => void): void {
    event.preventDefault();
    // Inside a host form, Enter submits that form; it tokenizes first (see `#onSubmit`).
    const hostForm = this.internals.form;
    if (hostForm) hostForm.requestSubmit();
    else submitAlone();
  }

  /**
   * Inside a host form there is no inner submit button, so the browser's implicit submission does not
   * apply: Enter in a text field submits the host form, as it would for its own inputs.
   */
  innerKeyDown(event: KeyboardEvent): void {
    const hostForm = this.internals.form;
    const target = event.composedPath()[0];
    if (!hostForm || event.key !== 'Enter' || isImeKeyEvent(event) || event.defaultPrevented) return;
    if (!(target instanceof HTMLInputElement) || target.type === 'checkbox') return;
    event.preventDefault();
    hostForm.requestSubmit();
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
