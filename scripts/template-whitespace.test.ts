import { describe, expect, it } from 'vitest';
import { minifyTemplates } from './template-whitespace';

// The templates are built from strings here so that the test file itself is not rewritten.
const tag = (kind: string, text: string): string => `${kind}\`${text}\``;

describe('the templates without their formatting', () => {
  it('drops the indentation between block elements and at the edges of a template', () => {
    const source = `const view = ${tag('html', '\n  <div class="field">\n    <p>Hello</p>\n  </div>\n')};`;
    expect(minifyTemplates(source)).toBe(`const view = ${tag('html', '<div class="field"><p>Hello</p></div>')};`);
  });

  it('keeps one space where a line break separates inline content, so words stay apart', () => {
    const source = tag('html', '<label>\n  ${label}\n  <span class="optional">(optional)</span>\n</label>');
    expect(minifyTemplates(source)).toBe(
      tag('html', '<label> ${label} <span class="optional">(optional)</span> </label>'),
    );
  });

  it('keeps attributes apart and what is inside quotes as written', () => {
    const source = tag('html', '<input\n  id=${id}\n  title="two\n  lines"\n  ?disabled=${off}\n/>');
    expect(minifyTemplates(source)).toBe(tag('html', '<input id=${id} title="two\n  lines" ?disabled=${off} />'));
  });

  it('leaves spaces on one line alone', () => {
    const source = tag('html', '<span>${a} and ${b}</span>  <b>x</b>');
    expect(minifyTemplates(source)).toBe(source);
  });

  it('reads templates nested in bindings, and leaves untagged templates and comments alone', () => {
    const nested = tag(
      'html',
      '\n  <div>\n    ${ok ? ' + tag('html', '\n      <p>Yes</p>\n    ') + ' : `\n  no\n`}\n  </div>\n',
    );
    const source = `/* see dist/index.html\`\n  x\n\` */\nconst view = ${nested};`;
    expect(minifyTemplates(source)).toBe(
      `/* see dist/index.html\`\n  x\n\` */\nconst view = ${tag('html', '<div>${ok ? ' + tag('html', '<p>Yes</p>') + ' : `\n  no\n`}</div>')};`,
    );
  });

  it('collapses a stylesheet: no comments, one space at most, none around braces and semicolons', () => {
    const source = tag(
      'css',
      '\n  /* the frame */\n  :host {\n    display: block;\n  }\n  .a .b:hover,\n  .c {\n    margin: 0 auto;\n  }\n',
    );
    expect(minifyTemplates(source)).toBe(tag('css', ':host{display: block}.a .b:hover, .c{margin: 0 auto}'));
  });
});
