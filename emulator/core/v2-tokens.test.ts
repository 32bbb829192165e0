import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import {
  adminList,
  errorOf,
  getRequest,
  jsonOf,
  LIVE_KEY,
  matching,
  STRIPE_VERSION,
  TEST_KEY,
  v2Request,
} from '../test-support/requests';

const FIXED_NOW = new Date('2026-05-01T12:00:00.123Z');
const PERSON_PATH = '/v2/core/accounts/acct_1Nv0FGQ9RKHgCVdK/person_tokens';
const ACCOUNT_PATH = '/v2/core/account_tokens';

describe('POST /v2/core/account_tokens and person_tokens', () => {
  it('creates an account token with RFC 3339 times and a ten-minute expiry', async () => {
    const emulator = createEmulator({ now: () => FIXED_NOW });
    const response = await emulator.handle(
      v2Request(ACCOUNT_PATH, { contact_email: 'jenny@example.com', identity: { entity_type: 'individual' } }),
    );
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({
      id: matching(/^accttok_[A-Za-z0-9]{44}$/),
      object: 'v2.core.account_token',
      created: '2026-05-01T12:00:00.123Z',
      expires_at: '2026-05-01T12:10:00.123Z',
      livemode: false,
      used: false,
    });
  });

  it('creates a person token under the account in the path and remembers that account', async () => {
    const emulator = createEmulator();
    const body = await jsonOf(
      await emulator.handle(
        v2Request(PERSON_PATH, { given_name: 'Jenny', relationship: { percent_ownership: '0.8' } }, { key: LIVE_KEY }),
      ),
    );
    expect(body).toMatchObject({ id: matching(/^perstok_/), object: 'v2.core.account_person_token', livemode: true });
    const [token] = await adminList(emulator, '/tokens');
    expect(token).toMatchObject({
      kind: 'v2_person',
      account: 'acct_1Nv0FGQ9RKHgCVdK',
      params: { given_name: 'Jenny', relationship: { percent_ownership: '0.8' } },
    });
  });

  it('reports every invalid field with dotted paths and v2 codes', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      v2Request(PERSON_PATH, {
        given_nam: 'Jenny',
        date_of_birth: { day: '1', year: 1990 },
        legal_gender: 'robot',
        id_numbers: [{ type: 'us_ssn_last_4', value: '0000', extra: 1 }],
        relationship: { percent_ownership: 'most', owner: 'yes' },
      }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_fields' });
    const fields = (error.invalid_fields as { path: string; code: string }[]).map(({ path, code }) => ({ path, code }));
    expect(fields).toEqual([
      { path: 'given_nam', code: 'unknown' },
      { path: 'date_of_birth.day', code: 'invalid_type' },
      { path: 'date_of_birth.month', code: 'missing' },
      { path: 'legal_gender', code: 'invalid_value' },
      { path: 'id_numbers[0].extra', code: 'unknown' },
      { path: 'relationship.percent_ownership', code: 'invalid_value' },
      { path: 'relationship.owner', code: 'invalid_type' },
    ]);
  });

  it('takes JSON types as they are: a number is no decimal string, a string is no integer', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v2Request(PERSON_PATH, { relationship: { percent_ownership: 0.8 } }));
    expect(await errorOf(response)).toMatchObject({
      invalid_fields: [{ path: 'relationship.percent_ownership', code: 'invalid_type' }],
    });
  });

  it('requires a Stripe-Version header', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v2Request(ACCOUNT_PATH, {}, { stripeVersion: null }));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'stripe_version_required' });
  });

  it('reads the key from the Authorization header only', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v2Request(ACCOUNT_PATH, { key: TEST_KEY }, { key: null }));
    expect(response.status).toBe(401);
  });

  it('refuses live secret keys for person tokens and live restricted keys for account tokens', async () => {
    const emulator = createEmulator();
    for (const [path, key] of [
      [PERSON_PATH, 'sk_live_abcdefgh12345678'],
      [ACCOUNT_PATH, 'rk_live_abcdefgh12345678'],
    ] as const) {
      const response = await emulator.handle(v2Request(path, {}, { key }));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({
        type: 'invalid_request_error',
        code: 'token_must_be_created_with_publishable_key',
        message: 'Token must be created with publishable key.',
      });
    }
    expect((await emulator.handle(v2Request(PERSON_PATH, {}, { key: 'sk_test_abcdefgh12345678' }))).status).toBe(200);
  });

  it('refuses a body that is not a JSON object', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v2Request(ACCOUNT_PATH, ['not', 'an', 'object']));
    expect(await errorOf(response)).toMatchObject({ code: 'invalid_json' });
  });

  it('answers 404 for a path account that is not an account id', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v2Request('/v2/core/accounts/cus_123/person_tokens', {}));
    expect(response.status).toBe(404);
  });
});

describe('GET v2 tokens', () => {
  it('finds a person token only under the account it was created for', async () => {
    const emulator = createEmulator();
    const created = await jsonOf(await emulator.handle(v2Request(PERSON_PATH, { given_name: 'Jenny' })));
    const headers = { Authorization: `Bearer ${TEST_KEY}`, 'Stripe-Version': STRIPE_VERSION };
    const found = await emulator.handle(getRequest(`${PERSON_PATH}/${String(created.id)}`, headers));
    expect(await jsonOf(found)).toEqual(created);
    const elsewhere = await emulator.handle(
      getRequest(`/v2/core/accounts/acct_other/person_tokens/${String(created.id)}`, headers),
    );
    expect(elsewhere.status).toBe(404);
    expect(await errorOf(elsewhere)).toMatchObject({ code: 'not_found' });
  });

  it('finds an account token', async () => {
    const emulator = createEmulator();
    const created = await jsonOf(await emulator.handle(v2Request(ACCOUNT_PATH, { display_name: 'Jenny' })));
    const found = await emulator.handle(
      getRequest(`${ACCOUNT_PATH}/${String(created.id)}`, {
        Authorization: `Bearer ${TEST_KEY}`,
        'Stripe-Version': STRIPE_VERSION,
      }),
    );
    expect(found.status).toBe(200);
    expect(await jsonOf(found)).toEqual(created);
  });
});
