import type { Locale } from './locale';

/** `i18n-iso-countries` lists some countries under several names; the first is the one its `getName` returns. */
type CountryNameData = { countries: Record<string, string | readonly string[]> };

/** Only the active locale's names are downloaded. Literal paths let bundlers split each file. */
const LOADERS: Readonly<Record<Locale, () => Promise<{ default: CountryNameData }>>> = {
  en: () => import('i18n-iso-countries/langs/en.json'),
  ja: () => import('i18n-iso-countries/langs/ja.json'),
};

const loaded = new Map<Locale, Promise<Record<string, string>>>();

async function load(locale: Locale): Promise<Record<string, string>> {
  const { default: data } = await LOADERS[locale]();
  const names: Record<string, string> = {};
  for (const [code, name] of Object.entries(data.countries)) {
    const first = typeof name === 'string' ? name : name[0];
    if (first !== undefined) names[code] = first;
  }
  return names;
}

/** ISO 3166-1 alpha-2 code → country name in `locale`, e.g. `{ JP: '日本', … }`. Loaded once per locale. */
export function loadCountryNames(locale: Locale): Promise<Record<string, string>> {
  let names = loaded.get(locale);
  if (!names) {
    names = load(locale);
    loaded.set(locale, names);
    // A failed download may succeed later (flaky network): do not cache the failure.
    names.catch(() => loaded.delete(locale));
  }
  return names;
}
