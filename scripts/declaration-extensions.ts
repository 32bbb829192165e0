/**
 * Gives every relative import in the emitted declarations (`dist/types`) its file extension
 * (`./client/index` → `./client/index.js`). The sources import without extensions, as a bundler resolves
 * them; a consumer whose TypeScript resolves like Node (`moduleResolution: node16`/`nodenext`) needs the
 * extension in an ES module's declarations. Run by `npm run build` after `tsc`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SPECIFIER = /(\bfrom\s+|\bimport\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]*)\2/g;

/** The specifier with the extension of the declaration file it names. */
export function withExtension(specifier: string, fromFile: string): string {
  if (specifier.endsWith('.js')) return specifier;
  const target = resolve(dirname(fromFile), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${specifier}/index.js`;
  throw new Error(`${fromFile}: no declaration file for ${specifier}`);
}

export function addDeclarationExtensions(text: string, fromFile: string): string {
  return text.replace(
    SPECIFIER,
    (_match, keyword: string, quote: string, specifier: string) =>
      `${keyword}${quote}${withExtension(specifier, fromFile)}${quote}`,
  );
}

function declarationFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = resolve(process.argv[2] ?? 'dist/types');
  const files = declarationFiles(folder);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const rewritten = addDeclarationExtensions(text, file);
    if (rewritten !== text) writeFileSync(file, rewritten);
  }
  console.log(
    `${relative(process.cwd(), folder)}: relative imports of ${files.length} declaration files have extensions`,
  );
}
