export interface CountryOption {
  readonly code: string;
  readonly name: string;
  /** The name and the code folded for matching (`fold`), once per list rather than per keystroke. */
  readonly foldedName: string;
  readonly foldedCode: string;
}

/** Case, accents and width folded, so `japon`, `Japón` and `ＪＡＰＡＮ` compare alike. */
const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

type CountryNames = Readonly<Record<string, string>>;

// The names come sorted by the language (`loadCountryNames`); the options are made once per list.
const optionsOf = new WeakMap<CountryNames, readonly CountryOption[]>();

/** Every country, in the order of its name in the names' language (the same array while the names are the same). */
export function countryOptions(names: CountryNames | null): readonly CountryOption[] {
  if (!names) return [];
  let options = optionsOf.get(names);
  if (!options) {
    options = Object.entries(names).map(([code, name]) => ({
      code,
      name,
      foldedName: fold(name),
      foldedCode: fold(code),
    }));
    optionsOf.set(names, options);
  }
  return options;
}

/** Countries whose name starts with the query first, then those containing it, or whose code it is. */
export function filterCountries(options: readonly CountryOption[], query: string | null): CountryOption[] {
  if (query === null || fold(query) === '') return [...options];
  const wanted = fold(query);
  const starts = options.filter((option) => option.foldedName.startsWith(wanted));
  const rest = options.filter(
    (option) =>
      !option.foldedName.startsWith(wanted) && (option.foldedName.includes(wanted) || option.foldedCode === wanted),
  );
  return [...starts, ...rest];
}

/** The country a finished entry names exactly (name or code), if any. */
export function exactCountry(options: readonly CountryOption[], text: string): CountryOption | undefined {
  const wanted = fold(text);
  return options.find((option) => option.foldedName === wanted || option.foldedCode === wanted);
}
