// Turns schema issues into Stripe's error shapes: v1 reports the first problem with `param` in
// bracket form; v2 reports every problem in `invalid_fields` with dotted paths.
import type { PathSegment, SchemaIssue } from './schema-walker';
import type { V1ErrorDetails, V2InvalidField, V2InvalidFieldCode } from './responses';

/** `account[individual][full_name_aliases][0]`; with no root, `key[0]` style without a prefix. */
export function bracketPath(root: string, path: readonly PathSegment[]): string {
  return root + path.map((segment) => `[${segment}]`).join('');
}

/** `identity.individual.id_numbers[0].type` */
export function dottedPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}

function describeJsonReceived(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  return JSON.stringify(value) ?? String(value);
}

function describeReceived(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** The start of a long value, as Stripe quotes one it refuses for its length. */
function opening(value: unknown): string {
  const text = describeReceived(value);
  const points = [...text];
  return points.length > 40 ? `${points.slice(0, 40).join('')}…` : text;
}

function listChoices(values: readonly unknown[]): string {
  const texts = values.map(String);
  if (texts.length <= 1) return texts.join('');
  return `${texts.slice(0, -1).join(', ')}, or ${texts.at(-1) ?? ''}`;
}

const V1_TYPE_CODES: Record<string, string> = {
  integer: 'parameter_invalid_integer',
  number: 'parameter_invalid_decimal',
  boolean: 'parameter_invalid_boolean',
  string: 'parameter_invalid_string',
  object: 'parameter_invalid_object',
  array: 'parameter_invalid_array',
};

const V1_TYPE_WORDS: Record<string, string> = {
  integer: 'integer',
  number: 'decimal',
  boolean: 'boolean',
  string: 'string',
  object: 'object',
  array: 'array',
};

export function v1ErrorForIssue(issue: SchemaIssue, root: string): V1ErrorDetails {
  const param = bracketPath(root, issue.path);
  switch (issue.kind) {
    case 'unknown':
      return { code: 'parameter_unknown', param, message: `Received unknown parameter: ${param}` };
    case 'missing':
      return { code: 'parameter_missing', param, message: `Missing required param: ${param}.` };
    case 'empty':
      return {
        code: 'parameter_invalid_empty',
        param,
        message: `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
      };
    case 'invalid_type':
      return {
        code: V1_TYPE_CODES[issue.expected] ?? 'parameter_invalid',
        param,
        message: `Invalid ${V1_TYPE_WORDS[issue.expected] ?? issue.expected}: ${describeReceived(issue.received)} (for ${param})`,
      };
    case 'invalid_enum':
      return {
        code: 'parameter_invalid_enum',
        param,
        message: `Invalid ${param}: must be one of ${listChoices(issue.allowed)}`,
      };
    case 'invalid_format':
      return {
        code: `parameter_invalid_${issue.format}`,
        param,
        message: `Invalid ${issue.format}: ${describeReceived(issue.received)} (for ${param})`,
      };
    case 'too_long':
      return {
        code: 'parameter_invalid_string',
        param,
        message: `Invalid string: must be at most ${issue.maxLength} characters, received ${issue.length} (for ${param})`,
      };
    case 'too_many_properties':
      return {
        code: 'parameter_invalid_object',
        param,
        message: `Invalid ${param}: at most ${issue.maxProperties} keys are allowed, received ${issue.count}`,
      };
    case 'invalid_key':
      return {
        code: 'parameter_invalid_string',
        param,
        message: `Invalid key: ${opening(issue.key)} must be a string of 1 to ${issue.maxLength ?? '∞'} characters without [ or ] (for ${param})`,
      };
  }
}

const V2_FIELD_CODES: Record<SchemaIssue['kind'], V2InvalidFieldCode> = {
  unknown: 'unknown',
  missing: 'missing',
  empty: 'invalid_value',
  invalid_type: 'invalid_type',
  invalid_enum: 'invalid_value',
  invalid_format: 'invalid_value',
  too_long: 'invalid_value',
  too_many_properties: 'invalid_value',
  invalid_key: 'invalid_value',
};

export function v2FieldForIssue(issue: SchemaIssue): V2InvalidField {
  const path = dottedPath(issue.path);
  const code = V2_FIELD_CODES[issue.kind];
  switch (issue.kind) {
    case 'unknown':
      return { path, code, message: `Unknown field: ${path}.` };
    case 'missing':
      return { path, code, message: `Missing required field: ${path}.` };
    case 'empty':
      return { path, code, message: `${path} cannot be empty.` };
    case 'invalid_type':
      return {
        path,
        code,
        message: `Expected ${issue.expected} for ${path}, received ${describeJsonReceived(issue.received)}.`,
      };
    case 'invalid_enum':
      return { path, code, message: `Invalid ${path}: must be one of ${listChoices(issue.allowed)}.` };
    case 'invalid_format':
      return {
        path,
        code,
        message: `Invalid ${path}: ${describeJsonReceived(issue.received)} is not a valid ${issue.format}.`,
      };
    case 'too_long':
      return {
        path,
        code,
        message: `${path} must be at most ${issue.maxLength} characters, received ${issue.length}.`,
      };
    case 'too_many_properties':
      return { path, code, message: `${path} may have at most ${issue.maxProperties} keys, received ${issue.count}.` };
    case 'invalid_key':
      return {
        path,
        code,
        message: `Invalid key in ${dottedPath(issue.path.slice(0, -1))}: keys need 1 to ${issue.maxLength ?? '∞'} characters without [ or ].`,
      };
  }
}

export function v2InvalidFieldsMessage(fields: readonly V2InvalidField[]): string {
  return `The request has invalid fields: ${fields.map((field) => `${field.path} (${field.code})`).join(', ')}.`;
}
