// What a page fetches of the script-tag build before a form's code can run: token-forms.js and every file
// it reaches by static imports and re-exports. Read by the size budget and by `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// As the minified build writes them: `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`,
// `export*from"./x.js"`; not `import("./x.js")`, which loads on demand. (Not for `TOKEN_FORMS_UNMINIFIED=1`.)
const STATIC_IMPORT = /\b(?:import|export)(?:\{[^}]*\}from|\*from)?["']([^"']+)["']/gu;

/** token-forms.js (or `entry`) and every file reachable from it by static imports, by path, with its code. */
export function upFrontFiles(directory: string, entry = 'token-forms.js'): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (path: string): void => {
    if (files.has(path)) return;
    const code = readFileSync(join(directory, path), 'utf8');
    files.set(path, code);
    const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
      if (specifier?.startsWith('./')) visit(join(base, specifier).replaceAll('\\', '/'));
    }
  };
  visit(entry);
  return files;
}
