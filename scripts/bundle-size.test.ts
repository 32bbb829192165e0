// The script-tag build's size budget: what a page fetches before a form first renders (token-forms.js and
// the chunks it imports statically) stays within its gzip budget, and the on-demand parts stay on demand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScriptTagBundle } from '../e2e/support/static-site';

// A ratchet, lowered as the entry shrinks (the goal is 30 KB); `npm run bench` prints the figure.
const FIRST_RENDER_BUDGET_KB = 75;

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
});
