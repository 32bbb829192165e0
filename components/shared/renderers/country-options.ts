import type { Locale } from '../../../src/i18n/locale';

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

/** Case, accents and width folded, so `japon`, `Japón` and `ＪＡＰＡＮ` compare alike. */
const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

type CountryNames = Readonly<Record<string, string>>;

// Sorting 250 names is work no keystroke changes: done once per list of names and language.
const sortedByNames = new WeakMap<CountryNames, Map<Locale, readonly CountryOption[]>>();

/** Every country, sorted by name in the active language (the same array while the names are the same). */
export function countryOptions(names: CountryNames | null, locale: Locale): readonly CountryOption[] {
  if (!names) return [];
  let byLocale = sortedByNames.get(names);
  if (!byLocale) {
    byLocale = new Map();
    sortedByNames.set(names, byLocale);
  }
  let options = byLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = Object.entries(names)
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => collator.compare(a.name, b.name));
    byLocale.set(locale, options);
  }
  return options;
}

/** Countries whose name starts with the query first, then those containing it, or whose code it is. */
export function filterCountries(options: readonly CountryOption[], query: string | null): CountryOption[] {
  if (query === null || fold(query) === '') return [...options];
  const wanted = fold(query);
  const starts = options.filter((option) => fold(option.name).startsWith(wanted));
  const rest = options.filter(
    (option) => !starts.includes(option) && (fold(option.name).includes(wanted) || fold(option.code) === wanted),
  );
  return [...starts, ...rest];
}

/** The country a finished entry names exactly (name or code), if any. */
export function exactCountry(options: readonly CountryOption[], text: string): CountryOption | undefined {
  const wanted = fold(text);
  return options.find((option) => fold(option.name) === wanted || fold(option.code) === wanted);
}
