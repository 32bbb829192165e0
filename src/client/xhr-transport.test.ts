import { describe, expect, it } from 'vitest';
import { createAccountToken } from './tokens';
import { fakeXhrClass } from './test-support/fake-xhr';
import { createVirtualClock } from './test-support/virtual-clock';
import { createXhrTransport } from './xhr-transport';

const PK = 'pk_test_51TestKey0001';
const TOKEN = { id: 'ct_1', object: 'token', created: 1, livemode: false, used: false, type: 'account' };

describe('XMLHttpRequest transport', () => {
  it('sends headers and body and reads status, headers and text', async () => {
    const FakeXhr = fakeXhrClass([
      { status: 402, body: { error: { type: 'card_error' } }, headers: { 'Request-Id': 'req_9' } },
    ]);
    const response = await createXhrTransport(FakeXhr).send({
      method: 'POST',
      url: 'https://api.stripe.com/v1/tokens',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
      signal: new AbortController().signal,
    });
    expect(FakeXhr.instances[0]?.sentBody).toBe('a=1');
    expect(FakeXhr.instances[0]?.requestHeaders['content-type']).toBe('application/x-www-form-urlencoded');
    expect(response.status).toBe(402);
    expect(response.header('request-id')).toBe('req_9');
    expect(JSON.parse(response.text)).toEqual({ error: { type: 'card_error' } });
  });

  it('rejects on a network error so the request is retried', async () => {
    const FakeXhr = fakeXhrClass([{ networkError: true }, { status: 200, body: TOKEN }]);
    const result = await createAccountToken(
      {},
      {
        publishableKey: PK,
        apiVersion: 'v1',
        idempotencyHeader: true,
        transport: createXhrTransport(FakeXhr),
        clock: createVirtualClock(),
      },
    );
    expect(result.ok).toBe(true);
    expect(FakeXhr.instances).toHaveLength(2);
    expect(FakeXhr.instances[0]?.requestHeaders['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(FakeXhr.instances[0]?.requestHeaders['idempotency-key']).toBe(
      FakeXhr.instances[1]?.requestHeaders['idempotency-key'],
    );
  });

  it('aborts the XMLHttpRequest when the caller aborts', async () => {
    const FakeXhr = fakeXhrClass([{ hang: true }]);
    const controller = new AbortController();
    const pending = createAccountToken(
      {},
      {
        publishableKey: PK,
        apiVersion: 'v1',
        transport: createXhrTransport(FakeXhr),
        clock: createVirtualClock(),
        signal: controller.signal,
      },
    );
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(FakeXhr.instances[0]?.aborted).toBe(true);
  });
});
