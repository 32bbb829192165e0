import { describe, expect, it } from 'vitest';
import { encodeJsonBody } from './json-body';

describe('encodeJsonBody', () => {
  it('leaves out undefined properties and array entries but keeps null and empty strings', () => {
    const body = encodeJsonBody({
      identity: { individual: { given_name: '太郎', surname: undefined, nationalities: ['JP', undefined, 'US'] } },
      contact_email: '',
      metadata: { unset_me: null },
    });
    expect(JSON.parse(body)).toEqual({
      identity: { individual: { given_name: '太郎', nationalities: ['JP', 'US'] } },
      contact_email: '',
      metadata: { unset_me: null },
    });
    expect(body).not.toContain('surname');
  });

  it('keeps decimal strings such as percent_ownership untouched', () => {
    const body = encodeJsonBody({ relationship: { percent_ownership: '25.5', owner: true } });
    expect(body).toBe('{"relationship":{"percent_ownership":"25.5","owner":true}}');
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => encodeJsonBody({ amount: NaN })).toThrow(/amount/);
    expect(() => encodeJsonBody({ big: 10n })).toThrow(TypeError);
    expect(() => encodeJsonBody({ callback: () => 1 })).toThrow(TypeError);
  });
});

describe('encodeJsonBody with values that define toJSON', () => {
  it('sends their JSON form, as a decimal class would want', () => {
    const decimal = { digits: 255n, exponent: -1, toJSON: () => '25.5' };
    expect(encodeJsonBody({ relationship: { percent_ownership: decimal } })).toBe(
      '{"relationship":{"percent_ownership":"25.5"}}',
    );
    expect(encodeJsonBody({ at: new Date('2026-01-02T03:04:05.000Z') })).toBe('{"at":"2026-01-02T03:04:05.000Z"}');
  });
});
