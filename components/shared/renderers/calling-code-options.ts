export interface CallingCodeOption {
  readonly country: string;
  /** `+81 Japan`, in the active language. */
  readonly label: string;
}

type Codes = readonly { readonly country: string; readonly code: string }[];
type Names = Readonly<Record<string, string>>;

// The list depends on the codes and the names, never on a keystroke: kept per pair, so typing a number
// does not build 245 options again.
const cache = new WeakMap<Codes, WeakMap<Names, readonly CallingCodeOption[]>>();

/**
 * Every calling code as an option, in the order of the country names (which come sorted by their
 * language, `loadCountryNames`); a country without a name comes last, by its code.
 */
export function callingCodeOptions(codes: Codes, names: Names): readonly CallingCodeOption[] {
  let byNames = cache.get(codes);
  if (!byNames) {
    byNames = new WeakMap();
    cache.set(codes, byNames);
  }
  let options = byNames.get(names);
  if (!options) {
    const position = new Map(Object.keys(names).map((country, index) => [country, index]));
    const rank = (country: string): number => position.get(country) ?? position.size;
    options = [...codes]
      .sort((a, b) => rank(a.country) - rank(b.country) || (a.country < b.country ? -1 : 1))
      .map(({ country, code }) => ({ country, label: `+${code} ${names[country] ?? country}` }));
    byNames.set(names, options);
  }
  return options;
}
