import { importChunk, onDemand, onDemandModule, type OnDemand } from '../lazy/on-demand';
import { loadRegions, prefectures } from '../validation/regions/lookup';
import { normalizePostalCode } from '../validation/postal-code-normalize';
import type * as JpDataLoader from './jp-data-loader';
import { JAPAN_POSTAL_DATA_DATE } from './jp-data/index';

export { JAPAN_POSTAL_DATA_DATE };

/** A name in both scripts; `kana` is `''` where Japan Post gives no reading. */
export interface KanjiAndKana {
  readonly kanji: string;
  readonly kana: string;
}

/** One address a postal code stands for: prefecture, city and town (`''` when the code covers a whole city). */
export interface JapanesePostalAddress {
  readonly prefecture: KanjiAndKana;
  readonly city: KanjiAndKana;
  readonly town: KanjiAndKana;
}

export type JapanesePostalLookup =
  /** `code` is written `100-0001`; a code shared by several towns has one address per town. */
  | { readonly status: 'found'; readonly code: string; readonly addresses: readonly JapanesePostalAddress[] }
  | { readonly status: 'not_found'; readonly code: string }
  /** Not seven digits (half- or full-width, with or without the hyphen). */
  | { readonly status: 'invalid' }
  /** The data could not be loaded (offline): the person enters the address. */
  | { readonly status: 'unavailable'; readonly code: string };

/** The shape of a data chunk (see `scripts/jp-postal-data.ts`). */
interface PostalChunk {
  readonly cities: readonly (readonly [string, string])[];
  readonly codes: Readonly<Record<string, readonly (readonly [number, number, string, string])[]>>;
}

const isChunk = (value: unknown): value is PostalChunk =>
  typeof value === 'object' && value !== null && 'cities' in value && 'codes' in value;

/**
 * Chunks by first three digits. They ship with the package and load from the host's own origin, next to
 * the module that asks (≤ 17 kB gzip each): no third party ever sees a postal code.
 */
// A failed load (offline) is fetched again by the next lookup.
const chunks = new Map<string, OnDemand<PostalChunk>>();

type ChunkLoader = typeof JpDataLoader;
const chunkLoader = onDemandModule(() => import('./jp-data-loader'), 'importPostalChunk');

/** Loads the table of chunks (not a chunk itself), once: a form showing a Japanese postal code asks when idle. */
export function preloadJapanesePostalData(): Promise<ChunkLoader> {
  return chunkLoader.load();
}

function loadChunk(prefix: string, loader: ChunkLoader): Promise<PostalChunk> {
  let chunk = chunks.get(prefix);
  if (chunk === undefined) {
    chunk = onDemand(async (retrying) => {
      const module = await importChunk(() => loader.importPostalChunk(prefix), retrying, 'default');
      if (!isChunk(module.default)) throw new Error(`token-forms: postal data ${prefix} is malformed`);
      return module.default;
    });
    chunks.set(prefix, chunk);
  }
  return chunk.load();
}

/** The seven digits of a Japanese postal code as typed (`１００ー０００１`, `100-0001`, `1000001`), or `null`. */
export function japanesePostalDigits(value: string): string | null {
  const digits = normalizePostalCode(value).replace(/[-\s]/g, '');
  return /^\d{7}$/.test(digits) ? digits : null;
}

/**
 * The addresses a Japanese postal code stands for, from Japan Post's data shipped with the package
 * (`JAPAN_POSTAL_DATA_DATE`). Fetches at most one chunk, from the page's own origin, and only for a
 * code of seven digits; never asks a lookup service.
 */
export async function lookupJapanesePostalCode(value: string): Promise<JapanesePostalLookup> {
  const digits = japanesePostalDigits(value);
  if (digits === null) return { status: 'invalid' };
  const code = `${digits.slice(0, 3)}-${digits.slice(3)}`;
  const prefix = digits.slice(0, 3);
  let chunk: PostalChunk;
  try {
    // The prefectures name what the rows number; they load beside the chunk.
    const [loader] = await Promise.all([preloadJapanesePostalData(), loadRegions('JP')]);
    if (!loader.hasPostalChunk(prefix)) return { status: 'not_found', code };
    chunk = await loadChunk(prefix, loader);
  } catch {
    return { status: 'unavailable', code };
  }
  const rows = chunk.codes[digits.slice(3)];
  if (rows === undefined) return { status: 'not_found', code };
  const jpPrefectures = prefectures();
  const addresses = rows.flatMap(([jis, cityIndex, town, townKana]): JapanesePostalAddress[] => {
    const prefecture = jpPrefectures[jis - 1];
    const city = chunk.cities[cityIndex];
    if (prefecture === undefined || city === undefined) return [];
    return [
      {
        prefecture: { kanji: prefecture.kanji, kana: prefecture.kana },
        city: { kanji: city[0], kana: city[1] },
        town: { kanji: town, kana: townKana },
      },
    ];
  });
  return addresses.length > 0 ? { status: 'found', code, addresses } : { status: 'not_found', code };
}
