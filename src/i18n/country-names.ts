import { onDemand, importChunk, type OnDemand } from '../lazy/on-demand';
import type { Locale } from './locale';

type CountryNames = Readonly<Record<string, string>>;

/**
 * Only the active locale's names are downloaded. Literal paths let bundlers split each file. The names
 * come in the order the language sorts them (`scripts/generate-country-names.ts`), so no page sorts them.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<{ default: CountryNames }>>> = {
  en: () => import('./country-names/en'),
  ja: () => import('./country-names/ja'),
};

const loaded = new Map<Locale, OnDemand<CountryNames>>();

/**
 * ISO 3166-1 alpha-2 code → country name in `locale`, e.g. `{ JP: '日本', … }`, its entries sorted by
 * name in that language. Loaded once per locale.
 */
export function loadCountryNames(locale: Locale): Promise<CountryNames> {
  let names = loaded.get(locale);
  if (!names) {
    // A failed download (flaky network) is fetched again by the next call.
    names = onDemand(async (retrying) => (await importChunk(LOADERS[locale], retrying, 'default')).default);
    loaded.set(locale, names);
  }
  return names.load();
}
