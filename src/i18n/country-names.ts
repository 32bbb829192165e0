import { onDemand, importChunk, type OnDemand } from '../lazy/on-demand';
import type { Locale } from './locale';

/** `i18n-iso-countries` lists some countries under several names; the first is the one its `getName` returns. */
type CountryNameData = { countries: Record<string, string | readonly string[]> };

/** Only the active locale's names are downloaded. Literal paths let bundlers split each file. */
const LOADERS: Readonly<Record<Locale, () => Promise<{ default: CountryNameData }>>> = {
  en: () => import('i18n-iso-countries/langs/en.json'),
  ja: () => import('i18n-iso-countries/langs/ja.json'),
};

const loaded = new Map<Locale, OnDemand<Record<string, string>>>();

async function load(locale: Locale, retrying: boolean): Promise<Record<string, string>> {
  const { default: data } = await importChunk(LOADERS[locale], retrying, 'default');
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
    // A failed download (flaky network) is fetched again by the next call.
    names = onDemand((retrying) => load(locale, retrying));
    loaded.set(locale, names);
  }
  return names.load();
}
