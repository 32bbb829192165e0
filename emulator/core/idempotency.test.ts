import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import {
  admin,
  adminList,
  errorOf,
  formBody,
  jsonOf,
  TEST_KEY,
  v1TokenRequest,
  V1_PERSON_BODY,
  v2Request,
} from '../test-support/requests';

const PERSON = V1_PERSON_BODY;

function withIdempotencyKey(body: string, key: string): Request {
  return v1TokenRequest(body, { 'Idempotency-Key': key });
}

describe('Idempotency-Key', () => {
  it('replays the first response exactly for the same key and body, creating one token', async () => {
    const emulator = createEmulator();
    const first = await emulator.handle(withIdempotencyKey(PERSON, 'key-1'));
    const firstBody = await first.text();
    const second = await emulator.handle(withIdempotencyKey(PERSON, 'key-1'));
    expect(second.status).toBe(first.status);
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(second.headers.get('Original-Request')).toBe(first.headers.get('Request-Id'));
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await adminList(emulator, '/tokens')).toHaveLength(1);
  });

  it('treats the same parameters in another order as the same body', async () => {
    const emulator = createEmulator();
    const a = formBody([
      ['key', TEST_KEY],
      ['person[first_name]', 'Jane'],
      ['person[last_name]', 'Doe'],
    ]);
    const b = formBody([
      ['person[last_name]', 'Doe'],
      ['person[first_name]', 'Jane'],
      ['key', TEST_KEY],
    ]);
    const first = await jsonOf(await emulator.handle(withIdempotencyKey(a, 'k')));
    const second = await jsonOf(await emulator.handle(withIdempotencyKey(b, 'k')));
    expect(second.id).toBe(first.id);
  });

  it('refuses the same key with a different body', async () => {
    const emulator = createEmulator();
    await emulator.handle(withIdempotencyKey(PERSON, 'key-2'));
    const response = await emulator.handle(
      withIdempotencyKey(
        formBody([
          ['key', TEST_KEY],
          ['person[first_name]', 'John'],
        ]),
        'key-2',
      ),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ type: 'idempotency_error' });
  });

  it('refuses the same key on another route', async () => {
    const emulator = createEmulator();
    await emulator.handle(withIdempotencyKey(PERSON, 'key-3'));
    const response = await emulator.handle(
      v2Request('/v2/core/account_tokens', {}, { headers: { 'Idempotency-Key': 'key-3' } }),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ type: 'idempotency_error' });
  });

  it('keeps keys apart per API key', async () => {
    const emulator = createEmulator();
    const first = await jsonOf(await emulator.handle(withIdempotencyKey(PERSON, 'shared')));
    const other = await jsonOf(
      await emulator.handle(
        withIdempotencyKey(
          formBody([
            ['key', 'pk_test_anotherkey5678'],
            ['person[first_name]', 'Jane'],
          ]),
          'shared',
        ),
      ),
    );
    expect(other.id).not.toBe(first.id);
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const emulator = createEmulator();
    await admin(emulator, 'POST', '/faults', { path: '/v1/tokens', fault: { type: 'delay', ms: 150 } });
    const slow = emulator.handle(withIdempotencyKey(PERSON, 'busy'));
    const concurrent = await emulator.handle(withIdempotencyKey(PERSON, 'busy'));
    expect(concurrent.status).toBe(409);
    expect(await errorOf(concurrent)).toMatchObject({ type: 'idempotency_error', code: 'idempotency_key_in_use' });
    const first = await slow;
    expect(first.status).toBe(200);
    const afterwards = await emulator.handle(withIdempotencyKey(PERSON, 'busy'));
    expect(afterwards.headers.get('Idempotent-Replayed')).toBe('true');
  });

  it('does not save a validation error, so a corrected retry with the same key succeeds', async () => {
    const emulator = createEmulator();
    const bad = await emulator.handle(
      withIdempotencyKey(
        formBody([
          ['key', TEST_KEY],
          ['person[dob][day]', 'x'],
        ]),
        'fix-me',
      ),
    );
    expect(bad.status).toBe(400);
    const retry = await emulator.handle(withIdempotencyKey(PERSON, 'fix-me'));
    expect(retry.status).toBe(200);
  });

  it('refuses keys longer than 255 characters', async () => {
    const emulator = createEmulator();
    expect((await emulator.handle(withIdempotencyKey(PERSON, 'k'.repeat(255)))).status).toBe(200);
    expect((await emulator.handle(withIdempotencyKey(PERSON, 'k'.repeat(256)))).status).toBe(400);
  });

  it('works for v2 JSON bodies too', async () => {
    const emulator = createEmulator();
    const request = (): Request =>
      v2Request('/v2/core/account_tokens', { display_name: 'Jenny' }, { headers: { 'Idempotency-Key': 'v2-key' } });
    const first = await jsonOf(await emulator.handle(request()));
    const second = await emulator.handle(request());
    expect((await jsonOf(second)).id).toBe(first.id);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
  });
});
