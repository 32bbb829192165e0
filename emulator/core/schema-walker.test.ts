import { describe, expect, it } from 'vitest';
import { checkAgainstSchema } from './schema-walker';
import type { JsonSchema } from './schema-types';

const schema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    count: { type: 'integer' },
    share: { type: 'number', 'x-stripe-emptyable': true },
    flag: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    meta: { type: 'object', format: 'metadata', additionalProperties: { type: 'string' } },
    amount: { type: 'string', format: 'decimal', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    purpose: { type: 'string', const: 'registered' },
    either: { anyOf: [{ type: 'integer' }, { type: 'string', enum: ['auto'] }] },
  },
};

describe('checkAgainstSchema', () => {
  it('turns form text into integers, decimals and booleans', () => {
    expect(checkAgainstSchema({ count: '-3', share: '0.25', flag: 'false' }, schema, 'form')).toEqual({
      value: { count: -3, share: 0.25, flag: false },
      issues: [],
    });
  });

  it('does not coerce JSON values', () => {
    const { issues } = checkAgainstSchema({ count: '3', flag: 'true' }, schema, 'json');
    expect(issues.map((issue) => [issue.kind, issue.path])).toEqual([
      ['invalid_type', ['count']],
      ['invalid_type', ['flag']],
    ]);
    expect(checkAgainstSchema({ count: 2.5 }, schema, 'json').issues).toMatchObject([
      { kind: 'invalid_type', expected: 'integer' },
    ]);
  });

  it('reads qs objects with numeric keys as arrays, in index order', () => {
    expect(checkAgainstSchema({ tags: { '10': 'b', '2': 'a' } }, schema, 'form').value).toEqual({ tags: ['a', 'b'] });
    expect(checkAgainstSchema({ tags: { '10': 'b' } }, schema, 'json').issues).toMatchObject([
      { kind: 'invalid_type', expected: 'array' },
    ]);
  });

  it('lets metadata take any key, and an empty value in form bodies', () => {
    expect(checkAgainstSchema({ meta: { anything: 'x', removed: '' } }, schema, 'form')).toEqual({
      value: { meta: { anything: 'x', removed: '' } },
      issues: [],
    });
  });

  it('checks decimal patterns and const values', () => {
    expect(checkAgainstSchema({ amount: '1.5', purpose: 'registered' }, schema, 'json').issues).toEqual([]);
    expect(
      checkAgainstSchema({ amount: '1,5', purpose: 'home' }, schema, 'json').issues.map((issue) => issue.kind),
    ).toEqual(['invalid_format', 'invalid_enum']);
  });

  it('accepts any matching anyOf branch', () => {
    expect(checkAgainstSchema({ either: '4' }, schema, 'form').value).toEqual({ either: 4 });
    expect(checkAgainstSchema({ either: 'auto' }, schema, 'form').value).toEqual({ either: 'auto' });
    expect(checkAgainstSchema({ either: 'manual' }, schema, 'form').issues).toHaveLength(1);
  });

  it('counts maxLength in code points and checks metadata keys and their number', () => {
    const limited: JsonSchema = {
      type: 'object',
      properties: {
        name: { type: 'string', maxLength: 3 },
        meta: {
          type: 'object',
          format: 'metadata',
          maxProperties: 2,
          propertyNames: { minLength: 1, maxLength: 4, pattern: '^[^\\[\\]]*$' },
          additionalProperties: { type: 'string', maxLength: 2 },
        },
      },
    };
    expect(checkAgainstSchema({ name: '😀😀😀', meta: { ok: 'ab' } }, limited, 'json').issues).toEqual([]);
    expect(checkAgainstSchema({ name: 'abcd' }, limited, 'form').issues).toEqual([
      { kind: 'too_long', path: ['name'], maxLength: 3, length: 4 },
    ]);
    const { issues } = checkAgainstSchema({ meta: { toolong: 'x', 'a[': 'x', ok: 'abc' } }, limited, 'json');
    expect(issues.map((issue) => [issue.kind, issue.path])).toEqual([
      ['too_many_properties', ['meta']],
      ['invalid_key', ['meta', 'toolong']],
      ['invalid_key', ['meta', 'a[']],
      ['too_long', ['meta', 'ok']],
    ]);
  });

  it('does not mistake inherited object names for parameters', () => {
    expect(
      checkAgainstSchema({ constructor: 'x', toString: 'y' }, schema, 'form').issues.map((issue) => issue.kind),
    ).toEqual(['unknown', 'unknown']);
  });
});
