/**
 * Turns the Japan Post data that `jquery-jpostal-ja` ships (one JSONP-wrapped file per first three digits,
 * Kanji names and half-width Kana readings, from Japan Post's KEN_ALL) into the chunks the postal-code
 * lookup loads: one JSON file per first three digits, with full-width Kana (NFKC) as Stripe wants it.
 *
 * Left out: business codes (個別番号, one per organisation, with the organisation's own block numbers) and
 * the per-floor codes of high-rise buildings, whose "town" is a building and floor that no person's
 * address form should be given as its town.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** A source row: code with a leading `_`, prefecture, city, town, block numbers, organisation, then the three Kana readings. */
type SourceRow = readonly [string, string, string, string, string, string, string, string, string];

/** One chunk as the lookup reads it (`src/postal/japan-postal-data.ts`). */
export interface PostalChunk {
  /** `[Kanji, Kana]` of each city in the chunk; rows refer to them by index. */
  readonly cities: (readonly [string, string])[];
  /** Last four digits → `[JIS prefecture number, city index, town Kanji, town Kana]`, one per town. */
  readonly codes: Record<string, (readonly [number, number, string, string])[]>;
}

export interface PostalData {
  /** Japan Post's publication date of the data (`2025-09-30`). */
  readonly date: string;
  readonly sourceVersion: string;
  /** First three digits → chunk. */
  readonly chunks: ReadonlyMap<string, PostalChunk>;
}

const require = createRequire(import.meta.url);

export function sourceDirectory(): string {
  return dirname(require.resolve('jquery-jpostal-ja/package.json'));
}

function readRows(file: string): SourceRow[] {
  const text = readFileSync(file, 'utf8');
  return JSON.parse(text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'))) as SourceRow[];
}

/** Japan Post's notes in brackets (`（次のビルを除く）`) are not part of a name. */
function kanjiName(value: string): string {
  let name = value.normalize('NFKC');
  for (let open = name.indexOf('('); open !== -1; open = name.indexOf('(')) {
    const close = name.indexOf(')', open);
    name = name.slice(0, open) + (close === -1 ? '' : name.slice(close + 1));
  }
  return name.trim();
}
const kanaName = kanjiName;

const FLOOR = /\d階$|地階・階層不明$/u;

export function buildPostalData(directory = sourceDirectory()): PostalData {
  const { version } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string };
  const files = readdirSync(join(directory, 'json'))
    .filter((name) => /^\d{3}\.json$/.test(name))
    .sort();
  // `_000info` reads "ver2.13 2025-09-25 2025-09-30": the last date is Japan Post's.
  const info = readRows(join(directory, 'json', '000.json')).find((row) => row[0] === '_000info');
  const date = /(\d{4}-\d{2}-\d{2})\s*$/.exec(info?.[2] ?? '')?.[1];
  if (date === undefined) throw new Error('jp-postal-data: the source has no date');
  const prefectures = new Map<string, number>();
  const chunks = new Map<string, PostalChunk>();
  for (const file of files) {
    const prefix = file.slice(0, 3);
    const cities: [string, string][] = [];
    const cityIndex = new Map<string, number>();
    const codes: Record<string, [number, number, string, string][]> = {};
    for (const row of readRows(join(directory, 'json', file))) {
      const [tagged, prefecture, city, town, , organisation, prefectureKana, cityKana, townKana] = row;
      const code = tagged.slice(1);
      if (!/^\d{7}$/.test(code) || organisation !== '' || FLOOR.test(kanjiName(town))) continue;
      const jis = prefectureNumber(prefectures, prefecture, prefectureKana);
      const cityKey = `${city}\t${cityKana}`;
      let index = cityIndex.get(cityKey);
      if (index === undefined) {
        index = cities.length;
        cities.push([kanjiName(city), kanaName(cityKana)]);
        cityIndex.set(cityKey, index);
      }
      const rows = (codes[code.slice(3)] ??= []);
      const entry: [number, number, string, string] = [jis, index, kanjiName(town), kanaName(townKana)];
      if (!rows.some((known) => known.join('\t') === entry.join('\t'))) rows.push(entry);
    }
    if (Object.keys(codes).length > 0) chunks.set(prefix, { cities, codes });
  }
  return { date, sourceVersion: version, chunks };
}

/** The JIS X 0401 number of a prefecture, in the order Japan Post lists them (北海道 first). */
function prefectureNumber(known: Map<string, number>, kanji: string, kana: string): number {
  const key = `${kanji}\t${kana}`;
  const found = known.get(key);
  if (found !== undefined) return found;
  const next = JIS_ORDER.indexOf(kanji) + 1;
  if (next === 0) throw new Error(`jp-postal-data: unknown prefecture ${kanji}`);
  known.set(key, next);
  return next;
}

const JIS_ORDER = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
];

/** What is written: one JSON file per chunk, the module that knows the date and the one that knows which chunks exist. */
export async function postalDataFiles(data: PostalData): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [prefix, chunk] of data.chunks) files.set(`${prefix}.json`, `${JSON.stringify(chunk)}\n`);
  const prefixes = [...data.chunks.keys()].join(' ');
  const header = '// Generated by `npm run generate:postal` from jquery-jpostal-ja; do not edit.';
  const index = [
    header,
    '',
    "/** Japan Post's publication date of the postal data (KEN_ALL). */",
    `export const JAPAN_POSTAL_DATA_DATE = '${data.date}';`,
    '',
  ].join('\n');
  // Apart from the date: the prefixes load with the table of chunks, on the first lookup, not with the page.
  const prefixModule = [
    header,
    '',
    '/** The first three digits that have a chunk; a code outside them is not found without a request. */',
    `export const JAPAN_POSTAL_PREFIXES: ReadonlySet<string> = new Set('${prefixes}'.split(' '));`,
    '',
  ].join('\n');
  // Formatted as the project formats its sources, so the check of formatting passes on it.
  for (const [name, source] of [
    ['index.ts', index],
    ['prefixes.ts', prefixModule],
  ] as const) {
    const file = fileURLToPath(new URL(`../src/postal/jp-data/${name}`, import.meta.url));
    files.set(name, await format(source, { ...(await resolveConfig(file)), filepath: file }));
  }
  return files;
}
