/** The languages the forms speak. */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** `ja`, `ja-JP`, `JA_jp` → `ja`; `null` for languages the forms do not speak. */
export function toSupportedLocale(tag: string | null | undefined): Locale | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language) ?? null;
}

/**
 * The form's language: the `locale` attribute when it names one (`en`, `ja`); with `auto` or no
 * attribute, the first supported language of the page's `lang`, then of the browser's preferences;
 * English otherwise. A page in a language the forms do not speak defers to the browser, whose list
 * often has a second language the user reads.
 */
export function resolveLocale(
  attribute?: string | null,
  pageLang?: string | null,
  browserLanguages: readonly string[] = [],
): Locale {
  const explicit = attribute?.trim().toLowerCase() === 'auto' ? null : toSupportedLocale(attribute);
  if (explicit) return explicit;
  for (const candidate of [pageLang, ...browserLanguages]) {
    const locale = toSupportedLocale(candidate);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
