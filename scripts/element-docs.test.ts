import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { END, renderElementReference, START, withElementReference, type Manifest } from './element-docs';

const run = promisify(execFile);
const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;

describe('the element reference', () => {
  it('comes from the JSDoc: the committed manifest is what the analyzer builds now', async () => {
    // The analyzer resolves its output folder inside the project.
    mkdirSync('test-results', { recursive: true });
    const outdir = mkdtempSync(join('test-results', 'manifest-'));
    await run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
      env: { ...process.env, TOKEN_FORMS_MANIFEST_DIR: outdir },
      timeout: 90_000,
    });
    const fresh = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
    rmSync(outdir, { recursive: true, force: true });
    expect(fresh).toEqual(committed);
  }, 120_000);

  it('in the README is the one the manifest gives', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const expected = await format(withElementReference(readme, renderElementReference(committed)), {
      parser: 'markdown',
      printWidth: 120,
      proseWrap: 'preserve',
    });
    expect(readme.slice(readme.indexOf(START), readme.indexOf(END))).toBe(
      expected.slice(expected.indexOf(START), expected.indexOf(END)),
    );
  });

  it('documents every attribute, event, part and custom property of both elements', () => {
    const reference = renderElementReference(committed);
    for (const text of [
      '<person-token-form>',
      '<account-token-form>',
      '`publishable-key`',
      '`business-type`',
      '`token-created`',
      '`submit()`',
      '`--token-form-color-accent`',
      '`:state(user-invalid)`',
    ]) {
      expect(reference).toContain(text);
    }
  });
});
