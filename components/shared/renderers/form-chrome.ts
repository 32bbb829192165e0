import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigurationProblem } from '../../../src/form/config';
import type { FormMessages } from '../../../src/i18n/form-messages';

/** Above the fields: why the element cannot send as set up, and a Stripe or network failure with a retry. */
export function renderBanners(
  text: FormMessages,
  state: {
    readonly configurationProblem: ConfigurationProblem | null;
    readonly generalError: { readonly message: string; readonly retryable: boolean } | null;
    retry(): void;
  },
): TemplateResult {
  const { configurationProblem, generalError } = state;
  return html`${
    configurationProblem
      ? html`<div part="banner" class="banner configuration" role="alert">
          <p>${text.configurationError}</p>
          <p>${configurationProblem.message}</p>
        </div>`
      : nothing
  }
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

/** The submit button (a host form's own button submits instead) and the polite status line. */
export function renderSubmitArea(
  text: FormMessages,
  state: {
    readonly pending: boolean;
    readonly inHostForm: boolean;
    readonly status: { readonly kind: string; readonly text: string };
  },
): TemplateResult {
  const { pending, status } = state;
  return html`${
      state.inHostForm
        ? nothing
        : html`<button part="submit" class="submit" type="submit" aria-disabled=${pending ? 'true' : 'false'}>
            ${pending ? text.submitting : text.submit}
          </button>`
    }
    <p part="status" class="status ${status.kind}" role="status">${status.text}</p>`;
}
