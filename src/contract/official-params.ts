/**
 * Reads the JSON Schemas generated from the official `stripe` package's request types (test-time only:
 * nothing here is bundled into the browser build).
 */
import v1Account from '../../emulator/schemas/v1-account-token.schema.json' with { type: 'json' };
import v1Person from '../../emulator/schemas/v1-person-token.schema.json' with { type: 'json' };
import v2Account from '../../emulator/schemas/v2-account-token.schema.json' with { type: 'json' };
import v2Person from '../../emulator/schemas/v2-person-token.schema.json' with { type: 'json' };
import type { ApiVersion, TokenKind } from '../fields/types';

export interface ParamSchema {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, ParamSchema>>;
  readonly items?: ParamSchema;
  readonly anyOf?: readonly ParamSchema[];
  readonly enum?: readonly string[];
  readonly const?: string;
  readonly format?: string;
  /** Stripe's length limit, in Unicode code points (generated from its OpenAPI spec). */
  readonly maxLength?: number;
}

const schemas: Record<`${ApiVersion}-${TokenKind}`, { root: string; schema: ParamSchema }> = {
  'v1-account': { root: 'account', schema: v1Account },
  'v1-person': { root: 'person', schema: v1Person },
  'v2-account': { root: '', schema: v2Account },
  'v2-person': { root: '', schema: v2Person },
};

export interface OfficialLeaf {
  /** Dotted path in the request body, array items as `[]` (`person.full_name_aliases[]`). */
  readonly path: string;
  readonly schema: ParamSchema;
}

function objectBranch(schema: ParamSchema): ParamSchema | undefined {
  if (schema.properties) return schema;
  return schema.anyOf?.find((branch) => branch.properties !== undefined);
}

/** Every leaf parameter of a token request, as the official types define it. */
export function officialLeaves(version: ApiVersion, token: TokenKind): OfficialLeaf[] {
  const { root, schema } = schemas[`${version}-${token}`];
  const leaves: OfficialLeaf[] = [];
  const walk = (node: ParamSchema, path: string): void => {
    const object = node.format === 'metadata' ? undefined : objectBranch(node);
    if (object?.properties) {
      for (const [key, child] of Object.entries(object.properties)) walk(child, path === '' ? key : `${path}.${key}`);
      return;
    }
    if (node.type === 'array' && node.items) {
      // A list's description (its files' purpose, for one) sits on the list, not on its items.
      walk({ description: node.description, ...node.items }, `${path}[]`);
      return;
    }
    leaves.push({ path, schema: node });
  };
  walk(schema, root);
  return leaves;
}
