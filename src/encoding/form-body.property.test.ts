import fc from 'fast-check';
import { parse } from 'qs';
import { describe, expect, it } from 'vitest';
import { encodeFormBody } from './form-body';

// Characters that have a meaning in a form body or in bracket notation, and scripts the forms carry.
const TRICKY = ['[', ']', '&', '=', '+', '%', ' ', '#', '?', '/', ';', ',', '\u3000', '\n'];
const JAPANESE = ['ア', 'カ', 'ナ', 'ー', 'ｶ', '・', '東', '京', '都', '千', '代', '田', '区', 'ぁ'];
const EMOJI = ['😀', '👩‍👩‍👧', '🇯🇵', '🏳️‍🌈'];

const character = fc.oneof(
  fc.constantFrom(...TRICKY, ...JAPANESE, ...EMOJI),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const text = fc.string({ unit: character, maxLength: 12 });

// qs cannot give back keys that contain brackets, that are empty or all digits (it builds an array),
// or that shadow Object.prototype (it drops them), so keys stay clear of those.
const key = fc
  .string({ unit: character, minLength: 1, maxLength: 8 })
  .filter((k) => !/[[\]]/.test(k) && !/^\d+$/.test(k) && !(k in Object.prototype));

const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));

const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  tree: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    tie('tree'),
  ),
}));

/** What qs gives back for a value: scalars as text, nothing for undefined and empty containers. */
function expectedAfterRoundTrip(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') throw new Error(`unexpected ${typeof value} in generated params`);
  if (Array.isArray(value)) {
    const items = value.map(expectedAfterRoundTrip).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  const entries = Object.entries(value)
    .map(([k, v]) => [k, expectedAfterRoundTrip(v)] as const)
    .filter(([, v]) => v !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const PARSE_OPTIONS = { depth: 100, arrayLimit: 1000, parameterLimit: Infinity } as const;

describe('encodeFormBody round trip through qs', () => {
  it('qs.parse gives back the params with scalars as text', () => {
    fc.assert(
      fc.property(tree, (params) => {
        const record = params as Record<string, unknown>;
        const body = encodeFormBody(record);
        expect(parse(body, PARSE_OPTIONS)).toEqual(expectedAfterRoundTrip(record) ?? {});
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a raw separator, bracket or non-ASCII character in the body', () => {
    fc.assert(
      fc.property(tree, (params) => {
        const body = encodeFormBody(params as Record<string, unknown>);
        for (const pair of body.split('&').filter(Boolean)) {
          expect(pair.split('=')).toHaveLength(2);
        }
        expect(body).toMatch(/^[\w\-.!~*'()%=&]*$/);
      }),
    );
  });
});
