// Lit's `html` and `css` templates are written indented for people to read. In the browser that
// indentation is text nodes that each render clones (a form has hundreds) and bytes that each page
// downloads. This build step removes the formatting of the elements' own templates and leaves what
// renders: a line break in text becomes a space, and goes entirely beside a block element or at the
// edge of a template; inside a tag it stays one space between attributes.
import ts from 'typescript';

const BLOCK_TAGS = new Set([
  'div',
  'p',
  'fieldset',
  'legend',
  'form',
  'ul',
  'ol',
  'li',
  'section',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'style',
  'template',
]);

/** A template's literal text between its bindings, and the state an HTML reader is in at its start. */
interface HtmlReader {
  inTag: boolean;
  quote: '"' | "'" | null;
}

function blockTagAt(text: string, index: number): boolean {
  const name = /^<\/?([a-z][a-z0-9-]*)/iu.exec(text.slice(index))?.[1];
  return name !== undefined && BLOCK_TAGS.has(name.toLowerCase());
}

/** The name of the tag a `>` at `index` closes, if it is a block element's. */
function blockTagEndingAt(text: string, index: number): boolean {
  const open = text.lastIndexOf('<', index);
  return open !== -1 && blockTagAt(text, open);
}

const WHITESPACE = /\s+/uy;

/**
 * One literal part of an `html` template, without its formatting. `first`/`last` say whether it starts
 * or ends the template (rather than sitting beside a binding).
 */
function minifyHtmlPart(part: string, reader: HtmlReader, first: boolean, last: boolean): string {
  let out = '';
  let index = 0;
  while (index < part.length) {
    const char = part[index] ?? '';
    WHITESPACE.lastIndex = index;
    const run = WHITESPACE.exec(part)?.[0];
    if (reader.inTag && reader.quote !== null) {
      if (char === reader.quote) reader.quote = null;
    } else if (reader.inTag && run !== undefined) {
      // Attributes stay one space apart; a line break before `>` goes.
      out += part[index + run.length] === '>' ? '' : ' ';
      index += run.length;
      continue;
    } else if (reader.inTag) {
      if (char === '"' || char === "'") reader.quote = char;
      else if (char === '>') reader.inTag = false;
    } else if (char === '<' && /^<[a-z/!]/iu.test(part.slice(index, index + 2))) {
      reader.inTag = true;
    } else if (run?.includes('\n') === true) {
      const end = index + run.length;
      const formatting =
        (index === 0 && first) ||
        (end === part.length && last) ||
        (part[index - 1] === '>' && blockTagEndingAt(part, index - 1)) ||
        (part[end] === '<' && blockTagAt(part, end));
      out += formatting ? '' : ' ';
      index = end;
      continue;
    }
    out += char;
    index += 1;
  }
  return out;
}

/** One literal part of a `css` template: comments gone, whitespace collapsed, none around punctuation. */
function minifyCssPart(part: string, first: boolean, last: boolean): string {
  const collapsed = part
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/ ?([{};]) ?/gu, '$1')
    .replace(/;\}/gu, '}');
  const trimmed = first ? collapsed.trimStart() : collapsed;
  return last ? trimmed.trimEnd() : trimmed;
}

/** A literal part of a template, `[start, end)` in the source, and what it becomes. */
export interface TemplateEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type TemplateKind = 'html' | 'css';

const kindOf = (tag: ts.Expression): TemplateKind | null =>
  ts.isIdentifier(tag) && (tag.text === 'html' || tag.text === 'css') ? tag.text : null;

/** The source ranges of a template's literal parts, between its backticks and bindings, in order. */
function literalRanges(template: ts.TemplateLiteral, file: ts.SourceFile): [number, number][] {
  // `…` alone; else `…${ then }…${ and }…`: the delimiters are not part of the text.
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(file) + 1, template.end - 1]];
  return [
    [template.head.getStart(file) + 1, template.head.end - 2],
    ...template.templateSpans.map(({ literal }): [number, number] => [
      literal.getStart(file) + 1,
      literal.end - (ts.isTemplateTail(literal) ? 1 : 2),
    ]),
  ];
}

function editsOf(template: ts.TemplateLiteral, kind: TemplateKind, file: ts.SourceFile): TemplateEdit[] {
  const code = file.text;
  const reader: HtmlReader = { inTag: false, quote: null };
  const ranges = literalRanges(template, file);
  return ranges.flatMap(([start, end], index) => {
    const part = code.slice(start, end);
    const first = index === 0;
    const last = index === ranges.length - 1;
    const text = kind === 'css' ? minifyCssPart(part, first, last) : minifyHtmlPart(part, reader, first, last);
    return text === part ? [] : [{ start, end, text }];
  });
}

/** The edits that take the formatting out of the literal text of each `html` and `css` tagged template in `code`. */
export function templateEdits(code: string, fileName = 'module.ts'): TemplateEdit[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: TemplateEdit[] = [];
  const visit = (node: ts.Node): void => {
    const kind = ts.isTaggedTemplateExpression(node) ? kindOf(node.tag) : null;
    if (kind !== null && ts.isTaggedTemplateExpression(node)) edits.push(...editsOf(node.template, kind, file));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits.sort((a, b) => a.start - b.start);
}

/** `code` with its templates' formatting taken out. */
export function minifyTemplates(code: string): string {
  let out = '';
  let index = 0;
  for (const edit of templateEdits(code)) {
    out += code.slice(index, edit.start) + edit.text;
    index = edit.end;
  }
  return out + code.slice(index);
}
