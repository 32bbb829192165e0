import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import { admin, adminList, errorOf, jsonOf, v1TokenRequest, V1_PERSON_BODY, v2Request } from '../test-support/requests';
import { faultPathMatches } from './faults';

const PERSON = V1_PERSON_BODY;

describe('status faults', () => {
  it('answer with a Stripe-shaped error and the Retry-After and Stripe-Should-Retry headers given', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', {
      path: '/v1/tokens',
      fault: { type: 'status', status: 429, retryAfter: 2, shouldRetry: true },
    });
    const response = await emulator.handle(v1TokenRequest(PERSON));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(response.headers.get('Stripe-Should-Retry')).toBe('true');
    expect(await errorOf(response)).toMatchObject({ type: 'invalid_request_error', code: 'rate_limit' });
    expect(await adminList(emulator, '/tokens')).toHaveLength(0);
  });

  it('leave the headers out when not given, and apply count times only', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', count: 2, fault: { type: 'status', status: 503 } });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await emulator.handle(v1TokenRequest(PERSON));
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBeNull();
      expect(response.headers.get('Stripe-Should-Retry')).toBeNull();
      expect(await errorOf(response)).toMatchObject({ type: 'api_error' });
    }
    expect((await emulator.handle(v1TokenRequest(PERSON))).status).toBe(200);
  });

  it('queue in order and match the method', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', {
      path: '/v1/tokens',
      method: 'GET',
      fault: { type: 'status', status: 500 },
    });
    await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'status', status: 502 } });
    await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'status', status: 500 } });
    expect((await emulator.handle(v1TokenRequest(PERSON))).status).toBe(502);
    expect((await emulator.handle(v1TokenRequest(PERSON))).status).toBe(500);
    expect((await emulator.handle(v1TokenRequest(PERSON))).status).toBe(200);
    expect(await adminList(emulator, '/faults')).toMatchObject([{ method: 'GET' }]);
  });

  it('use the v2 error shape on v2 routes', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', { path: '/v2/core', fault: { type: 'status', status: 429 } });
    const response = await emulator.handle(v2Request('/v2/core/account_tokens', {}));
    expect(await errorOf(response)).toMatchObject({ code: 'account_rate_limit_exceeded' });
  });
});

describe('error faults', () => {
  it('answer with exactly the error object given, at the status given, and create nothing', async () => {
    const emulator = createEmulator();
    const error = {
      type: 'invalid_request_error',
      code: 'platform_registration_required',
      message: 'Platform has not signed up for Connect and cannot create connected accounts.',
    };
    await admin(emulator, 'POST', '/faults', { path: '/v2/core', fault: { type: 'error', status: 400, error } });
    const response = await emulator.handle(v2Request('/v2/core/account_tokens', { display_name: 'J' }));
    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toEqual({ error });
    expect(await adminList(emulator, '/tokens')).toHaveLength(0);
  });

  it('are refused when the status is not an error or the error has no message', async () => {
    const emulator = createEmulator();
    const ok = await admin(emulator, 'POST', '/faults', {
      path: '/v1/tokens',
      fault: { type: 'error', status: 200, error: { message: 'x' } },
    });
    expect(ok.status).toBe(400);
    const noMessage = await admin(emulator, 'POST', '/faults', {
      path: '/v1/tokens',
      fault: { type: 'error', status: 400, error: { code: 'x' } },
    });
    expect(noMessage.status).toBe(400);
    expect(await adminList(emulator, '/faults')).toEqual([]);
  });

  const echo = {
    type: 'invalid_request_error',
    code: 'email_invalid',
    param: 'person[email]',
    message: 'Invalid email address: jane@example.com',
  };

  it('answer with the status and error body given, on v1 and v2 alike, and create nothing', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', {
      path: '/v1/tokens',
      fault: { type: 'error', status: 400, error: echo },
    });
    const v2Echo = { type: 'invalid_request_error', code: 'invalid_fields', message: 'Bad: Jane', invalid_fields: [] };
    await admin(emulator, 'POST', '/faults', {
      path: '/v2/core',
      fault: { type: 'error', status: 402, error: v2Echo },
    });
    const v1 = await emulator.handle(v1TokenRequest(PERSON));
    expect(v1.status).toBe(400);
    expect(v1.headers.get('Request-Id')).toMatch(/^req_/);
    expect(await jsonOf(v1)).toEqual({ error: echo });
    const v2 = await emulator.handle(v2Request('/v2/core/account_tokens', {}));
    expect(v2.status).toBe(402);
    expect(await jsonOf(v2)).toEqual({ error: v2Echo });
    expect(await adminList(emulator, '/tokens')).toHaveLength(0);
  });

  it('refuse a status outside 400–599 or an error without a type and message', async () => {
    const emulator = createEmulator();
    for (const fault of [
      { type: 'error', status: 302, error: echo },
      { type: 'error', status: 400.5, error: echo },
      { type: 'error', status: 400 },
      { type: 'error', status: 400, error: { message: 'no type' } },
      { type: 'error', status: 400, error: { type: 'api_error', message: 7 } },
    ]) {
      expect((await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault })).status).toBe(400);
    }
    expect(await adminList(emulator, '/faults')).toEqual([]);
  });
});

describe('fault paths', () => {
  it('match exactly or as a prefix ending at a slash', () => {
    expect(faultPathMatches('/v1/tokens', '/v1/tokens')).toBe(true);
    expect(faultPathMatches('/v1/tokens', '/v1/tokens/ct_123')).toBe(true);
    expect(faultPathMatches('/v2/core/', '/v2/core/account_tokens')).toBe(true);
    expect(faultPathMatches('/v1/token', '/v1/tokens')).toBe(false);
    expect(faultPathMatches('/v1/files', '/v1/tokens')).toBe(false);
  });
});

describe('connection faults', () => {
  it('drop answers with a network error and creates nothing', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'drop' } });
    const response = await emulator.handle(v1TokenRequest(PERSON));
    expect(response.type).toBe('error');
    expect(await adminList(emulator, '/tokens')).toHaveLength(0);
    expect(await adminList(emulator, '/requests')).toMatchObject([{ path: '/v1/tokens', status: 0 }]);
  });

  it('hang gives no answer until the client aborts', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'hang' } });
    const controller = new AbortController();
    const request = new Request(v1TokenRequest(PERSON), { signal: controller.signal });
    let settled = false;
    const pending = emulator.handle(request).then((response) => {
      settled = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    controller.abort();
    const response = await pending;
    expect(response.type).toBe('error');
  });

  it('hang with ms ends by itself, still without an answer', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'hang', ms: 20 } });
    expect((await emulator.handle(v1TokenRequest(PERSON))).type).toBe('error');
  });

  it('delay answers normally after the time given', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'delay', ms: 80 } });
    const started = performance.now();
    const response = await emulator.handle(v1TokenRequest(PERSON));
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
    expect(response.status).toBe(200);
  });
});

describe('faults after processing', () => {
  it('replace the answer after the token is created, so a retry with the same key gets that one token', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', {
      path: '/v1/tokens',
      when: 'after',
      fault: { type: 'status', status: 500 },
    });
    const request = (): Request => v1TokenRequest(PERSON, { 'Idempotency-Key': 'retry-me' });
    expect((await emulator.handle(request())).status).toBe(500);
    const [created] = await adminList(emulator, '/tokens');
    const retry = await emulator.handle(request());
    expect(retry.status).toBe(200);
    expect((await jsonOf(retry)).id).toBe(created?.id);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await adminList(emulator, '/tokens')).toHaveLength(1);
  });

  it('drop after processing also keeps the created token for the retry', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', {
      path: '/v2/core/account_tokens',
      when: 'after',
      fault: { type: 'drop' },
    });
    const request = (): Request =>
      v2Request('/v2/core/account_tokens', { display_name: 'J' }, { headers: { 'Idempotency-Key': 'drop-me' } });
    expect((await emulator.handle(request())).type).toBe('error');
    const retry = await jsonOf(await emulator.handle(request()));
    expect(await adminList(emulator, '/tokens')).toMatchObject([{ id: retry.id }]);
  });
});

describe('fault administration', () => {
  it('refuses malformed faults and clears the queue on DELETE', async () => {
    const emulator = createEmulator();
    expect(
      (await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'status', status: 418 } })).status,
    ).toBe(400);
    expect((await admin(emulator, 'POST', '/faults', { path: 'v1/tokens', fault: { type: 'drop' } })).status).toBe(400);
    expect((await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'delay' } })).status).toBe(
      400,
    );
    const created = await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'drop' } });
    expect(created.status).toBe(201);
    expect(await jsonOf(created)).toMatchObject({
      path: '/v1/tokens',
      method: 'POST',
      count: 1,
      when: 'before',
      fault: { type: 'drop' },
    });
    expect(await jsonOf(await admin(emulator, 'DELETE', '/faults'))).toEqual({ deleted: 1 });
    expect((await emulator.handle(v1TokenRequest(PERSON))).status).toBe(200);
  });
});
