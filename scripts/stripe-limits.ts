/**
 * Stripe's length limits, for the generated request schemas and the field schema. The v1 limits are the
 * OpenAPI `maxLength`s in `src/fields/data/stripe-v1-token-constraints.json` (a committed copy of the
 * reference file); metadata limits are those of Stripe's metadata guide, which the spec does not carry.
 */
import constraints from '../src/fields/data/stripe-v1-token-constraints.json' with { type: 'json' };
import { METADATA_LIMITS } from '../src/validation/metadata';

/** The parts of a JSON Schema node these limits read and write. */
export interface LimitedSchema {
  type?: string;
  properties?: Record<string, LimitedSchema>;
  items?: LimitedSchema;
  anyOf?: LimitedSchema[];
  additionalProperties?: boolean | LimitedSchema;
  format?: string;
  maxLength?: number;
  maxProperties?: number;
  propertyNames?: { minLength: number; maxLength: number; pattern: string };
}

interface Constraint {
  readonly type?: string;
  readonly maxLength?: number;
}

type Token = 'account' | 'person';

/**
 * v1 parameters newer than the spec the constraints come from (present in the `stripe` package's
 * types), and the parameter of the same meaning whose limits they take, by path prefix.
 */
const NEWER_THAN_THE_SPEC: Readonly<Record<string, string>> = {
  'account.company.physical_address.': 'account.company.address.',
};

/** The v1 constraint of a leaf (`account.individual.first_name`), through the same concept for newer leaves. */
function constraintOf(path: string): Constraint | undefined {
  const newer = Object.entries(NEWER_THAN_THE_SPEC).find(([prefix]) => path.startsWith(prefix));
  const known = newer ? newer[1] + path.slice(newer[0].length) : path;
  const token = known.slice(0, known.indexOf('.')) as Token;
  const leaves = constraints[token] as Readonly<Record<string, Constraint>> | undefined;
  return leaves?.[known.slice(token.length + 1)];
}

/** Every leaf of a schema with its dotted path (`[]` for array items); metadata objects count as leaves. */
export function leavesOf(schema: LimitedSchema, root: string): { path: string; node: LimitedSchema }[] {
  const leaves: { path: string; node: LimitedSchema }[] = [];
  const walk = (node: LimitedSchema, path: string): void => {
    const object = node.properties ? node : node.anyOf?.find((branch) => branch.properties);
    if (node.format !== 'metadata' && object?.properties) {
      for (const [key, child] of Object.entries(object.properties)) walk(child, path === '' ? key : `${path}.${key}`);
      return;
    }
    const array = node.type === 'array' ? node : node.anyOf?.find((branch) => branch.type === 'array');
    if (array?.items) {
      walk(array.items, `${path}[]`);
      return;
    }
    leaves.push({ path, node });
  };
  walk(schema, root);
  return leaves;
}

/** The string branches of a leaf: the leaf itself, or its `anyOf` string options. */
const stringsOf = (node: LimitedSchema): LimitedSchema[] =>
  node.type === 'string' ? [node] : (node.anyOf ?? []).filter((branch) => branch.type === 'string');

/**
 * The v1 length limit of every string leaf of a v1 token schema that has one, by request path. Fails
 * when a leaf has no constraint (a parameter newer than the spec needs a concept in `NEWER_THAN_THE_SPEC`).
 */
export function v1MaxLengths(schema: LimitedSchema, token: Token): Map<string, number> {
  const limits = new Map<string, number>();
  for (const { path } of leavesOf(schema, token)) {
    const constraint = constraintOf(path);
    if (constraint === undefined) throw new Error(`${path}: no constraint; name the v1 parameter of the same meaning`);
    if (constraint.maxLength !== undefined) limits.set(path, constraint.maxLength);
  }
  return limits;
}

/** Writes the limits into a schema: `maxLength` on string leaves by path, Stripe's metadata limits on metadata. */
export function applyLimits(schema: LimitedSchema, root: string, maxLengths: ReadonlyMap<string, number>): void {
  const unplaced = new Set(maxLengths.keys());
  for (const { path, node } of leavesOf(schema, root)) {
    unplaced.delete(path);
    if (node.format === 'metadata') {
      node.maxProperties = METADATA_LIMITS.maxKeys;
      node.propertyNames = { minLength: 1, maxLength: METADATA_LIMITS.maxKeyLength, pattern: '^[^\\[\\]]*$' };
      node.additionalProperties = { type: 'string', maxLength: METADATA_LIMITS.maxValueLength };
      continue;
    }
    const maxLength = maxLengths.get(path);
    if (maxLength === undefined) continue;
    const strings = stringsOf(node);
    if (strings.length === 0) throw new Error(`${path}: a length limit for a parameter that takes no string`);
    for (const branch of strings) branch.maxLength = maxLength;
  }
  if (unplaced.size > 0) throw new Error(`length limits for parameters the schema lacks: ${[...unplaced].join(', ')}`);
}

/** Which generated table a v1 path's limit goes in: a person token's, or an account token's (the account chunk's). */
export type MaxLengthTable = 'person' | 'account';

/** The generated tables the field schema reads (`src/fields/data/v1-max-lengths.ts`, `v1-max-lengths.account.ts`). */
export function maxLengthTable(limits: ReadonlyMap<string, number>, table: MaxLengthTable = 'person'): string {
  const entries = [...limits]
    .filter(([path]) => path.startsWith(`${table}.`))
    .map(([path, maxLength]) => `  '${path}': ${maxLength},`)
    .join('\n');
  const name = table === 'person' ? 'V1_MAX_LENGTHS' : 'V1_ACCOUNT_MAX_LENGTHS';
  const scope =
    table === 'person'
      ? "a person token (`person.…`); an account token's are in `v1-max-lengths.account.ts`, loaded with the account chunk"
      : "an account token (`account.…`), loaded with the account chunk; a person token's are in `v1-max-lengths.ts`";
  return `// Generated by \`npm run generate:schemas\` (scripts/generate-stripe-schemas.ts) from
// stripe-v1-token-constraints.json beside this file. Do not edit.

/**
 * The most characters (Unicode code points) Stripe takes in each string parameter of \`POST /v1/tokens\`
 * that has a limit, by v1 request path (list items as \`[]\`): Stripe's OpenAPI \`maxLength\`. Strings the
 * spec leaves unbounded (\`email\`, \`phone\`, \`ssn_last_4\`) and enums are absent. This table: ${scope}.
 *
 * v2: Stripe's v2 spec is not public, so a v2 parameter takes the limit of the v1 parameter of the same
 * meaning: the field spec's \`v1\` path, else its \`v1Concept\` (\`src/fields/mount.ts\`). The generated v2
 * request schemas carry the same limits.
 */
export const ${name}: Readonly<Record<string, number>> = {
${entries}
};
`;
}
