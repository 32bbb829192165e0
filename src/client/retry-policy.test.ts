import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, backoffDelayMs, parseRetryAfterMs, resolveRetryPolicy } from './retry-policy';

describe('backoffDelayMs', () => {
  it('stays within [0, min(cap, 500 ms × 2^retry)) for any random value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, r) => {
          const delay = backoffDelayMs(retry, DEFAULT_RETRY_POLICY, () => r);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.min(8_000, 500 * 2 ** retry));
        },
      ),
    );
  });

  it('scales with the random value (full jitter)', () => {
    expect(backoffDelayMs(2, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
    expect(backoffDelayMs(2, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(1_000);
    expect(backoffDelayMs(10, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(4_000);
  });
});

describe('parseRetryAfterMs', () => {
  it('reads seconds, fractional seconds and HTTP dates', () => {
    expect(parseRetryAfterMs('2', 0)).toBe(2_000);
    expect(parseRetryAfterMs('0.5', 0)).toBe(500);
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfterMs('Sun, 22 Nov 2026 10:00:03 GMT', now)).toBe(3_000);
  });

  it('ignores absent or unreadable values and never goes negative', () => {
    expect(parseRetryAfterMs(null, 0)).toBeUndefined();
    expect(parseRetryAfterMs('soon', 0)).toBeUndefined();
    expect(parseRetryAfterMs('-3', 0)).toBe(0);
  });
});

describe('resolveRetryPolicy', () => {
  it('fills in defaults and refuses nonsense', () => {
    expect(resolveRetryPolicy({ maxAttempts: 2 })).toEqual({ ...DEFAULT_RETRY_POLICY, maxAttempts: 2 });
    expect(resolveRetryPolicy({ maxAttempts: 0 }).maxAttempts).toBe(1);
    expect(() => resolveRetryPolicy({ totalTimeoutMs: -1 })).toThrow(RangeError);
  });
});
