import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from './emulator';
import { adminList, formBody, matching, ORIGIN, TEST_KEY, v1TokenRequest, v2Request } from '../test-support/requests';

const PAGE_ORIGIN = 'http://localhost:5173';

function preflight(emulator: Emulator, path: string, requestHeaders: string | null): Promise<Response> {
  const headers: Record<string, string> = { Origin: PAGE_ORIGIN, 'Access-Control-Request-Method': 'POST' };
  if (requestHeaders !== null) headers['Access-Control-Request-Headers'] = requestHeaders;
  return emulator.handle(new Request(`${ORIGIN}${path}`, { method: 'OPTIONS', headers }));
}

const allowedHeaders = (response: Response): string[] =>
  (response.headers.get('Access-Control-Allow-Headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');

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

describe('strict CORS: only what Stripe is known to accept from a browser', () => {
  it('allows no request header beyond the safelisted ones on /v1/tokens, as Stripe.js sends it', async () => {
    const emulator = createEmulator({ strictCors: true });
    const response = await preflight(emulator, '/v1/tokens', 'idempotency-key, stripe-version');
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE_ORIGIN);
    expect(response.headers.has('Access-Control-Allow-Headers')).toBe(false);
    expect(allowedHeaders(response)).toEqual([]);
  });

  it('allows Authorization on /v1/files, as Stripe’s browser upload guide sends it, and nothing else', async () => {
    const emulator = createEmulator({ strictCors: true });
    const response = await preflight(emulator, '/v1/files', 'authorization, idempotency-key');
    expect(allowedHeaders(response)).toEqual(['authorization']);
  });

  it('allows Authorization, Content-Type and Stripe-Version on v2, which the v2 API needs', async () => {
    const emulator = createEmulator({ strictCors: true });
    for (const path of ['/v2/core/account_tokens', '/v2/core/accounts/acct_1/person_tokens']) {
      const response = await preflight(emulator, path, 'authorization, content-type, stripe-version, idempotency-key');
      expect(allowedHeaders(response).sort()).toEqual(['authorization', 'content-type', 'stripe-version']);
    }
  });

  it('logs each API preflight with the headers asked for and those it left out, until reset', async () => {
    const emulator = createEmulator({ strictCors: true, now: () => new Date('2026-05-01T12:00:00.000Z') });
    await preflight(emulator, '/v1/tokens', 'Idempotency-Key');
    await preflight(emulator, '/v2/core/account_tokens', 'authorization,content-type,stripe-version');
    await preflight(emulator, '/__emulator/faults', 'content-type');
    expect(await adminList(emulator, '/preflights')).toEqual([
      {
        id: matching(/^req_/),
        path: '/v1/tokens',
        origin: PAGE_ORIGIN,
        method: 'POST',
        requestedHeaders: ['idempotency-key'],
        refusedHeaders: ['idempotency-key'],
        receivedAt: '2026-05-01T12:00:00.000Z',
      },
      expect.objectContaining({
        path: '/v2/core/account_tokens',
        requestedHeaders: ['authorization', 'content-type', 'stripe-version'],
        refusedHeaders: [],
      }),
    ]);
    // Preflights are not API requests: the request log stays empty.
    expect(await adminList(emulator, '/requests')).toEqual([]);
    await emulator.handle(new Request(`${ORIGIN}/__emulator/reset`, { method: 'POST' }));
    expect(await adminList(emulator, '/preflights')).toEqual([]);
  });

  it('lets the admin API take JSON bodies cross-origin', async () => {
    const emulator = createEmulator({ strictCors: true });
    expect(allowedHeaders(await preflight(emulator, '/__emulator/faults', 'content-type'))).toEqual(['content-type']);
  });

  it('is off by default: the lenient mode allows every header Stripe’s SDKs send, on every path', async () => {
    const emulator = createEmulator();
    const response = await preflight(emulator, '/v1/tokens', 'idempotency-key, stripe-version');
    expect(allowedHeaders(response)).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'stripe-version']),
    );
    expect(await adminList(emulator, '/preflights')).toMatchObject([{ refusedHeaders: [] }]);
  });
});
