import { html, nothing, type TemplateResult } from 'lit';
import type { FormWords } from '../../../src/i18n/form-words';

/**
 * The host's terms, beside the statement that accepts them. A new tab keeps what was typed; `noopener`
 * keeps the terms page from reaching back into this one.
 */
export function termsLink(url: string | null, text: FormWords): TemplateResult | typeof nothing {
  if (url === null) return nothing;
  return html`<a part="link" class="terms-link" href=${url} target="_blank" rel="noopener"
    >${text.readTerms} <span class="new-tab">${text.opensInNewTab}</span></a
  >`;
}
