import { parse } from 'qs';
import { describe, expect, it } from 'vitest';
import { checkAgainstSchema } from '../../emulator/core/schema-walker';
import { tokenSchemas } from '../../emulator/core/schema-types';
import { encodeFormBody } from '../encoding/index';
import { mountFields } from '../fields/mount';
import { buildRequestBody } from './build-body';
import { JOURNEYS } from './fixtures/journeys';

const context = { now: new Date('2026-11-22T10:00:00Z'), userAgent: 'Mozilla/5.0 (token-forms test)' };

/** Form-encoded bodies carry every scalar as text. */
function asText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asText);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, asText(child)]));
  }
  return String(value);
}

describe.each(JOURNEYS)('the request built for: $title', ({ shape, values, hostValues }) => {
  const body = buildRequestBody(mountFields(shape), values, { ...context, version: shape.version, hostValues });

  it('carries every value that was entered', () => {
    expect(Object.keys(body).length).toBeGreaterThan(0);
    const text = JSON.stringify(body);
    for (const value of Object.values(values)) {
      const items: readonly string[] = typeof value === 'string' ? [value] : typeof value === 'object' ? value : [];
      for (const item of items) {
        // Numbers travel as numbers; everything else verbatim.
        if (!/^\d+(?:\.\d+)?$/.test(item)) expect(text, item).toContain(JSON.stringify(item));
      }
    }
  });

  it("is accepted by the official request type's schema", () => {
    const root = shape.version === 'v1' ? (shape.token === 'account' ? body.account : body.person) : body;
    const schemaName = `${shape.version}${shape.token === 'account' ? 'Account' : 'Person'}` as const;
    const schema = tokenSchemas[schemaName];
    const decoded = shape.version === 'v1' ? parse(encodeFormBody(root as Record<string, unknown>)) : root;
    expect(checkAgainstSchema(decoded, schema, shape.version === 'v1' ? 'form' : 'json').issues).toEqual([]);
  });

  if (shape.version === 'v1') {
    it('survives form encoding: qs decodes exactly the intended object', () => {
      expect(parse(encodeFormBody(body), { depth: 20, arrayLimit: 100 })).toEqual(asText(body));
    });
  }
});
