import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigurationProblem } from '../../../src/form/config';
import type { FormWords } from '../../../src/i18n/form-words';

/** Above the fields, from the start: why the element cannot send as set up. */
export function renderConfigurationBanner(
  text: FormWords,
  problem: ConfigurationProblem | null,
): TemplateResult | typeof nothing {
  return problem
    ? html`<div part="banner" class="banner configuration" role="alert">
        <p>${text.configurationError}</p>
        <p>${problem.message}</p>
      </div>`
    : nothing;
}

/**
 * The submit button (a host form's own button submits instead), the polite status line and, below
 * them, a Stripe or network failure with a retry: where the person is looking after pressing the
 * button, and placed after everything else so it appears without moving a field.
 */
export function renderSubmitArea(
  text: FormWords,
  state: {
    readonly pending: boolean;
    readonly inHostForm: boolean;
    readonly status: { readonly kind: string; readonly text: string };
    readonly generalError: { readonly message: string; readonly retryable: boolean } | null;
    retry(): void;
  },
): TemplateResult {
  const { pending, status, generalError } = state;
  return html`${
      state.inHostForm
        ? nothing
        : html`<button part="submit" class="submit" type="submit" aria-disabled=${pending ? 'true' : 'false'}>
            ${pending ? text.submitting : text.submit}
          </button>`
    }
    <p part="status" class="status ${status.kind}" role="status">${status.text}</p>
    ${
      generalError
        ? html`<div part="banner" class="banner" role="alert">
            <p><strong>${text.statusFailed}</strong></p>
            <p>${generalError.message}</p>
            <button part="retry" class="retry" type="button" @click=${() => state.retry()}>${text.retry}</button>
          </div>`
        : nothing
    }`;
}
