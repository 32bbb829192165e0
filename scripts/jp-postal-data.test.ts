import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPostalData, postalDataFiles } from './jp-postal-data';

const dataDirectory = new URL('../src/postal/jp-data/', import.meta.url);

describe('the Japanese postal data', async () => {
  const generated = await postalDataFiles(buildPostalData());

  it('is what `npm run generate:postal` makes from the installed Japan Post data', () => {
    const committed = readdirSync(dataDirectory).sort();
    expect(committed).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) {
      expect(readFileSync(new URL(name, dataDirectory), 'utf8'), name).toBe(text);
    }
  });

  it('comes in chunks of at most 30 kB gzip, so one lookup fetches little', () => {
    const sizes = [...generated].filter(([name]) => name.endsWith('.json')).map(([, text]) => gzipSync(text).length);
    expect(sizes.length).toBeGreaterThan(900);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(30_000);
  });

  it('holds Kana readings in full-width katakana, as Stripe takes them', () => {
    const chunk = JSON.parse(generated.get('100.json') ?? '{}') as { cities: [string, string][] };
    for (const [, kana] of chunk.cities) expect(kana).toMatch(/^[\u30a1-\u30fc]+$/u);
  });
});
