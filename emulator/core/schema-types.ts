// The subset of JSON Schema that `scripts/generate-stripe-schemas.ts` emits for Stripe's request types.
import v1AccountSchema from '../schemas/v1-account-token.schema.json' with { type: 'json' };
import v1PersonSchema from '../schemas/v1-person-token.schema.json' with { type: 'json' };
import v2AccountSchema from '../schemas/v2-account-token.schema.json' with { type: 'json' };
import v2PersonSchema from '../schemas/v2-person-token.schema.json' with { type: 'json' };

export type SchemaType = 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array';
export type SchemaLiteral = string | number | boolean;

export interface JsonSchema {
  type?: SchemaType;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: readonly SchemaLiteral[];
  const?: SchemaLiteral;
  anyOf?: readonly JsonSchema[];
  format?: string;
  pattern?: string;
  /** In Unicode code points, as JSON Schema and Stripe count. */
  maxLength?: number;
  maxProperties?: number;
  /** What every key of an object must be (metadata keys). */
  propertyNames?: { minLength?: number; maxLength?: number; pattern?: string };
  'x-stripe-emptyable'?: boolean;
}

// The generated files are plain JSON; their inferred literal types are wider than needed, so they are read as JsonSchema.
export const tokenSchemas = {
  v1Account: v1AccountSchema as JsonSchema,
  v1Person: v1PersonSchema as JsonSchema,
  v2Account: v2AccountSchema as JsonSchema,
  v2Person: v2PersonSchema as JsonSchema,
} as const;
