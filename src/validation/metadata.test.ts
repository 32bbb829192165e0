import { describe, expect, it } from 'vitest';
import { metadataProblem, METADATA_LIMITS } from './metadata';

const keys = (count: number): Record<string, string> =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`key_${index}`, 'v']));

describe('metadataProblem', () => {
  it('takes Stripe’s limits at their edge: 50 keys of 40 characters, values of 500, numbers and null', () => {
    const full = Object.fromEntries(
      Array.from({ length: METADATA_LIMITS.maxKeys }, (_, index) => [`${index}`.padEnd(40, 'k'), 'v'.repeat(500)]),
    );
    expect(metadataProblem(full)).toBeNull();
    // Code points: 40 emoji are 80 UTF-16 units, and one key of 40 characters.
    expect(metadataProblem({ ['😀'.repeat(40)]: '😀'.repeat(500), count: 3, removed: null, cleared: '' })).toBeNull();
  });

  it('names the key that breaks a limit, and never quotes a value', () => {
    expect(metadataProblem(keys(51))).toEqual({ reason: 'too_many_keys', count: 51 });
    expect(metadataProblem({ ['k'.repeat(41)]: 'v' })).toEqual({ reason: 'key_too_long', key: 'k'.repeat(41) });
    expect(metadataProblem({ 'a[b]': 'v' })).toEqual({ reason: 'key_with_brackets', key: 'a[b]' });
    expect(metadataProblem({ '': 'v' })).toEqual({ reason: 'empty_key' });
    expect(metadataProblem({ note: 'x'.repeat(501) })).toEqual({ reason: 'value_too_long', key: 'note' });
    expect(metadataProblem({ nested: { a: 1 } })).toEqual({ reason: 'value_not_text', key: 'nested' });
    expect(metadataProblem(['a'])).toEqual({ reason: 'not_an_object' });
  });
});
