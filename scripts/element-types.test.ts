import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELEMENT_PROPS_PATH, renderElementProps } from './generate-element-types';

interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly { readonly tagName?: string }[] }[];
}

const tags = (JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest).modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));

describe('the framework types of the elements', () => {
  it('are what @wc-toolkit/jsx-types generates from the committed manifest (`npm run docs:elements`)', async () => {
    expect(readFileSync(ELEMENT_PROPS_PATH, 'utf8')).toBe(await renderElementProps());
  });

  it('type every element in React 19 JSX and in Vue templates', () => {
    expect(tags.sort()).toEqual(['account-token-form', 'person-token-form']);
    const react = readFileSync('frameworks/react/jsx.ts', 'utf8');
    const vue = readFileSync('frameworks/vue/index.ts', 'utf8');
    for (const tag of tags) {
      expect(react).toContain(`'${tag}': ElementJsxProps<`);
      expect(vue).toContain(`'${tag}': DefineTokenFormElement<`);
    }
  });
});
