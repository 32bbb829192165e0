import { FORM_WORDS_EN } from './form-messages.en';
import type { FormWords } from './form-messages.types';
import type { Locale } from './locale';

export type { FormWords } from './form-messages.types';

// Japanese until installed (`src/i18n/japanese.ts`) reads as English: the elements render only once it is.
const words: Record<Locale, FormWords> = { en: FORM_WORDS_EN, ja: FORM_WORDS_EN };

export function installFormWords(locale: Locale, catalogue: FormWords): void {
  words[locale] = catalogue;
}

/** The form elements' own words before a submission (buttons, hints, configuration errors) in a language. */
export function formWords(locale: Locale): FormWords {
  return words[locale];
}
