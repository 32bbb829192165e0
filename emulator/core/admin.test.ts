import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import {
  admin,
  adminList,
  formBody,
  jsonOf,
  matching,
  TEST_KEY,
  uploadFile,
  v1TokenRequest,
  v2Request,
} from '../test-support/requests';

describe('admin API', () => {
  it('logs each API request with its decoded parameters and the key redacted', async () => {
    const emulator = createEmulator({ now: () => new Date('2026-05-01T12:00:00.000Z') });
    await emulator.handle(
      v1TokenRequest(
        formBody([
          ['key', TEST_KEY],
          ['person[first_name]', 'Jane'],
        ]),
        { 'Idempotency-Key': 'abc' },
      ),
    );
    await emulator.handle(v2Request('/v2/core/account_tokens', { display_name: 'Jenny' }));
    await uploadFile(emulator, { filename: 'id.jpg' });
    const requests = await adminList(emulator, '/requests');
    expect(requests).toEqual([
      {
        id: matching(/^req_/),
        method: 'POST',
        path: '/v1/tokens',
        status: 200,
        idempotencyKey: 'abc',
        stripeVersion: null,
        contentType: 'application/x-www-form-urlencoded',
        params: { key: 'pk_test_…demo', person: { first_name: 'Jane' } },
        receivedAt: '2026-05-01T12:00:00.000Z',
      },
      expect.objectContaining({
        path: '/v2/core/account_tokens',
        status: 200,
        stripeVersion: '2026-10-28.endive',
        params: { display_name: 'Jenny' },
      }),
      expect.objectContaining({
        path: '/v1/files',
        status: 200,
        params: { purpose: 'identity_document', file: { name: 'id.jpg', type: 'image/jpeg', size: 10 } },
      }),
    ]);
    expect(JSON.stringify(requests)).not.toContain(TEST_KEY);
  });

  it('shows what a token carries, by id, and 404 for an unknown id', async () => {
    const emulator = createEmulator();
    const created = await jsonOf(
      await emulator.handle(v2Request('/v2/core/accounts/acct_1/person_tokens', { given_name: 'Jenny' })),
    );
    const token = await jsonOf(await admin(emulator, 'GET', `/tokens/${String(created.id)}`));
    expect(token).toEqual({
      id: created.id,
      object: 'v2.core.account_person_token',
      kind: 'v2_person',
      account: 'acct_1',
      livemode: false,
      created: created.created,
      params: { given_name: 'Jenny' },
    });
    expect((await admin(emulator, 'GET', '/tokens/perstok_nope')).status).toBe(404);
  });

  it('reset forgets tokens, files, requests, faults and idempotency keys', async () => {
    const emulator = createEmulator();
    const body = formBody([
      ['key', TEST_KEY],
      ['person[first_name]', 'Jane'],
    ]);
    const first = await jsonOf(await emulator.handle(v1TokenRequest(body, { 'Idempotency-Key': 'k' })));
    await uploadFile(emulator);
    await admin(emulator, 'POST', '/faults', { path: '/v1/files', fault: { type: 'drop' } });
    expect((await admin(emulator, 'POST', '/reset')).status).toBe(200);
    expect(await adminList(emulator, '/tokens')).toEqual([]);
    expect(await adminList(emulator, '/files')).toEqual([]);
    expect(await adminList(emulator, '/faults')).toEqual([]);
    expect(await adminList(emulator, '/requests')).toEqual([]);
    const again = await jsonOf(await emulator.handle(v1TokenRequest(body, { 'Idempotency-Key': 'k' })));
    expect(again.id).not.toBe(first.id);
  });

  it('keeps separate state per emulator instance', async () => {
    const one = createEmulator();
    const two = createEmulator();
    await one.handle(
      v1TokenRequest(
        formBody([
          ['key', TEST_KEY],
          ['person[first_name]', 'Jane'],
        ]),
      ),
    );
    expect(await adminList(one, '/tokens')).toHaveLength(1);
    expect(await adminList(two, '/tokens')).toHaveLength(0);
  });

  it('answers 404 for an unknown admin route', async () => {
    expect((await admin(createEmulator(), 'GET', '/nothing')).status).toBe(404);
  });
});
