import { AFTER_ACTION_WORDS_EN } from './after-action-words.en';
import { AFTER_ACTION_WORDS_JA } from './after-action-words.ja';
import type { AfterActionWords, FormMessages } from './form-messages.types';
import { formWords } from './form-words';
import type { Locale } from './locale';

export type { AfterActionWords, FormMessages, FormWords } from './form-messages.types';

const AFTER_ACTION_WORDS: Readonly<Record<Locale, AfterActionWords>> = {
  en: AFTER_ACTION_WORDS_EN,
  ja: AFTER_ACTION_WORDS_JA,
};

/**
 * The form elements' own words (buttons, status, configuration errors) in a language, all of them: the
 * headless entry's view. The elements hold the words before a submission (`form-words.ts`) and load the
 * rest with the submit path.
 */
export function formMessages(locale: Locale): FormMessages {
  return { ...formWords(locale), ...AFTER_ACTION_WORDS[locale] };
}

export const FORM_MESSAGES: Readonly<Record<Locale, FormMessages>> = {
  get en() {
    return formMessages('en');
  },
  get ja() {
    return formMessages('ja');
  },
};
