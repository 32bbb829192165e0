import { describe, expect, it } from 'vitest';
import { officialLeaves } from '../contract/official-params';
import { NOT_SUPPLIED_BY_THE_BROWSER } from './browser-excluded';
import { mountFields, type FormShape } from './mount';
import type { ApiVersion, Field, TokenKind } from './types';

/** A field's parameter path in the official leaf notation: list items and string lists as `[]`. */
function leafPath(field: Field): string {
  const path = field.name.replace(/\.\d+(?=\.|$)/g, '[]');
  return field.spec.encoding === 'string-list' ? `${path}[]` : path;
}

function shapesFor(version: ApiVersion, token: TokenKind): FormShape[] {
  if (token === 'person') return [{ token, version }];
  return [
    { token, version, businessType: 'individual' },
    { token, version, businessType: 'company' },
  ];
}

function isExcluded(path: string): boolean {
  return Object.keys(NOT_SUPPLIED_BY_THE_BROWSER).some(
    (excluded) => path === excluded || path.endsWith(`.${excluded}`),
  );
}

const requests = [
  ['v1', 'account', 124],
  ['v1', 'person', 69],
  ['v2', 'account', 148],
  ['v2', 'person', 71],
] as const;

describe.each(requests)('the field schema against the official %s %s token request', (version, token, leafCount) => {
  const official = officialLeaves(version, token);
  const fields = shapesFor(version, token).flatMap((shape) => mountFields(shape));
  const covered = new Set(fields.map(leafPath));

  it(`reads all ${leafCount} leaf parameters of the official type`, () => {
    expect(official).toHaveLength(leafCount);
  });

  it('covers every leaf parameter, or explains why the browser leaves it out', () => {
    const missing = official.map((leaf) => leaf.path).filter((path) => !covered.has(path) && !isExcluded(path));
    expect(missing).toEqual([]);
  });

  it('sends only parameters the official type has', () => {
    const known = new Set(official.map((leaf) => leaf.path));
    const unknown = [...covered].filter((path) => !known.has(path));
    expect(unknown).toEqual([]);
  });

  it('uploads each document with the purpose the official description names', () => {
    const byPath = new Map(official.map((leaf) => [leaf.path, leaf.schema.description ?? '']));
    const files = fields.filter((field) => field.spec.input === 'file');
    expect(files.length).toBeGreaterThan(0);
    for (const field of files) {
      const description = byPath.get(leafPath(field)) ?? '';
      expect(description, field.name).toContain(String(field.spec.purpose));
    }
  });

  it('gives each enum select the official choices', () => {
    const byPath = new Map(official.map((leaf) => [leaf.path, leaf.schema]));
    for (const field of fields.filter((f) => f.spec.options !== undefined && f.spec.source !== 'derived')) {
      const choices = (version === 'v2' ? field.spec.optionsV2 : undefined) ?? field.spec.options;
      const schema = byPath.get(leafPath(field));
      if (schema?.enum) expect([...(choices ?? [])].sort(), field.name).toEqual([...schema.enum].sort());
    }
  });
});

describe('field names', () => {
  it('are unique among the inputs a person fills in', () => {
    for (const [version, token] of requests) {
      for (const shape of shapesFor(version, token)) {
        const names = mountFields(shape)
          .filter((field) => (field.spec.source ?? 'user') === 'user')
          .map((field) => field.name);
        expect(names.length, `${version} ${token} ${shape.businessType ?? ''}`).toBe(new Set(names).size);
      }
    }
  });

  it('follow the request body of the selected version', () => {
    const v1 = mountFields({ token: 'account', version: 'v1', businessType: 'individual' });
    const v2 = mountFields({ token: 'account', version: 'v2', businessType: 'individual' });
    const person = mountFields({ token: 'person', version: 'v1' });
    const v2Person = mountFields({ token: 'person', version: 'v2' });
    const name = (fields: Field[], id: string): string | undefined => fields.find((f) => f.id === id)?.name;
    expect(name(v1, 'individual.address_kana.line1')).toBe('account.individual.address_kana.line1');
    expect(name(v2, 'individual.given_name')).toBe('identity.individual.given_name');
    expect(name(v2, 'individual.address_kana.line1')).toBe('identity.individual.script_addresses.kana.line1');
    expect(name(person, 'person.dob.day')).toBe('person.dob.day');
    expect(name(v2Person, 'person.dob.day')).toBe('date_of_birth.day');
    expect(name(v2Person, 'person.id_numbers.0.value')).toBe('id_numbers.0.value');
  });
});
