import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import { formBody, ORIGIN, TEST_KEY, v1TokenRequest, v2Request } from '../test-support/requests';

const PAGE_ORIGIN = 'http://localhost:5173';

describe('CORS', () => {
  it('answers a preflight with 204, the methods, the headers Stripe clients send, and a max-age', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      new Request(`${ORIGIN}/v2/core/account_tokens`, {
        method: 'OPTIONS',
        headers: {
          Origin: PAGE_ORIGIN,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type, stripe-version',
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE_ORIGIN);
    expect(response.headers.get('Access-Control-Allow-Methods')?.split(', ')).toEqual(
      expect.arrayContaining(['GET', 'POST', 'DELETE']),
    );
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase().split(', ');
    expect(allowed).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'stripe-version']),
    );
    expect(Number(response.headers.get('Access-Control-Max-Age'))).toBeGreaterThan(0);
  });

  it('lets a page read a simple form POST’s answer and the retry headers', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      v1TokenRequest(
        formBody([
          ['key', TEST_KEY],
          ['person[first_name]', 'Jane'],
        ]),
        { Origin: PAGE_ORIGIN },
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE_ORIGIN);
    const exposed = (response.headers.get('Access-Control-Expose-Headers') ?? '').split(', ');
    expect(exposed).toEqual(
      expect.arrayContaining(['Request-Id', 'Idempotency-Key', 'Retry-After', 'Stripe-Should-Retry']),
    );
  });

  it('answers with * when the request carries no Origin, and on errors too', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v2Request('/v2/core/account_tokens', {}, { key: null }));
    expect(response.status).toBe(401);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Request-Id')).toMatch(/^req_/);
  });

  it('serves the admin API cross-origin as well', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      new Request(`${ORIGIN}/__emulator/tokens`, { headers: { Origin: PAGE_ORIGIN } }),
    );
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE_ORIGIN);
  });
});
