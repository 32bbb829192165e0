import { FORM_MESSAGES_EN } from './form-messages.en';
import type { FormMessages } from './form-messages.types';
import type { Locale } from './locale';

export type { FormMessages } from './form-messages.types';

/** The form elements' own words (buttons, status, configuration errors) in each language. */
// Japanese until installed (`src/i18n/japanese.ts`) reads as English: the elements render only once it is.
const messages: Record<Locale, FormMessages> = { en: FORM_MESSAGES_EN, ja: FORM_MESSAGES_EN };
export const FORM_MESSAGES: Readonly<Record<Locale, FormMessages>> = messages;

export function installFormMessages(locale: Locale, catalogue: FormMessages): void {
  messages[locale] = catalogue;
}

export function formMessages(locale: Locale): FormMessages {
  return FORM_MESSAGES[locale];
}
