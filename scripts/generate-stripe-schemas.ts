/**
 * Generates JSON Schemas for the four token requests from the official `stripe` package's TypeScript
 * request types. Those types are the contract: the emulator validates every request against these
 * schemas, and the field-schema coverage test enumerates their leaves.
 *
 * Stripe's length limits go into the same schemas (`maxLength`; metadata's key and value limits), and
 * the v1 ones into `src/fields/data/v1-max-lengths.ts`, which the field schema reads (`scripts/stripe-limits.ts`).
 *
 * Run with `npm run generate:schemas`; the output in `emulator/schemas/` and the table are committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';
import { applyLimits, leavesOf, maxLengthTable, v1MaxLengths } from './stripe-limits';

interface JsonSchema {
  type?: 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array';
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: string[];
  const?: string | boolean;
  anyOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  /** Stripe accepts `''` (and `null`) to unset an `Emptyable<T>` parameter. */
  'x-stripe-emptyable'?: boolean;
  maxLength?: number;
  maxProperties?: number;
  propertyNames?: { minLength: number; maxLength: number; pattern: string };
}

const require = createRequire(import.meta.url);
// The package's `exports` hide package.json, so walk up from its entry point.
const stripeEntry = require.resolve('stripe');
const stripeRoot = stripeEntry.slice(
  0,
  stripeEntry.lastIndexOf('/node_modules/stripe/') + '/node_modules/stripe'.length,
);
const stripeVersion = (JSON.parse(readFileSync(join(stripeRoot, 'package.json'), 'utf8')) as { version: string })
  .version;
const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../emulator/schemas');
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src/fields/data');
const maxLengthsFiles = {
  person: join(dataDir, 'v1-max-lengths.ts'),
  account: join(dataDir, 'v1-max-lengths.account.ts'),
} as const;

const sources = {
  tokens: join(stripeRoot, 'esm/resources/Tokens.d.ts'),
  accountTokens: join(stripeRoot, 'esm/resources/V2/Core/AccountTokens.d.ts'),
  personTokens: join(stripeRoot, 'esm/resources/V2/Core/Accounts/PersonTokens.d.ts'),
};

const program = ts.createProgram(Object.values(sources), {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();

/** Finds an exported interface by its qualified name (`TokenCreateParams.Account`, `V2.Core.AccountTokenCreateParams`). */
function findType(file: string, qualifiedName: string): ts.Type {
  const sourceFile = program.getSourceFile(file);
  if (!sourceFile) throw new Error(`stripe types not found: ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new Error(`no module symbol for ${file}`);
  const [head, ...rest] = qualifiedName.split('.');
  let symbol = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === head);
  for (const part of rest) {
    symbol = symbol?.exports?.get(part as ts.__String);
  }
  if (!symbol) throw new Error(`type ${qualifiedName} not found in ${file}`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

function describe(symbol: ts.Symbol): string | undefined {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  return text.length > 0 ? text : undefined;
}

function isDecimal(type: ts.Type): boolean {
  const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
  return name === 'Decimal' || name === 'DecimalImpl';
}

/** `OtherString` is `string & Record<never, never>`: an open enum's escape hatch, not a real value. */
function isOtherString(type: ts.Type): boolean {
  return type.isIntersection() && type.types.some((t) => (t.flags & ts.TypeFlags.String) !== 0);
}

function toSchema(type: ts.Type, path: string): JsonSchema {
  if (isDecimal(type)) {
    return { type: 'string', format: 'decimal', pattern: '^-?[0-9]+(\\.[0-9]+)?$' };
  }
  if (type.isUnion()) {
    let members = type.types.filter((t) => (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) === 0);
    const emptyable = members.some((t) => t.isStringLiteral() && t.value === '');
    members = members.filter((t) => !(t.isStringLiteral() && t.value === ''));
    // `boolean` is the union `true | false`.
    const booleans = members.filter((t) => (t.flags & ts.TypeFlags.BooleanLiteral) !== 0);
    const rest = members.filter((t) => (t.flags & ts.TypeFlags.BooleanLiteral) === 0);
    const parts: JsonSchema[] = [];
    if (booleans.length > 0) parts.push({ type: 'boolean' });
    const literals = rest.filter((t): t is ts.StringLiteralType => t.isStringLiteral());
    const others = rest.filter((t) => !t.isStringLiteral() && !isOtherString(t));
    if (literals.length > 0) parts.push({ type: 'string', enum: literals.map((t) => t.value) });
    for (const other of others) parts.push(toSchema(other, path));
    if (parts.length === 0) throw new Error(`empty union at ${path}`);
    const schema: JsonSchema = parts.length === 1 ? (parts[0] as JsonSchema) : { anyOf: parts };
    if (emptyable) schema['x-stripe-emptyable'] = true;
    return schema;
  }
  if (type.flags & ts.TypeFlags.String) return { type: 'string' };
  if (type.flags & ts.TypeFlags.Number) {
    // TypeScript has one `number`; Stripe takes a decimal only for v1 `percent_ownership`.
    return { type: path.endsWith('.percent_ownership') ? 'number' : 'integer' };
  }
  if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
  if (type.isStringLiteral()) return { type: 'string', const: type.value };
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference);
    if (!element) throw new Error(`array without element type at ${path}`);
    return { type: 'array', items: toSchema(element, `${path}[]`) };
  }
  const stringIndex = checker.getIndexInfoOfType(type, ts.IndexKind.String);
  if (stringIndex) {
    // `MetadataParam`: free-form string keys, string or number values.
    return { type: 'object', additionalProperties: { type: 'string' }, format: 'metadata' };
  }
  if (type.flags & ts.TypeFlags.Object) {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration) continue;
      const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      const schema = toSchema(propertyType, `${path}.${property.name}`);
      const description = describe(property);
      properties[property.name] = description ? { description, ...schema } : schema;
      if ((property.flags & ts.SymbolFlags.Optional) === 0) required.push(property.name);
    }
    const schema: JsonSchema = { type: 'object', properties, additionalProperties: false };
    if (required.length > 0) schema.required = required;
    return schema;
  }
  throw new Error(`unsupported type at ${path}: ${checker.typeToString(type)}`);
}

/** Number of leaf parameters: scalars, scalar arrays and metadata each count once. */
export function countLeaves(schema: JsonSchema): number {
  if (schema.anyOf) {
    const objectBranch = schema.anyOf.find((s) => s.type === 'object' && s.properties);
    return objectBranch ? countLeaves(objectBranch) : 1;
  }
  if (schema.type === 'object' && schema.properties) {
    return Object.values(schema.properties).reduce((sum, child) => sum + countLeaves(child), 0);
  }
  if (schema.type === 'array' && schema.items) return countLeaves(schema.items);
  return 1;
}

const requests = [
  {
    token: 'account',
    file: 'v1-account-token',
    source: sources.tokens,
    type: 'TokenCreateParams.Account',
    title: 'TokenCreateParams.Account',
  },
  {
    token: 'person',
    file: 'v1-person-token',
    source: sources.tokens,
    type: 'TokenCreateParams.Person',
    title: 'TokenCreateParams.Person',
  },
  {
    token: 'account',
    file: 'v2-account-token',
    source: sources.accountTokens,
    type: 'V2.Core.AccountTokenCreateParams',
    title: 'V2.Core.AccountTokenCreateParams',
  },
  {
    token: 'person',
    file: 'v2-person-token',
    source: sources.personTokens,
    type: 'V2.Core.Accounts.PersonTokenCreateParams',
    title: 'V2.Core.Accounts.PersonTokenCreateParams',
  },
] as const;

const schemas = requests.map((request) => ({
  request,
  schema: toSchema(findType(request.source, request.type), request.title),
}));

// v1 limits first: the field schema reads them, and v2 parameters take those of their v1 concepts.
const v1Limits = new Map(
  schemas
    .filter(({ request }) => request.file.startsWith('v1-'))
    .map(({ request, schema }) => [request.token, v1MaxLengths(schema, request.token)] as const),
);
const allV1Limits = new Map(
  [...v1Limits.values()].flatMap((limits) => [...limits]).sort(([a], [b]) => a.localeCompare(b)),
);
for (const [table, file] of Object.entries(maxLengthsFiles) as [keyof typeof maxLengthsFiles, string][]) {
  const text = maxLengthTable(allV1Limits, table);
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}

// Imported only now, so the field schema reads the tables just written (the account ones with its chunk).
const { mountFields } = await import('../src/fields/mount');
const { installAccountParts } = await import('../src/fields/account-parts');
installAccountParts();
/** The v2 limits, by request path: each mounted field's, read from its v1 concept. */
function v2Limits(token: 'account' | 'person'): Map<string, number> {
  const shapes = token === 'person' ? [undefined] : (['individual', 'company'] as const);
  const limits = new Map<string, number>();
  for (const businessType of shapes) {
    for (const field of mountFields({ token, version: 'v2', ...(businessType ? { businessType } : {}) })) {
      if (field.maxLength === undefined) continue;
      const path = field.name.replace(/\.\d+(?=\.|$)/g, '[]') + (field.spec.encoding === 'string-list' ? '[]' : '');
      limits.set(path, field.maxLength);
    }
  }
  return limits;
}

mkdirSync(outDir, { recursive: true });
for (const { request, schema } of schemas) {
  const v1 = request.file.startsWith('v1-');
  const root = v1 ? request.token : '';
  applyLimits(schema, root, (v1 ? v1Limits.get(request.token) : undefined) ?? v2Limits(request.token));
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: request.title,
    'x-stripe-package-version': stripeVersion,
    ...schema,
  };
  writeFileSync(join(outDir, `${request.file}.schema.json`), `${JSON.stringify(document, null, 2)}\n`);
  const limited = leavesOf(schema, root).filter(({ node }) =>
    [node, ...(node.anyOf ?? [])].some((branch) => branch.maxLength !== undefined),
  );
  console.log(`${request.file}: ${countLeaves(schema)} leaf parameters, ${limited.length} with a length limit`);
}
