import { describe, expect, it } from 'vitest';
import v1AccountSchema from '../../emulator/schemas/v1-account-token.schema.json' with { type: 'json' };
import v2AccountSchema from '../../emulator/schemas/v2-account-token.schema.json' with { type: 'json' };
import { BUSINESS_TYPES } from './account';
import { COMPANY_STRUCTURES, structureLabel, structuresFor } from './company-structures';

const v1Structures: readonly string[] = v1AccountSchema.properties.company.properties.structure.enum;
const v2Structures: readonly string[] =
  v2AccountSchema.properties.identity.properties.business_details.properties.structure.enum;

describe('company structures', () => {
  it('cover every structure the official request types accept, in each version', () => {
    expect(Object.keys(COMPANY_STRUCTURES).sort()).toEqual([...v2Structures].sort());
    const everyV1 = new Set(
      BUSINESS_TYPES.flatMap((type) => ['US', 'AE', 'GB'].flatMap((c) => structuresFor(type, 'v1', c))),
    );
    expect([...everyV1].sort()).toEqual([...v1Structures].sort());
  });

  it('offer only values the request type of the version accepts', () => {
    for (const type of BUSINESS_TYPES) {
      for (const country of ['US', 'GB', 'JP', 'AE']) {
        for (const structure of structuresFor(type, 'v1', country)) expect(v1Structures).toContain(structure);
        for (const structure of structuresFor(type, 'v2', country)) expect(v2Structures).toContain(structure);
      }
    }
  });

  it('fit the business type: government forms for government entities, non-profit forms for non-profits', () => {
    expect(structuresFor('government_entity', 'v1', 'US')).toEqual([
      'governmental_unit',
      'government_instrumentality',
      'tax_exempt_government_instrumentality',
    ]);
    expect(structuresFor('non_profit', 'v1', 'GB')).toContain('registered_charity');
    expect(structuresFor('non_profit', 'v1', 'GB')).not.toContain('private_company');
    expect(structuresFor('company', 'v1', 'GB')).not.toContain('incorporated_non_profit');
    expect(structuresFor('individual', 'v2', 'US')).toEqual([]);
  });

  it('keep structures that exist in one country’s law to that country, and v2-only ones to v2', () => {
    expect(structuresFor('company', 'v1', 'US')).toContain('multi_member_llc');
    expect(structuresFor('company', 'v1', 'GB')).not.toContain('multi_member_llc');
    expect(structuresFor('company', 'v1', 'AE')).toContain('free_zone_llc');
    expect(structuresFor('company', 'v1', 'US')).not.toContain('trust');
    expect(structuresFor('company', 'v2', 'US')).toContain('trust');
  });

  it('are named in English and Japanese', () => {
    expect(structureLabel('multi_member_llc', 'en')).toBe('Multi-member LLC');
    expect(structureLabel('private_company', 'ja')).toBe('非公開会社');
    expect(structureLabel('toString', 'en')).toBeUndefined();
  });
});
