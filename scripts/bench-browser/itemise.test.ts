import { describe, expect, it } from 'vitest';
import { itemise, itemisedLines } from './itemise';

const served = [
  { path: '/token-forms.js', gzipBytes: 20_480, at: 1_000 },
  { path: '/token-forms/country-names-en.js', gzipBytes: 2_560, at: 1_100 },
  { path: '/token-forms/phone-parser.js', gzipBytes: 9_420, at: 1_500 },
  { path: '/token-forms/jp-postal-2025-09-30/150.js', gzipBytes: 3_072, at: 4_000 },
];

describe('the bench itemisation of a journey', () => {
  it('puts each file in the phase it was fetched in, a file served at a phase end in that phase', () => {
    const files = itemise(served, { firstRender: 1_100, idle: 2_000 });
    expect(files.map(({ phase, path }) => [phase, path])).toEqual([
      ['before first render', '/token-forms.js'],
      ['before first render', '/token-forms/country-names-en.js'],
      ['until idle', '/token-forms/phone-parser.js'],
      ['during the journey', '/token-forms/jp-postal-2025-09-30/150.js'],
    ]);
  });

  it('prints every file with its gzip size under its phase, and each phase with its total', () => {
    const lines = itemisedLines('US person journey', itemise(served, { firstRender: 1_100, idle: 2_000 }));
    expect(lines).toEqual([
      '\nUS person journey: 34.7 KB gzip in 4 files',
      '  before first render: 22.5 KB in 2 files',
      '     20.0 KB  /token-forms.js',
      '      2.5 KB  /token-forms/country-names-en.js',
      '  until idle: 9.2 KB in 1 file',
      '      9.2 KB  /token-forms/phone-parser.js',
      '  during the journey: 3.0 KB in 1 file',
      '      3.0 KB  /token-forms/jp-postal-2025-09-30/150.js',
    ]);
  });
});
