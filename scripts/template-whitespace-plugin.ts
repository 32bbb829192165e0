import MagicString from 'magic-string';
import type { Plugin } from 'vite';
import { templateEdits } from './template-whitespace.ts';

const elementSource = /\/components\/.+\.ts$/u;

/**
 * The elements' `html` and `css` templates without their indentation (`template-whitespace.ts`), in
 * every build and in the dev server, so the browser tests run what ships.
 */
export function templatesWithoutFormatting(): Plugin {
  return {
    name: 'token-forms:templates-without-formatting',
    enforce: 'pre',
    transform(code, id) {
      if (!elementSource.test(id) || id.includes('/node_modules/') || !/\b(?:html|css)`/u.test(code)) return null;
      const edits = templateEdits(code, id);
      if (edits.length === 0) return null;
      const source = new MagicString(code);
      for (const { start, end, text } of edits) {
        if (start === end) source.appendLeft(start, text);
        else if (text === '') source.remove(start, end);
        else source.overwrite(start, end, text);
      }
      return { code: source.toString(), map: source.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}
