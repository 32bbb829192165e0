import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import {
  adminList,
  errorOf,
  formBody,
  getRequest,
  jsonOf,
  LIVE_KEY,
  matching,
  TEST_KEY,
  v1TokenRequest,
} from '../test-support/requests';

const FIXED_NOW = new Date('2026-05-01T12:00:00.000Z');

function withKey(pairs: [string, string][], key = TEST_KEY): string {
  return formBody([['key', key], ...pairs]);
}

describe('POST /v1/tokens: account tokens', () => {
  it('creates an account token shaped like Stripe’s, in test mode for a pk_test key', async () => {
    const emulator = createEmulator({ now: () => FIXED_NOW });
    const response = await emulator.handle(
      v1TokenRequest(
        withKey([
          ['account[business_type]', 'individual'],
          ['account[tos_shown_and_accepted]', 'true'],
        ]),
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Request-Id')).toMatch(/^req_[A-Za-z0-9]{14}$/);
    const body = await jsonOf(response);
    expect(body).toEqual({
      id: matching(/^ct_[A-Za-z0-9]{24}$/),
      object: 'token',
      type: 'account',
      client_ip: '127.0.0.1',
      created: Math.floor(FIXED_NOW.getTime() / 1000),
      livemode: false,
      redaction: null,
      used: false,
    });
  });

  it('keeps the parameters with Stripe’s types applied (integers, booleans, decimals)', async () => {
    const emulator = createEmulator();
    const body = await jsonOf(
      await emulator.handle(
        v1TokenRequest(
          withKey([
            ['account[business_type]', 'individual'],
            ['account[individual][dob][day]', '7'],
            ['account[individual][dob][month]', '12'],
            ['account[individual][dob][year]', '1990'],
            ['account[individual][relationship][percent_ownership]', '12.5'],
            ['account[individual][full_name_aliases][0]', 'J. Doe'],
            ['account[individual][metadata][ref]', 'abc'],
            ['account[tos_shown_and_accepted]', 'true'],
          ]),
        ),
      ),
    );
    const [token] = await adminList(emulator, `/tokens`);
    expect(token).toMatchObject({ id: body.id, kind: 'v1_account', livemode: false });
    expect(token?.params).toEqual({
      business_type: 'individual',
      individual: {
        dob: { day: 7, month: 12, year: 1990 },
        relationship: { percent_ownership: 12.5 },
        full_name_aliases: ['J. Doe'],
        metadata: { ref: 'abc' },
      },
      tos_shown_and_accepted: true,
    });
  });

  it('accepts the key in an Authorization header as well as in the body', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      v1TokenRequest(formBody([['person[first_name]', 'Jane']]), { Authorization: `Bearer ${TEST_KEY}` }),
    );
    expect(response.status).toBe(200);
  });

  it('accepts empty strings where Stripe allows unsetting (dob, full_name_aliases)', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      v1TokenRequest(
        withKey([
          ['account[individual][dob]', ''],
          ['account[individual][full_name_aliases]', ''],
        ]),
      ),
    );
    expect(response.status).toBe(200);
  });
});

describe('POST /v1/tokens: validation errors in Stripe’s shape', () => {
  async function errorFor(pairs: [string, string][]): Promise<Record<string, unknown>> {
    const emulator = createEmulator();
    const response = await emulator.handle(v1TokenRequest(withKey(pairs)));
    expect(response.status).toBe(400);
    return errorOf(response);
  }

  it('names an unknown parameter in bracket form, with doc and log links', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v1TokenRequest(withKey([['account[individual][foo]', 'x']])));
    const error = await errorOf(response);
    expect(error).toEqual({
      type: 'invalid_request_error',
      code: 'parameter_unknown',
      param: 'account[individual][foo]',
      message: 'Received unknown parameter: account[individual][foo]',
      doc_url: 'https://docs.stripe.com/error-codes/parameter-unknown',
      request_log_url: `https://dashboard.stripe.com/test/logs/${response.headers.get('Request-Id') ?? ''}`,
    });
  });

  it('rejects text where an integer is expected', async () => {
    expect(
      await errorFor([
        ['account[individual][dob][day]', 'first'],
        ['account[individual][dob][month]', '1'],
        ['account[individual][dob][year]', '1990'],
      ]),
    ).toMatchObject({
      code: 'parameter_invalid_integer',
      param: 'account[individual][dob][day]',
    });
  });

  it('rejects anything but true/false for a boolean', async () => {
    expect(await errorFor([['account[tos_shown_and_accepted]', 'yes']])).toMatchObject({
      code: 'parameter_invalid_boolean',
      param: 'account[tos_shown_and_accepted]',
    });
  });

  it('rejects a value outside an enum and lists the choices', async () => {
    const error = await errorFor([['account[business_type]', 'sole_trader']]);
    expect(error).toMatchObject({ code: 'parameter_invalid_enum', param: 'account[business_type]' });
    expect(error.message).toBe(
      'Invalid account[business_type]: must be one of company, government_entity, individual, or non_profit',
    );
  });

  it('rejects an empty string on a parameter that cannot be unset', async () => {
    expect(await errorFor([['account[individual][first_name]', '']])).toMatchObject({
      code: 'parameter_invalid_empty',
      param: 'account[individual][first_name]',
    });
  });

  it('asks for the missing part of a date when only some of it is given', async () => {
    expect(
      await errorFor([
        ['account[individual][dob][day]', '1'],
        ['account[individual][dob][year]', '1990'],
      ]),
    ).toMatchObject({
      code: 'parameter_missing',
      param: 'account[individual][dob][month]',
    });
  });

  it('names array elements with their index', async () => {
    expect(
      await errorFor([
        ['person[full_name_aliases][0]', 'A'],
        ['person[full_name_aliases][1][nested]', 'B'],
      ]),
    ).toMatchObject({
      code: 'parameter_invalid_string',
      param: 'person[full_name_aliases][1]',
    });
  });

  it('refuses other kinds of token, such as card, with a clear message', async () => {
    const error = await errorFor([['card[number]', '4242424242424242']]);
    expect(error).toMatchObject({ code: 'parameter_unknown', param: 'card' });
    expect(error.message).toContain('account and person tokens only');
  });

  it('refuses account and person in one request, and a request with neither', async () => {
    expect(
      await errorFor([
        ['account[business_type]', 'individual'],
        ['person[first_name]', 'J'],
      ]),
    ).toMatchObject({ code: 'parameters_exclusive' });
    expect(await errorFor([])).toMatchObject({ code: 'parameter_missing' });
  });

  it('accepts expand[] at the top level', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      v1TokenRequest(
        withKey([
          ['expand[0]', 'person'],
          ['person[first_name]', 'Jane'],
        ]),
      ),
    );
    expect(response.status).toBe(200);
  });
});

describe('POST /v1/tokens: key rules', () => {
  async function send(key: string | null, pairs: [string, string][]): Promise<Response> {
    const emulator = createEmulator();
    return emulator.handle(v1TokenRequest(key === null ? formBody(pairs) : withKey(pairs, key)));
  }
  const account: [string, string][] = [['account[business_type]', 'individual']];
  const person: [string, string][] = [['person[first_name]', 'Jane']];

  it('follows the key’s mode: pk_live gives livemode true', async () => {
    const response = await send(LIVE_KEY, person);
    expect(await jsonOf(response)).toMatchObject({ livemode: true, type: 'person', id: matching(/^cpt_/) });
  });

  it('accepts a secret key in test mode', async () => {
    expect((await send('sk_test_abcdefgh12345678', account)).status).toBe(200);
    expect((await send('sk_test_abcdefgh12345678', person)).status).toBe(200);
  });

  it('refuses live secret and restricted keys with token_must_be_created_with_publishable_key', async () => {
    for (const [key, pairs] of [
      ['sk_live_abcdefgh12345678', person],
      ['sk_live_abcdefgh12345678', account],
      ['rk_live_abcdefgh12345678', account],
    ] as const) {
      const response = await send(key, [...pairs]);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: 'token_must_be_created_with_publishable_key' });
    }
  });

  it('answers 401 with a masked key for a malformed key', async () => {
    const response = await send('pk_test_bad!key1234', person);
    expect(response.status).toBe(401);
    expect(await jsonOf(response)).toEqual({
      error: { type: 'invalid_request_error', message: 'Invalid API Key provided: pk_test_****1234' },
    });
  });

  it('answers 401 when there is no key at all', async () => {
    const response = await send(null, person);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toContain('You did not provide an API key');
  });
});

describe('GET /v1/tokens/{id}', () => {
  it('returns a created token in the same mode and 404 otherwise', async () => {
    const emulator = createEmulator();
    const created = await jsonOf(await emulator.handle(v1TokenRequest(withKey([['person[first_name]', 'Jane']]))));
    const id = String(created.id);
    const found = await emulator.handle(getRequest(`/v1/tokens/${id}`, { Authorization: `Bearer ${TEST_KEY}` }));
    expect(await jsonOf(found)).toEqual(created);
    const otherMode = await emulator.handle(getRequest(`/v1/tokens/${id}`, { Authorization: `Bearer ${LIVE_KEY}` }));
    expect(otherMode.status).toBe(404);
    expect(await errorOf(otherMode)).toMatchObject({ code: 'resource_missing', param: 'token' });
  });
});

describe('unknown routes', () => {
  it('answer 404 in Stripe’s error shape', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(getRequest('/v1/charges'));
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toBe('Unrecognized request URL (GET: /v1/charges).');
  });
});
