/**
 * The package as an integrator receives it: `npm pack` (which builds through `prepack`), then a fresh
 * project outside the repository with the tarball unpacked into its `node_modules`. The project's other
 * packages are linked from the repository's install (the exact versions the lock file pins), so no test
 * needs the network; a package the tarball needs but does not declare is caught by `undeclaredImports`.
 *
 * One tarball serves every test that asks within a run of the same sources: it is cached under
 * `.cache/packed/`, keyed by a hash of what goes into the build.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

const run = promisify(execFile);
export const repositoryRoot = resolve(import.meta.dirname, '..');

/** What the build reads: a change in any of these makes a new tarball. */
const BUILD_INPUTS = [
  'src',
  'components',
  'frameworks',
  'package.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'custom-elements.json',
  'README.md',
  'LICENSE',
  'scripts/declaration-extensions.ts',
];

export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly homepage?: string;
  readonly keywords?: readonly string[];
  readonly repository?: { readonly type: string; readonly url: string };
  readonly files?: readonly string[];
  readonly sideEffects?: readonly string[] | boolean;
  readonly scripts?: Readonly<Record<string, string>>;
  readonly exports: Readonly<Record<string, unknown>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

export const repositoryPackage = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as PackageJson;

function filesUnder(path: string): string[] {
  const absolute = join(repositoryRoot, path);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [absolute];
  return readdirSync(absolute, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.includes('.test.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function buildInputsHash(): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap(filesUnder)) {
    hash.update(relative(repositoryRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The packed tarball of the current sources (built once per change of them). */
export async function packedTarball(): Promise<string> {
  const folder = join(repositoryRoot, '.cache', 'packed', buildInputsHash());
  const tarball = join(folder, `${repositoryPackage.name}-${repositoryPackage.version}.tgz`);
  if (existsSync(tarball)) return tarball;
  const staging = mkdtempSync(join(tmpdir(), 'token-forms-pack-'));
  // Built as it is published: the test runner's NODE_ENV=test would build Lit's development mode.
  await run('npm', ['pack', '--pack-destination', staging, '--silent'], {
    cwd: repositoryRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    timeout: 240_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  // Tarballs of earlier sources are of no further use.
  rmSync(dirname(folder), { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  // Renamed into place only when complete, so a test that stops half-way leaves no broken tarball.
  renameSync(join(staging, `${repositoryPackage.name}-${repositoryPackage.version}.tgz`), tarball);
  rmSync(staging, { recursive: true, force: true });
  return tarball;
}

/** The paths inside the tarball, relative to the package root (`dist/index.js`, `package.json`, …). */
export async function tarballEntries(tarball: string): Promise<string[]> {
  const { stdout } = await run('tar', ['-tzf', tarball], { maxBuffer: 16 * 1024 * 1024 });
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
    .map((line) => line.slice('package/'.length));
}

export interface ConsumerProject {
  readonly root: string;
  /** The unpacked package, `node_modules/token-forms`. */
  readonly packageRoot: string;
  readonly remove: () => void;
}

function link(projectRoot: string, name: string): void {
  const source = join(repositoryRoot, 'node_modules', name);
  if (!existsSync(source)) throw new Error(`${name} is not installed in the repository`);
  const target = join(projectRoot, 'node_modules', name);
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(source, target, 'dir');
}

/**
 * A fresh project in the system's temporary folder (so nothing resolves from the repository's
 * `node_modules` by walking up) with the tarball installed and `packages` linked beside it. The packed
 * package's own dependencies are always linked; `stripe` never is.
 */
export async function consumerProject(tarball: string, packages: readonly string[] = []): Promise<ConsumerProject> {
  const root = mkdtempSync(join(tmpdir(), 'token-forms-consumer-'));
  const packageRoot = join(root, 'node_modules', repositoryPackage.name);
  mkdirSync(packageRoot, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', packageRoot, '--strip-components=1']);
  const packed = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as PackageJson;
  const names = new Set([...Object.keys(packed.dependencies ?? {}), ...packages]);
  names.delete('stripe');
  for (const name of names) link(root, name);
  return { root, packageRoot, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The package a bare specifier names: `lit/decorators.js` → `lit`, `@lit/react` → `@lit/react`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Packages the unpacked package's code or declarations import without declaring them. */
export function undeclaredImports(packageRoot: string): string[] {
  const packed = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as PackageJson;
  const declared = new Set([
    packed.name,
    ...Object.keys(packed.dependencies ?? {}),
    ...Object.keys(packed.peerDependencies ?? {}),
  ]);
  const undeclared = new Set<string>();
  for (const entry of readdirSync(packageRoot, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(?:js|d\.ts)$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    // TypeScript's own scan: imports, re-exports and dynamic imports, not what comments mention.
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) continue;
      const name = packageOf(specifier);
      if (!declared.has(name)) undeclared.add(`${name} (${relative(packageRoot, join(entry.parentPath, entry.name))})`);
    }
  }
  return [...undeclared].sort();
}

interface ExamplePackageJson {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** The packages an example declares, by name and version; `token-forms` is the packed package. */
export function exampleDependencies(name: string): Record<string, string> {
  const example = JSON.parse(
    readFileSync(join(repositoryRoot, 'examples', name, 'package.json'), 'utf8'),
  ) as ExamplePackageJson;
  const all = { ...example.dependencies, ...example.devDependencies };
  delete all[repositoryPackage.name];
  return all;
}

/** `examples/<name>` copied into a fresh project, the tarball installed and its packages linked. */
export async function exampleProject(tarball: string, name: string): Promise<ConsumerProject> {
  const project = await consumerProject(tarball, Object.keys(exampleDependencies(name)));
  cpSync(join(repositoryRoot, 'examples', name), project.root, {
    recursive: true,
    filter: (source) => !/\/(?:node_modules|dist)(?:\/|$)/.test(relative(repositoryRoot, source)),
  });
  return project;
}
