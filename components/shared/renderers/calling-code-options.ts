import type { Locale } from '../../../src/i18n/locale';

export interface CallingCodeOption {
  readonly country: string;
  /** `+81 Japan`, in the active language. */
  readonly label: string;
}

type Codes = readonly { readonly country: string; readonly code: string }[];
type Names = Readonly<Record<string, string>>;

// The sorted list depends on the codes, the names and the language, never on a keystroke: kept per
// combination, so typing a number does not sort 245 countries again.
const cache = new WeakMap<Codes, WeakMap<Names, Map<Locale, readonly CallingCodeOption[]>>>();

/** Every calling code as an option, sorted by country name in the active language. */
export function callingCodeOptions(codes: Codes, names: Names, locale: Locale): readonly CallingCodeOption[] {
  let byNames = cache.get(codes);
  if (!byNames) {
    byNames = new WeakMap();
    cache.set(codes, byNames);
  }
  let byLocale = byNames.get(names);
  if (!byLocale) {
    byLocale = new Map();
    byNames.set(names, byLocale);
  }
  let options = byLocale.get(locale);
  if (!options) {
    const nameOf = (country: string): string => names[country] ?? country;
    const collator = new Intl.Collator(locale);
    options = [...codes]
      .sort((a, b) => collator.compare(nameOf(a.country), nameOf(b.country)))
      .map(({ country, code }) => ({ country, label: `+${code} ${nameOf(country)}` }));
    byLocale.set(locale, options);
  }
  return options;
}
