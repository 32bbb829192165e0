import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors';
import { createVirtualClock } from './test-support/virtual-clock';
import { scriptedFetch } from './test-support/scripted-fetch';
import { createAccountToken, createPersonToken } from './tokens';

const PK = 'pk_test_51TestKey0001';

describe('token requests with metadata', () => {
  const setUp = () => {
    const clock = createVirtualClock(1_000_000);
    const fetch = scriptedFetch([], clock);
    return { fetch, base: { publishableKey: PK, fetch, clock } };
  };

  it('refuse a person token’s over-long metadata key before sending anything (v1 and v2)', async () => {
    const { fetch, base } = setUp();
    const metadata = { ['k'.repeat(41)]: 'v' };
    const v1 = createPersonToken({ metadata }, { ...base, apiVersion: 'v1' });
    await expect(v1).rejects.toThrow(ConfigurationError);
    await expect(v1).rejects.toMatchObject({
      code: 'invalid_metadata',
      message: expect.stringContaining('k'.repeat(41)) as unknown,
    });
    const v2 = createPersonToken({ metadata }, { ...base, apiVersion: 'v2', account: 'acct_123' });
    await expect(v2).rejects.toMatchObject({ code: 'invalid_metadata' });
    expect(fetch.calls).toHaveLength(0);
  });

  it('refuse an individual’s over-long metadata value before sending anything, naming the key', async () => {
    const { fetch, base } = setUp();
    const metadata = { platform_ref: 'x'.repeat(501) };
    const v1 = createAccountToken({ individual: { metadata } }, { ...base, apiVersion: 'v1' });
    await expect(v1).rejects.toMatchObject({
      code: 'invalid_metadata',
      message: 'metadata["platform_ref"] is longer than 500 characters.',
    });
    const v2 = createAccountToken({ identity: { individual: { metadata } } }, { ...base, apiVersion: 'v2' });
    await expect(v2).rejects.toMatchObject({ code: 'invalid_metadata' });
    expect(fetch.calls).toHaveLength(0);
  });
});
