import { describe, expect, it } from 'vitest';
import { KeptPerObject, keptValue } from './kept-values';

describe('kept values', () => {
  it('makes a value once per key, and past the limit drops the oldest', () => {
    const kept = new Map<string, number[]>();
    let made = 0;
    const make = (): number[] => [(made += 1)];
    const a = keptValue(kept, 'a', make, 2);
    expect(keptValue(kept, 'a', make, 2)).toBe(a);
    keptValue(kept, 'b', make, 2);
    keptValue(kept, 'c', make, 2);
    expect([...kept.keys()]).toEqual(['b', 'c']);
    expect(keptValue(kept, 'a', make, 2)).not.toBe(a);
    expect(made).toBe(4);
  });

  it('keeps values per object: the same object and key give the same value, another object its own', () => {
    const kept = new KeptPerObject<object, { readonly n: number }>(8);
    let made = 0;
    const first = {};
    const second = {};
    const value = kept.get(first, 'en', () => ({ n: (made += 1) }));
    expect(kept.get(first, 'en', () => ({ n: (made += 1) }))).toBe(value);
    expect(kept.get(second, 'en', () => ({ n: (made += 1) }))).not.toBe(value);
    expect(made).toBe(2);
  });
});
