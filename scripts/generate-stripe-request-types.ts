/**
 * Copies the four token requests' types out of the official `stripe` package into
 * `src/client/stripe-request-types.ts`, so the published declarations type every parameter without
 * `stripe` installed (it is a dev dependency; a consumer importing it would get TS2307).
 *
 * The declarations are copied as the SDK writes them, doc comments included, with the namespaces they
 * sit in (`TokenCreateParams.Account.Individual`), starting from the four request types and following
 * every type they name. One type is replaced: the SDK's `Decimal` class, which a browser cannot build,
 * becomes the decimal's text or anything whose JSON form is that text (the SDK's `Decimal` included).
 *
 * Run with `npm run generate:types`; a test fails when the committed file is not what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const STRIPE_REQUEST_TYPES_PATH = join(root, 'src/client/stripe-request-types.ts');

const require = createRequire(import.meta.url);
// The package's `exports` hide package.json, so walk up from its entry point.
const stripeEntry = require.resolve('stripe');
const stripeRoot = stripeEntry.slice(
  0,
  stripeEntry.lastIndexOf('/node_modules/stripe/') + '/node_modules/stripe'.length,
);

/** The request types the API takes, by the file that declares each. */
const ROOTS = [
  { file: 'esm/resources/Tokens.d.ts', name: 'TokenCreateParams.Account' },
  { file: 'esm/resources/Tokens.d.ts', name: 'TokenCreateParams.Person' },
  { file: 'esm/resources/V2/Core/AccountTokens.d.ts', name: 'V2.Core.AccountTokenCreateParams' },
  { file: 'esm/resources/V2/Core/Accounts/PersonTokens.d.ts', name: 'V2.Core.Accounts.PersonTokenCreateParams' },
] as const;

const DECIMAL = `/**
 * A decimal as Stripe reads it: its text (\`'25.5'\`), or any value whose JSON form is that text, such as
 * the SDK's \`Stripe.Decimal\` (replaced here: the SDK's class cannot be built in a browser without it).
 */
export type Decimal = string | { toJSON(): string };`;

type Copied = ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

interface NamespaceNode {
  readonly members: Map<string, NamespaceNode>;
  readonly declarations: Copied[];
}

function newNamespace(): NamespaceNode {
  return { members: new Map(), declarations: [] };
}

function findSymbol(checker: ts.TypeChecker, sourceFile: ts.SourceFile, qualifiedName: string): ts.Symbol {
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  const [head, ...rest] = qualifiedName.split('.');
  let symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((candidate) => candidate.name === head);
  for (const part of rest) symbol = symbol?.exports?.get(part as ts.__String);
  if (!symbol) throw new Error(`stripe: ${qualifiedName} not found in ${sourceFile.fileName}`);
  return symbol;
}

/** The namespaces a declaration sits in, outermost first (`['V2', 'Core']`). */
function namespacePath(declaration: ts.Node): string[] {
  const path: string[] = [];
  for (let node = declaration.parent; !ts.isSourceFile(node); node = node.parent) {
    if (ts.isModuleDeclaration(node)) path.unshift(node.name.text);
  }
  return path;
}

function isCopied(node: ts.Node): node is Copied {
  return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
}

function isDecimal(declaration: ts.Declaration): boolean {
  return declaration.getSourceFile().fileName.endsWith('/Decimal.d.ts');
}

/** Every interface and type alias the roots name, directly or through each other. */
function collect(program: ts.Program): { declarations: Copied[]; usesDecimal: boolean } {
  const checker = program.getTypeChecker();
  const seen = new Set<ts.Symbol>();
  const declarations: Copied[] = [];
  let usesDecimal = false;
  const queue: ts.Symbol[] = ROOTS.map(({ file, name }) => {
    const sourceFile = program.getSourceFile(join(stripeRoot, file));
    if (!sourceFile) throw new Error(`stripe: ${file} not found`);
    return findSymbol(checker, sourceFile, name);
  });
  const visitReferences = (node: ts.Node): void => {
    const name = ts.isTypeReferenceNode(node)
      ? node.typeName
      : ts.isExpressionWithTypeArguments(node)
        ? node.expression
        : undefined;
    if (name) {
      let symbol = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (symbol && !seen.has(symbol)) queue.push(symbol);
    }
    ts.forEachChild(node, visitReferences);
  };
  for (let symbol = queue.shift(); symbol; symbol = queue.shift()) {
    if (seen.has(symbol)) continue;
    seen.add(symbol);
    for (const declaration of symbol.declarations ?? []) {
      if (!declaration.getSourceFile().fileName.startsWith(stripeRoot)) continue;
      if (isDecimal(declaration)) {
        usesDecimal = true;
        continue;
      }
      if (ts.isTypeParameterDeclaration(declaration) || ts.isModuleDeclaration(declaration)) continue;
      if (!isCopied(declaration)) {
        throw new Error(`stripe: ${symbol.name} is a ${ts.SyntaxKind[declaration.kind]}, which is not copied`);
      }
      declarations.push(declaration);
      visitReferences(declaration);
    }
  }
  return { declarations, usesDecimal };
}

/** Declarations in the order the SDK's files give them, so the output reads like the SDK. */
function bySourceOrder(a: Copied, b: Copied): number {
  const fileA = a.getSourceFile().fileName;
  const fileB = b.getSourceFile().fileName;
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;
  return a.pos - b.pos;
}

function declarationText(declaration: Copied, topLevel: boolean): string {
  const sourceFile = declaration.getSourceFile();
  const text = sourceFile.text.slice(declaration.getFullStart(), declaration.getEnd()).trim();
  // Top-level declarations are exported from the SDK's modules and stay exported here.
  return topLevel || !/^(?:\/\*\*[\s\S]*?\*\/\s*)?export\s/.test(text) ? text : text.replace(/\bexport\s+/, '');
}

function render(node: NamespaceNode, topLevel: boolean): string {
  const parts = node.declarations.map((declaration) => declarationText(declaration, topLevel));
  for (const [name, member] of node.members) {
    const body = render(member, false);
    parts.push(topLevel ? `export declare namespace ${name} {\n${body}\n}` : `namespace ${name} {\n${body}\n}`);
  }
  return parts.join('\n');
}

function stripeVersion(): string {
  return (JSON.parse(readFileSync(join(stripeRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The file's text, formatted as the project formats it. */
export async function renderStripeRequestTypes(): Promise<string> {
  const program = ts.createProgram(
    ROOTS.map(({ file }) => join(stripeRoot, file)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const { declarations, usesDecimal } = collect(program);
  const tree = newNamespace();
  const origins = new Map<string, string>();
  for (const declaration of declarations.sort(bySourceOrder)) {
    const path = namespacePath(declaration);
    const [top = declaration.name.text] = path;
    // Two SDK modules may each declare a name; merged into one file they must mean one thing.
    const origin = declaration.getSourceFile().fileName;
    if (path.length === 0 && origins.has(top) && origins.get(top) !== origin) {
      throw new Error(`stripe: ${top} is declared in two modules`);
    }
    origins.set(top, origin);
    let node = tree;
    for (const name of path) {
      const member = node.members.get(name) ?? newNamespace();
      node.members.set(name, member);
      node = member;
    }
    node.declarations.push(declaration);
  }
  const header = `/* eslint-disable @typescript-eslint/no-namespace -- the SDK's own namespaces, kept for its names */
/**
 * The token requests' types, copied from the official \`stripe\` package ${stripeVersion()} by
 * \`npm run generate:types\`; do not edit. The package ships these instead of importing \`stripe\`, a dev
 * dependency, so every parameter stays typed without the SDK installed.
 */`;
  const text = [header, usesDecimal ? DECIMAL : '', render(tree, true)].filter(Boolean).join('\n\n');
  const options = (await resolveConfig(STRIPE_REQUEST_TYPES_PATH)) ?? {};
  return format(text, { ...options, filepath: STRIPE_REQUEST_TYPES_PATH });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(STRIPE_REQUEST_TYPES_PATH, await renderStripeRequestTypes());
  console.log(`wrote ${relative(root, STRIPE_REQUEST_TYPES_PATH)}`);
}
