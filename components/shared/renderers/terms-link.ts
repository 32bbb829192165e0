import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../src/i18n/locale';

const TEXT: Readonly<Record<Locale, { readonly read: string; readonly newTab: string }>> = {
  en: { read: 'Read the terms of service', newTab: '(opens in a new tab)' },
  ja: { read: '利用規約を読む', newTab: '（新しいタブで開きます）' },
};

/**
 * The host's terms, beside the statement that accepts them. A new tab keeps what was typed; `noopener`
 * keeps the terms page from reaching back into this one.
 */
export function termsLink(url: string | null, locale: Locale): TemplateResult | typeof nothing {
  if (url === null) return nothing;
  const text = TEXT[locale];
  return html`<a part="link" class="terms-link" href=${url} target="_blank" rel="noopener"
    >${text.read} <span class="new-tab">${text.newTab}</span></a
  >`;
}
