import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../core/emulator';
import { listenEmulator, type RunningEmulator } from './listen';
import { adminList, FILE_BYTES, formBody, STRIPE_VERSION, TEST_KEY } from '../test-support/requests';

let running: RunningEmulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(emulator: Emulator = createEmulator()): Promise<RunningEmulator> {
  running = await listenEmulator({ port: 0, emulator });
  return running;
}

function addFault(server: RunningEmulator, fault: unknown): Promise<Response> {
  return fetch(`${server.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify(fault) });
}

const PERSON = formBody([
  ['key', TEST_KEY],
  ['person[first_name]', 'Jane'],
]);

describe('listenEmulator', () => {
  it('serves a strict-CORS emulator when asked', async () => {
    running = await listenEmulator({ port: 0, strictCors: true });
    const response = await fetch(`${running.url}/v1/tokens`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('listens on 127.0.0.1 on a free port and serves tokens over real HTTP', async () => {
    const server = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    const response = await fetch(`${server.url}/v1/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost:5173' },
      body: PERSON,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    expect(await response.json()).toMatchObject({ object: 'token', type: 'person' });
  });

  it('passes JSON bodies and multipart uploads through intact', async () => {
    const server = await start();
    const v2 = await fetch(`${server.url}/v2/core/account_tokens`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${TEST_KEY}`,
        'Stripe-Version': STRIPE_VERSION,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ display_name: 'Jenny' }),
    });
    expect(v2.status).toBe(200);
    const form = new FormData();
    form.append('purpose', 'identity_document');
    form.append('file', new Blob([FILE_BYTES.png], { type: 'image/png' }), 'id.png');
    const upload = await fetch(`${server.url}/v1/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}` },
      body: form,
    });
    expect(await upload.json()).toMatchObject({ type: 'png', size: FILE_BYTES.png.length, filename: 'id.png' });
  });

  it('closes the connection without an answer for a drop fault', async () => {
    const server = await start();
    await addFault(server, { path: '/v1/tokens', fault: { type: 'drop' } });
    const attempt = fetch(`${server.url}/v1/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: PERSON,
    });
    await expect(attempt).rejects.toThrow(TypeError);
  });

  it('ends a hanging request when the client aborts', async () => {
    const emulator = createEmulator();
    const server = await start(emulator);
    await addFault(server, { path: '/v1/tokens', fault: { type: 'hang' } });
    const controller = new AbortController();
    const attempt = fetch(`${server.url}/v1/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: PERSON,
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await expect(attempt).rejects.toThrow();
    // The emulator sees the disconnect: the request ends as "no answer" well before the two-minute hang.
    await expect.poll(async () => (await adminList(emulator, '/requests'))[0]?.status, { timeout: 2000 }).toBe(0);
  });

  it('answers a preflight', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/v1/files`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
