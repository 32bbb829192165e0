// Checks a decoded request body against a generated schema the way Stripe does, and returns the
// value with types applied (form-encoded v1 values arrive as text) plus every problem found, in body order.
import type { JsonSchema, SchemaLiteral, SchemaType } from './schema-types';
import { isJsonObject, type JsonObject, type JsonValue } from './json';

export type PathSegment = string | number;

export type SchemaIssue =
  | { kind: 'unknown'; path: PathSegment[] }
  | { kind: 'missing'; path: PathSegment[] }
  | { kind: 'empty'; path: PathSegment[] }
  | { kind: 'invalid_type'; path: PathSegment[]; expected: SchemaType; received: unknown }
  | { kind: 'invalid_enum'; path: PathSegment[]; allowed: readonly SchemaLiteral[]; received: unknown }
  | { kind: 'invalid_format'; path: PathSegment[]; format: string; received: unknown }
  /** A string longer than the schema's `maxLength`; lengths in Unicode code points. */
  | { kind: 'too_long'; path: PathSegment[]; maxLength: number; length: number }
  | { kind: 'too_many_properties'; path: PathSegment[]; maxProperties: number; count: number }
  /** A key that breaks the schema's `propertyNames` (a metadata key too long, empty or with brackets). */
  | { kind: 'invalid_key'; path: PathSegment[]; key: string; maxLength: number | undefined };

/** `form`: v1 bodies decoded by qs, every leaf a string. `json`: v2 bodies, JSON types taken as they are. */
export type BodyEncoding = 'form' | 'json';

export interface SchemaCheck {
  value: JsonValue | undefined;
  issues: SchemaIssue[];
}

const INTEGER_TEXT = /^-?\d+$/;
const DECIMAL_TEXT = /^-?(\d+(\.\d*)?|\.\d+)$/;

export function checkAgainstSchema(input: unknown, schema: JsonSchema, encoding: BodyEncoding): SchemaCheck {
  const issues: SchemaIssue[] = [];
  const value = walk(input, schema, [], encoding, issues);
  return { value, issues };
}

function walk(
  value: unknown,
  schema: JsonSchema,
  path: PathSegment[],
  encoding: BodyEncoding,
  issues: SchemaIssue[],
): JsonValue | undefined {
  if (schema.anyOf !== undefined) return walkAnyOf(value, schema.anyOf, path, encoding, issues);
  // In form bodies an empty string means "unset", which only some parameters allow.
  if (encoding === 'form' && value === '') {
    if (schema['x-stripe-emptyable'] === true) return '';
    issues.push({ kind: 'empty', path });
    return undefined;
  }
  switch (schema.type) {
    case 'object':
      return walkObject(value, schema, path, encoding, issues);
    case 'array':
      return walkArray(value, schema, path, encoding, issues);
    case 'string':
      return walkString(value, schema, path, issues);
    case 'integer':
    case 'number':
      return walkNumber(value, schema.type, path, encoding, issues);
    case 'boolean':
      return walkBoolean(value, path, encoding, issues);
    case undefined:
      return isJsonValue(value) ? value : undefined;
  }
}

function walkAnyOf(
  value: unknown,
  options: readonly JsonSchema[],
  path: PathSegment[],
  encoding: BodyEncoding,
  issues: SchemaIssue[],
): JsonValue | undefined {
  let fewest: SchemaCheck | undefined;
  for (const option of options) {
    const attempt: SchemaIssue[] = [];
    const result = walk(value, option, path, encoding, attempt);
    if (attempt.length === 0) return result;
    if (fewest === undefined || attempt.length < fewest.issues.length) fewest = { value: result, issues: attempt };
  }
  issues.push(...(fewest?.issues ?? []));
  return undefined;
}

function walkObject(
  value: unknown,
  schema: JsonSchema,
  path: PathSegment[],
  encoding: BodyEncoding,
  issues: SchemaIssue[],
): JsonValue | undefined {
  if (!isJsonObject(value)) {
    issues.push({ kind: 'invalid_type', path, expected: 'object', received: value });
    return undefined;
  }
  const isMetadata = schema.format === 'metadata';
  const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  const out: JsonObject = {};
  const entries = Object.entries(value);
  if (schema.maxProperties !== undefined && entries.length > schema.maxProperties) {
    issues.push({ kind: 'too_many_properties', path, maxProperties: schema.maxProperties, count: entries.length });
  }
  for (const [key, child] of entries) {
    const childPath = [...path, key];
    if (schema.propertyNames !== undefined && !nameFits(key, schema.propertyNames)) {
      issues.push({ kind: 'invalid_key', path: childPath, key, maxLength: schema.propertyNames.maxLength });
      continue;
    }
    const known =
      schema.properties !== undefined && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    const childSchema = known ?? extra;
    if (childSchema === undefined) {
      issues.push({ kind: 'unknown', path: childPath });
      continue;
    }
    // Metadata values may be '' in form bodies: that removes one key.
    const result =
      isMetadata && encoding === 'form' && child === '' ? '' : walk(child, childSchema, childPath, encoding, issues);
    if (result !== undefined) out[key] = result;
  }
  for (const key of schema.required ?? []) {
    if (!Object.hasOwn(value, key)) issues.push({ kind: 'missing', path: [...path, key] });
  }
  return out;
}

const codePoints = (text: string): number => [...text].length;

function nameFits(key: string, names: NonNullable<JsonSchema['propertyNames']>): boolean {
  const length = codePoints(key);
  if (names.minLength !== undefined && length < names.minLength) return false;
  if (names.maxLength !== undefined && length > names.maxLength) return false;
  return names.pattern === undefined || new RegExp(names.pattern, 'u').test(key);
}

/** qs turns indexes above its array limit into object keys; Stripe reads `a[25]=x` as an array all the same. */
function asArray(value: unknown, encoding: BodyEncoding): unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (encoding !== 'form' || !isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => /^\d+$/.test(key))) return undefined;
  return keys.sort((a, b) => Number(a) - Number(b)).map((key) => value[key]);
}

function walkArray(
  value: unknown,
  schema: JsonSchema,
  path: PathSegment[],
  encoding: BodyEncoding,
  issues: SchemaIssue[],
): JsonValue | undefined {
  const items = asArray(value, encoding);
  if (items === undefined) {
    issues.push({ kind: 'invalid_type', path, expected: 'array', received: value });
    return undefined;
  }
  const out: JsonValue[] = [];
  items.forEach((item, index) => {
    const result =
      schema.items === undefined
        ? isJsonValue(item)
          ? item
          : undefined
        : walk(item, schema.items, [...path, index], encoding, issues);
    if (result !== undefined) out.push(result);
  });
  return out;
}

function walkString(
  value: unknown,
  schema: JsonSchema,
  path: PathSegment[],
  issues: SchemaIssue[],
): JsonValue | undefined {
  if (typeof value !== 'string') {
    issues.push({ kind: 'invalid_type', path, expected: 'string', received: value });
    return undefined;
  }
  const allowed = schema.enum ?? (schema.const === undefined ? undefined : [schema.const]);
  if (allowed !== undefined && !allowed.includes(value)) {
    issues.push({ kind: 'invalid_enum', path, allowed, received: value });
    return undefined;
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) {
    issues.push({ kind: 'invalid_format', path, format: schema.format ?? 'pattern', received: value });
    return undefined;
  }
  if (schema.maxLength !== undefined && codePoints(value) > schema.maxLength) {
    issues.push({ kind: 'too_long', path, maxLength: schema.maxLength, length: codePoints(value) });
    return undefined;
  }
  return value;
}

function walkNumber(
  value: unknown,
  type: 'integer' | 'number',
  path: PathSegment[],
  encoding: BodyEncoding,
  issues: SchemaIssue[],
): JsonValue | undefined {
  let parsed: number | undefined;
  if (encoding === 'form' && typeof value === 'string') {
    const pattern = type === 'integer' ? INTEGER_TEXT : DECIMAL_TEXT;
    if (pattern.test(value)) parsed = Number(value);
  } else if (encoding === 'json' && typeof value === 'number' && Number.isFinite(value)) {
    if (type === 'number' || Number.isInteger(value)) parsed = value;
  }
  if (parsed === undefined || !Number.isFinite(parsed)) {
    issues.push({ kind: 'invalid_type', path, expected: type, received: value });
    return undefined;
  }
  return parsed;
}

function walkBoolean(
  value: unknown,
  path: PathSegment[],
  encoding: BodyEncoding,
  issues: SchemaIssue[],
): JsonValue | undefined {
  if (encoding === 'json' && typeof value === 'boolean') return value;
  if (encoding === 'form' && (value === 'true' || value === 'false')) return value === 'true';
  issues.push({ kind: 'invalid_type', path, expected: 'boolean', received: value });
  return undefined;
}

function isJsonValue(value: unknown): value is JsonValue {
  return value === null || ['string', 'number', 'boolean', 'object'].includes(typeof value);
}
