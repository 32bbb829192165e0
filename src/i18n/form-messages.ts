import { FORM_MESSAGES_EN } from './form-messages.en';
import { FORM_MESSAGES_JA } from './form-messages.ja';
import type { FormMessages } from './form-messages.types';
import type { Locale } from './locale';

export type { FormMessages } from './form-messages.types';

/** The form elements' own words (buttons, status, configuration errors) in each language. */
export const FORM_MESSAGES: Readonly<Record<Locale, FormMessages>> = { en: FORM_MESSAGES_EN, ja: FORM_MESSAGES_JA };

export function formMessages(locale: Locale): FormMessages {
  return FORM_MESSAGES[locale];
}
