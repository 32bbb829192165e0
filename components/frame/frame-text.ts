import type { Locale } from '../../src/i18n/locale';
import type { FramedTag } from './protocol';

/** The iframe's accessible title, by element and language. */
const FRAME_TITLES: Readonly<Record<Locale, Readonly<Record<FramedTag, string>>>> = {
  en: { 'person-token-form': 'Personal details form', 'account-token-form': 'Business details form' },
  ja: { 'person-token-form': '個人情報の入力フォーム', 'account-token-form': '事業者情報の入力フォーム' },
};

export function frameTitle(locale: Locale, tag: FramedTag): string {
  return FRAME_TITLES[locale][tag];
}

/** Shown in place of the form when the frame page cannot be reached or refuses this page. */
const FRAME_UNAVAILABLE: Readonly<Record<Locale, string>> = {
  en: 'This form could not be loaded. Reload the page to try again; if it still does not appear, contact the site.',
  ja: 'フォームを読み込めませんでした。ページを再読み込みしてください。表示されない場合は、サイトの運営者にお問い合わせください。',
};

export function frameUnavailableText(locale: Locale): string {
  return FRAME_UNAVAILABLE[locale];
}
