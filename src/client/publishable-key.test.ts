import { describe, expect, it } from 'vitest';
import { KeyError } from './errors';
import { parsePublishableKey } from './publishable-key';

describe('parsePublishableKey', () => {
  it.each([
    ['pk_test_51AbCdEf', 'test'],
    ['pk_live_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'live'],
  ])('accepts %s as a %s key', (key, mode) => {
    expect(parsePublishableKey(key)).toEqual({ mode });
  });

  it.each([
    ['sk_test_51AbCdEfGh', 'secret_key'],
    ['sk_live_51AbCdEfGh', 'secret_key'],
    ['rk_live_51AbCdEfGh', 'restricted_key'],
    ['rk_test_51AbCdEfGh', 'restricted_key'],
    ['pk_test_short', 'malformed_key'],
    ['pk_prod_51AbCdEfGh', 'malformed_key'],
    ['pk_test_51AbCd-EfGh', 'malformed_key'],
    [' pk_test_51AbCdEfGh', 'malformed_key'],
    ['', 'malformed_key'],
  ])('refuses %s with code %s', (key, code) => {
    const error = captureError(() => parsePublishableKey(key));
    expect(error).toBeInstanceOf(KeyError);
    expect((error as KeyError).code).toBe(code);
  });

  it('explains why a secret key must not be used, without echoing it', () => {
    const error = captureError(() => parsePublishableKey('sk_live_51SuperSecretValue'));
    expect((error as Error).message).toMatch(/never be used in a browser/);
    expect((error as Error).message).not.toContain('51SuperSecretValue');
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
