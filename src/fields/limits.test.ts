import { describe, expect, it } from 'vitest';
import constraints from './data/stripe-v1-token-constraints.json' with { type: 'json' };
import { officialLeaves, type ParamSchema } from '../contract/official-params';
import { checkField } from './checks';
import { mountFields, type FormShape } from './mount';
import type { ApiVersion, Field, TokenKind } from './types';
import { v1IdTypesFor } from './v1-id-types';

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

const requests = [
  ['v1', 'account'],
  ['v1', 'person'],
  ['v2', 'account'],
  ['v2', 'person'],
] as const;

/** A schema's length limit, on the leaf or on its string branch. */
const schemaMaxLength = (schema: ParamSchema | undefined): number | undefined =>
  schema?.maxLength ?? schema?.anyOf?.find((branch) => branch.type === 'string')?.maxLength;

interface Constraint {
  readonly type?: string;
  readonly maxLength?: number;
}
/** The constraint of a v1 parameter; one newer than the spec takes its concept's (a company's main address). */
const constraintAt = (path: string): Constraint | undefined => {
  const [token, ...rest] = path.replace('company.physical_address.', 'company.address.').split('.');
  const leaves = constraints[token as TokenKind] as Readonly<Record<string, Constraint>>;
  return leaves[rest.join('.')];
};

const sendsText = (field: Field): boolean => field.spec.encoding === undefined || field.spec.encoding === 'string-list';
/** Fields whose value the person types or uploads (not a choice from a list, nor host or browser values). */
const typedText = (field: Field): boolean =>
  sendsText(field) &&
  (field.spec.source ?? 'user') === 'user' &&
  field.spec.input !== 'select' &&
  field.controlOnly !== true;

const allFields = requests.flatMap(([version, token]) =>
  shapesFor(version, token).flatMap((shape) => mountFields(shape).map((field) => ({ version, token, field }))),
);

describe('Stripe’s string limits in the emulator’s schemas', () => {
  it.each(['account', 'person'] as const)(
    'carry every v1 %s parameter’s maxLength from the constraints file',
    (token) => {
      const leaves = officialLeaves('v1', token);
      const newer: string[] = [];
      for (const { path, schema } of leaves) {
        if (path.includes('.physical_address.')) {
          newer.push(path);
          continue;
        }
        const constraint = constraintAt(path);
        expect(constraint, path).toBeDefined();
        expect(schemaMaxLength(schema), path).toBe(constraint?.maxLength);
      }
      // Parameters newer than the spec take the limits of the same concept: a company's main address.
      expect(newer).toEqual(
        token === 'account'
          ? ['city', 'country', 'line1', 'line2', 'postal_code', 'state'].map(
              (part) => `account.company.physical_address.${part}`,
            )
          : [],
      );
      const byPath = new Map(leaves.map((leaf) => [leaf.path, leaf.schema]));
      const raw = constraints[token] as Readonly<Record<string, Constraint>>;
      for (const path of newer) {
        expect(raw[path.slice(token.length + 1)], path).toBeUndefined();
        const concept = raw[path.slice(token.length + 1).replace('physical_address', 'address')];
        expect(schemaMaxLength(byPath.get(path)), path).toBe(concept?.maxLength);
      }
    },
  );

  it('limit metadata to 50 keys of 1 to 40 characters without brackets, with values up to 500', () => {
    for (const [version, token] of requests) {
      const metadata = officialLeaves(version, token).filter(({ schema }) => schema.format === 'metadata');
      expect(metadata.length, `${version} ${token}`).toBeGreaterThan(0);
      for (const { schema } of metadata) {
        expect(schema).toMatchObject({
          maxProperties: 50,
          propertyNames: { minLength: 1, maxLength: 40, pattern: '^[^\\[\\]]*$' },
          additionalProperties: { type: 'string', maxLength: 500 },
        });
      }
    }
  });
});

describe('Stripe’s string limits in the field schema', () => {
  it('agree with the emulator’s schema at every field’s request path, in both versions', () => {
    for (const [version, token] of requests) {
      const byPath = new Map(officialLeaves(version, token).map((leaf) => [leaf.path, leaf.schema]));
      for (const { field } of allFields.filter((entry) => entry.version === version && entry.token === token)) {
        if (!sendsText(field) || field.controlOnly) continue;
        expect(field.maxLength, `${version} ${field.name}`).toBe(schemaMaxLength(byPath.get(leafPath(field))));
      }
    }
  });

  it('give a v1 field the constraints file’s maxLength for its own parameter', () => {
    for (const { field } of allFields.filter((entry) => entry.version === 'v1')) {
      if (!sendsText(field) || field.controlOnly) continue;
      expect(field.maxLength, field.name).toBe(constraintAt(leafPath(field))?.maxLength);
    }
  });

  it('give a v2 field the limit of the same parameter in v1', () => {
    const v1ById = new Map(allFields.filter((entry) => entry.version === 'v1').map(({ field }) => [field.id, field]));
    let compared = 0;
    for (const { field } of allFields.filter((entry) => entry.version === 'v2')) {
      const v1 = v1ById.get(field.id);
      if (!v1 || !sendsText(field) || field.controlOnly) continue;
      expect(field.maxLength, field.name).toBe(v1.maxLength);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
    const v2Person = mountFields({ token: 'person', version: 'v2' });
    const v2Individual = mountFields({ token: 'account', version: 'v2', businessType: 'individual' });
    const limit = (fields: Field[], id: string): number | undefined => fields.find((f) => f.id === id)?.maxLength;
    // v2-only parameters name their v1 concept.
    expect(limit(v2Individual, 'individual.additional_names.0.given_name')).toBe(100);
    expect(limit(v2Person, 'person.additional_names.0.given_name')).toBe(5000);
    expect(limit(v2Individual, 'individual.additional_names.0.full_name')).toBe(300);
    expect(limit(v2Person, 'person.additional_addresses.0.line1')).toBe(200);
    expect(limit(v2Person, 'person.additional_addresses.0.city')).toBe(100);
  });

  it('set a limit of their own only where no v1 parameter has the meaning', () => {
    for (const { field } of allFields) {
      if (field.spec.maxLength === undefined) continue;
      expect([field.spec.v1, field.spec.v1Concept], field.name).toEqual([undefined, undefined]);
    }
  });

  it('bound every text a person enters: by Stripe’s limit, else by its check (email, phone, SSN digits)', async () => {
    const unbounded = new Set<string>();
    for (const { field } of allFields.filter((entry) => typedText(entry.field))) {
      if (field.maxLength !== undefined) continue;
      unbounded.add(field.spec.key);
      const idTypes = { [field.id]: v1IdTypesFor(field, 'US')[0] ?? '' };
      const issue = await checkField(field, { [field.id]: '1'.repeat(6000) }, false, { country: 'US', idTypes });
      expect(issue, field.name).not.toBeNull();
    }
    expect([...unbounded].sort()).toEqual(['contact_email', 'contact_phone', 'email', 'phone', 'ssn_last_4']);
    // These are the parameters Stripe's spec leaves unbounded.
    for (const path of ['person.email', 'person.phone', 'person.ssn_last_4', 'account.individual.email']) {
      expect(constraintAt(path)).toEqual({ type: 'string' });
    }
  });
});

describe('checkField and Stripe’s limits', () => {
  /** A character each script's check accepts, so only the length decides. */
  const unitFor = (field: Field): string =>
    field.spec.script === 'kana' ? 'ア' : field.spec.script === 'kanji' ? '漢' : 'a';

  it('refuses one character over every field’s limit, and not at the limit', async () => {
    for (const { field } of allFields.filter((entry) => typedText(entry.field) && entry.field.maxLength)) {
      const maxLength = field.maxLength ?? 0;
      const unit = unitFor(field);
      const value = (count: number) =>
        field.spec.encoding === 'string-list' && field.spec.input !== 'text'
          ? [unit.repeat(count)]
          : unit.repeat(count);
      const over = await checkField(field, { [field.id]: value(maxLength + 1) }, false, { country: 'US' });
      expect(over, field.name).toEqual({ code: 'too_long', maxLength, length: maxLength + 1 });
      const at = await checkField(field, { [field.id]: value(maxLength) }, false, { country: 'US' });
      expect(at?.code, field.name).not.toBe('too_long');
    }
  });

  const individual = mountFields({ token: 'account', version: 'v1', businessType: 'individual' });
  const company = mountFields({ token: 'account', version: 'v1', businessType: 'company' });
  const person = mountFields({ token: 'person', version: 'v1' });
  const find = (fields: Field[], id: string): Field => {
    const found = fields.find((field) => field.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it('counts code points as Stripe does: a character outside the BMP (𠮷, two UTF-16 units) counts once', async () => {
    const firstName = find(individual, 'individual.given_name');
    expect(firstName.maxLength).toBe(100);
    const check = (value: string) => checkField(firstName, { [firstName.id]: value }, true, { country: 'US' });
    expect(await check('𠮷'.repeat(100))).toBeNull();
    expect(await check('𠮷'.repeat(101))).toEqual({ code: 'too_long', maxLength: 100, length: 101 });
    expect(await check(`  ${'a'.repeat(100)}  `)).toBeNull();
    // A person token's own first name takes 5000.
    const personName = find(person, 'person.given_name');
    expect(await checkField(personName, { [personName.id]: 'a'.repeat(101) }, true, { country: 'US' })).toBeNull();
  });

  it('counts the value as it is sent: half-width Kana folded to full width', async () => {
    const nameKana = find(company, 'company.name_kana');
    expect(nameKana.maxLength).toBe(100);
    const check = (value: string) => checkField(nameKana, { [nameKana.id]: value }, true, { country: 'JP' });
    // `ｶﾞ` is two code points typed and one (`ガ`) sent.
    expect(await check('ｶﾞ'.repeat(100))).toBeNull();
    expect(await check('ｶﾞ'.repeat(101))).toEqual({ code: 'too_long', maxLength: 100, length: 101 });
  });
});
