// The script-tag build's size budget: what a page fetches before a form first renders (token-forms.js and
// the chunks it imports statically) stays within its gzip budget, and the on-demand parts stay on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScriptTagBundle } from '../e2e/support/static-site';

// A ratchet, lowered as the entry shrinks (the goal is 30 KB); `npm run bench` prints the figure.
const FIRST_RENDER_BUDGET_KB = 62.5;

let bundle: { readonly directory: string; dispose(): void } | undefined;

/** token-forms.js and every chunk reachable from it by static imports, by path. */
function upFront(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (path: string): void => {
    if (files.has(path)) return;
    const code = readFileSync(join(directory, path), 'utf8');
    files.set(path, code);
    const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    for (const [, specifier] of code.matchAll(/\bimport(?:\{[^}]*\}from)?["']([^"']+)["']/gu)) {
      if (specifier?.startsWith('./')) visit(join(base, specifier).replaceAll('\\', '/'));
    }
  };
  visit('token-forms.js');
  return files;
}

describe('script-tag bundle size', () => {
  beforeAll(async () => {
    bundle = await buildScriptTagBundle();
  }, 240_000);
  afterAll(() => bundle?.dispose());

  it(`fetches at most ${FIRST_RENDER_BUDGET_KB} KB (gzip) before a form renders`, () => {
    const files = upFront(bundle?.directory ?? '');
    const gzipKb = [...files.values()].reduce((total, code) => total + gzipSync(code, { level: 9 }).length, 0) / 1024;
    expect(files.size, [...files.keys()].join(', ')).toBeGreaterThanOrEqual(1);
    expect(gzipKb).toBeLessThanOrEqual(FIRST_RENDER_BUDGET_KB);
  });

  it('leaves phone rules, the country list positioning and document uploads to chunks loaded on demand', () => {
    const code = [...upFront(bundle?.directory ?? '').values()].join('\n');
    // Markers of each part: libphonenumber's parser errors, floating-ui's clipping, the upload's previews.
    expect(code).not.toContain('INVALID_COUNTRY');
    expect(code).not.toContain('getClippingRect');
    expect(code).not.toContain('createObjectURL');
  });

  it('leaves the Japanese words and the isolation frame to chunks loaded when a form needs them', () => {
    const code = [...upFront(bundle?.directory ?? '').values()].join('\n');
    // Markers: a Japanese label, a Japanese issue message, the frame's channel.
    expect(code).not.toContain('姓（漢字）');
    expect(code).not.toContain('入力してください');
    expect(code).not.toContain('MessageChannel');
  });

  it('leaves the account schema, the id-number tables, the region lists and postal-code rules to the forms that need them', () => {
    const code = [...upFront(bundle?.directory ?? '').values()].join('\n');
    // Markers: a business id type, a company structure, an account label and an account length limit.
    expect(code).not.toContain('Firmenbuchnummer');
    expect(code).not.toContain('unincorporated_partnership');
    expect(code).not.toContain('Legal business name');
    expect(code).not.toContain('account.company.tax_id_registrar');
    // The person id table: a type's name and one of its types (South Africa's id is in no other table).
    expect(code).not.toContain('Emirates ID');
    expect(code).not.toContain('za_id');
    // Every country's regions, the form country's too: a state, a province, a territory, a prefecture.
    expect(code).not.toContain('Alabama');
    expect(code).not.toContain('Alberta');
    expect(code).not.toContain('Tasmania');
    expect(code).not.toContain('北海道');
    // Postal-code rules: the UK example and the UK check's areas.
    expect(code).not.toContain('SW1A 1AA');
  });

  it('ships the Japanese postal data chunks without source maps, and the other chunks with theirs', () => {
    const folder = join(bundle?.directory ?? '', 'token-forms');
    const files = new Set(readdirSync(folder));
    // Postal chunks and per-calling-code phone rules are both named by digits; the postal ones list cities.
    const numbered = [...files].filter((name) => /^\d{1,3}-[\w-]+\.js$/u.test(name));
    const isPostal = (name: string): boolean => readFileSync(join(folder, name), 'utf8').includes('cities:');
    const postal = numbered.filter(isPostal);
    const phone = numbered.filter((name) => !isPostal(name));
    expect(postal.length).toBeGreaterThan(900);
    expect(phone.length).toBeGreaterThan(100);
    expect(postal.filter((name) => files.has(`${name}.map`))).toEqual([]);
    expect(postal.filter((name) => readFileSync(join(folder, name), 'utf8').includes('sourceMappingURL'))).toEqual([]);
    expect(phone.filter((name) => !files.has(`${name}.map`))).toEqual([]);
  });

  it('leaves the table of Japanese postal chunks to the first lookup', () => {
    const code = [...upFront(bundle?.directory ?? '').values()].join('\n');
    // The prefixes and the chunk imports ride together; '001 002 003' opens the prefixes' list.
    expect(code).not.toContain('001 002 003');
    expect(code).not.toMatch(/\.\/token-forms\/948-/u);
  });
});
