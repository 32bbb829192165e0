// The package as published: what the tarball holds, that its declarations stand alone (no `stripe`, no
// `skipLibCheck`), and that every entry loads in Node as server rendering loads it.
import { execFile } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consumerProject,
  packedTarball,
  repositoryRoot,
  tarballEntries,
  undeclaredImports,
  type ConsumerProject,
  type PackageJson,
} from './packed-package';

const run = promisify(execFile);
const tsc = join(repositoryRoot, 'node_modules', '.bin', 'tsc');
const fixtures = join(repositoryRoot, 'scripts', 'package-fixtures');

let tarball = '';
let project: ConsumerProject;
let packed: PackageJson;

beforeAll(async () => {
  tarball = await packedTarball();
  project = await consumerProject(tarball, ['react', 'react-dom', '@types/react', 'vue']);
  packed = JSON.parse(readFileSync(join(project.packageRoot, 'package.json'), 'utf8')) as PackageJson;
}, 300_000);

afterAll(() => project?.remove());

function typecheck(files: readonly string[], compilerOptions: Record<string, unknown>): Promise<string> {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
      jsx: 'react-jsx',
      ...compilerOptions,
    },
    files,
  };
  const path = join(project.root, `tsconfig.${String(compilerOptions.moduleResolution)}.json`);
  writeFileSync(path, JSON.stringify(config));
  return run(tsc, ['-p', path, '--pretty', 'false'], { cwd: project.root, timeout: 120_000 }).then(
    () => '',
    (error: { stdout?: string; message: string }) => error.stdout || error.message,
  );
}

describe('the packed package', () => {
  it('is publishable: MIT, public, described, built before packing', () => {
    expect(packed.private).toBeUndefined();
    expect(packed.license).toBe('MIT');
    expect(packed.repository?.url).toMatch(/^git\+https:\/\//);
    expect(packed.homepage).toMatch(/^https:\/\//);
    expect(packed.keywords).toEqual(expect.arrayContaining(['stripe', 'kyc', 'web-components']));
    expect(packed.scripts?.prepack).toBe('npm run build');
  });

  it('holds the build, the manifest, the licence and the README, and no sources or tests', async () => {
    const entries = await tarballEntries(tarball);
    for (const file of [
      'LICENSE',
      'README.md',
      'package.json',
      'custom-elements.json',
      'dist/index.js',
      'dist/components.js',
      'dist/react.js',
      'dist/token-forms.js',
      'dist/types/src/index.d.ts',
      // The page `isolation="frame"` loads, with its script and stylesheet beside it.
      'dist/frame/index.html',
    ]) {
      expect(entries).toContain(file);
    }
    expect(entries.some((entry) => /^dist\/frame\/assets\/index-[\w-]+\.js$/.test(entry))).toBe(true);
    expect(entries.some((entry) => /^dist\/frame\/assets\/index-[\w-]+\.css$/.test(entry))).toBe(true);
    expect(entries.filter((entry) => !entry.startsWith('dist/') && !entry.includes('/')).sort()).toEqual([
      'LICENSE',
      'README.md',
      'custom-elements.json',
      'package.json',
    ]);
    expect(entries.filter((entry) => /\.test\.|^dist\/demo\/|\.d\.ts\.map$/.test(entry))).toEqual([]);
  });

  it('has types for every entry in `exports`, and files for every path it names', () => {
    for (const [entry, target] of Object.entries(packed.exports)) {
      const paths = JSON.stringify(target).match(/\.\/[^"]+/g) ?? [];
      for (const path of paths) expect(readFileSync(join(project.packageRoot, path)).length, path).toBeGreaterThan(0);
      if (entry.endsWith('.json')) continue;
      const types = typeof target === 'object' && target !== null ? (target as { types?: unknown }).types : undefined;
      expect(types, entry).toMatch(/^\.\/dist\/types\/.+\.d\.ts$/);
    }
  });

  it('names only the modules that define elements as having side effects', () => {
    const patterns = packed.sideEffects as string[];
    expect(patterns).toEqual(
      expect.arrayContaining(['./dist/components.js', './dist/token-forms.js', './dist/token-forms/core-*.js']),
    );
    // The script-tag file re-exports from the chunk of all its first render runs, which defines the elements.
    const core = readdirSync(join(project.packageRoot, 'dist/token-forms')).filter((name) =>
      /^core-[\w-]+\.js$/u.test(name),
    );
    expect(core).toHaveLength(1);
    const scriptTag = readFileSync(join(project.packageRoot, 'dist/token-forms.js'), 'utf8');
    expect(scriptTag).toContain(`./token-forms/${core[0] ?? ''}`);
    for (const path of ['dist/components.js', `dist/token-forms/${core[0] ?? ''}`]) {
      expect(readFileSync(join(project.packageRoot, path), 'utf8'), path).toContain('customElements.define');
    }
    for (const path of ['dist/index.js', 'dist/react.js', 'dist/token-forms.js']) {
      expect(readFileSync(join(project.packageRoot, path), 'utf8'), path).not.toContain('customElements.define');
    }
  });

  it('imports only the packages it declares', () => {
    expect(undeclaredImports(project.packageRoot)).toEqual([]);
  });

  it('is type-checked without `stripe` and without skipLibCheck, as a bundler and as Node resolve it', async () => {
    expect(() => createRequire(join(project.root, 'index.js')).resolve('stripe')).toThrow();
    copyFileSync(join(fixtures, 'headless-and-elements.ts'), join(project.root, 'headless-and-elements.ts'));
    copyFileSync(join(fixtures, 'framework-entries.ts'), join(project.root, 'framework-entries.ts'));
    const files = ['headless-and-elements.ts', 'framework-entries.ts'];
    expect(await typecheck(files, { module: 'ESNext', moduleResolution: 'bundler' })).toBe('');
    expect(await typecheck(files, { module: 'NodeNext', moduleResolution: 'nodenext' })).toBe('');
  }, 240_000);

  it('types a request parameter by the SDK: a wrong one fails the check', async () => {
    writeFileSync(
      join(project.root, 'wrong-parameter.ts'),
      "import { createPersonToken } from 'token-forms';\n" +
        "void createPersonToken({ dob: { day: 'third' } }, { apiVersion: 'v1', publishableKey: 'pk_test_x' });\n",
    );
    const errors = await typecheck(['wrong-parameter.ts'], { module: 'ESNext', moduleResolution: 'bundler' });
    expect(errors).toMatch(/^wrong-parameter\.ts\(2,\d+\): error TS/);
    expect(errors).toContain("Type 'string' is not assignable to type 'number'");
  }, 120_000);
});

describe('server rendering: every entry loads in Node', () => {
  const entries = ['token-forms', 'token-forms/components', 'token-forms/token-forms.js', 'token-forms/react'];

  async function load(conditions: readonly string[]): Promise<string> {
    const script = join(project.root, 'server-render.mjs');
    writeFileSync(
      script,
      `for (const entry of ${JSON.stringify([...entries, 'token-forms/react-jsx', 'token-forms/vue'])}) await import(entry);
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const { PersonTokenForm } = await import('token-forms/react');
process.stdout.write(renderToString(createElement('div', null,
  createElement(PersonTokenForm, { publishableKey: 'pk_test_x', className: 'onboarding' }),
  createElement('account-token-form', { 'publishable-key': 'pk_test_x' }))));
`,
    );
    const { stdout } = await run(process.execPath, [...conditions.map((c) => `--conditions=${c}`), script], {
      cwd: project.root,
      timeout: 60_000,
    });
    return stdout;
  }

  it('with the default conditions (what Next.js and Nuxt servers resolve)', async () => {
    const html = await load([]);
    expect(html).toContain('<person-token-form');
    expect(html).toContain('class="onboarding"');
    expect(html).toContain('<account-token-form publishable-key="pk_test_x">');
  }, 60_000);

  it('with the `browser` condition, where Lit cannot load without a DOM', async () => {
    const html = await load(['browser']);
    expect(html).toContain('<person-token-form');
    expect(html).toContain('<account-token-form publishable-key="pk_test_x">');
  }, 60_000);
});
