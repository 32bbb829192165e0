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
