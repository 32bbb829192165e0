import { parse } from 'qs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, KeyError } from './errors';
import { DEFAULT_STRIPE_VERSION } from './stripe-version';
import { createVirtualClock } from './test-support/virtual-clock';
import { scriptedFetch } from './test-support/scripted-fetch';
import type { ScriptedStep } from './test-support/scripted-fetch';
import { createAccountToken, createPersonToken } from './tokens';

const PK = 'pk_test_51TestKey0001';
const V1_TOKEN = {
  id: 'ct_123',
  object: 'token',
  type: 'account',
  client_ip: '1.2.3.4',
  created: 1_790_000_000,
  livemode: false,
  used: false,
};
const V2_TOKEN = {
  id: 'accttok_123',
  object: 'v2.core.account_token',
  created: '2026-11-22T10:00:00.000Z',
  expires_at: '2026-11-22T10:10:00.000Z',
  livemode: false,
  used: false,
};
const SERVER_ERROR = { status: 500, body: { error: { type: 'api_error', message: 'boom' } } };

function setUp(steps: ScriptedStep[]) {
  const clock = createVirtualClock(1_000_000);
  const fetch = scriptedFetch(steps, clock);
  return { clock, fetch, base: { publishableKey: PK, fetch, clock } };
}

describe('key and endpoint checks', () => {
  it.each(['sk_test_51Secret0001', 'rk_live_51Restricted01'])('never sends a request with %s', async (key) => {
    const { fetch } = setUp([{ status: 200, body: V1_TOKEN }]);
    await expect(
      createAccountToken({ tos_shown_and_accepted: true }, { publishableKey: key, apiVersion: 'v1', fetch }),
    ).rejects.toBeInstanceOf(KeyError);
    await expect(
      createPersonToken({ first_name: 'A' }, { publishableKey: key, apiVersion: 'v1', fetch }),
    ).rejects.toBeInstanceOf(KeyError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('refuses a plain-http apiBase on a public host before sending', async () => {
    const { fetch, base } = setUp([{ status: 200, body: V1_TOKEN }]);
    await expect(
      createAccountToken({}, { ...base, apiVersion: 'v1', apiBase: 'http://api.example.com' }),
    ).rejects.toMatchObject({
      name: 'ConfigurationError',
      code: 'insecure_base_url',
    });
    expect(fetch.calls).toHaveLength(0);
  });

  it('allows plain http on localhost for the emulator', async () => {
    const { fetch, base } = setUp([{ status: 200, body: V1_TOKEN }]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1', apiBase: 'http://localhost:12111/' });
    expect(result.ok).toBe(true);
    expect(fetch.calls[0]?.url).toBe('http://localhost:12111/v1/tokens');
  });

  it('requires the account for v2 person tokens', async () => {
    const { fetch, base } = setUp([]);
    const options = { ...base, apiVersion: 'v2', account: '' } as const;
    await expect(createPersonToken({ given_name: 'A' }, options)).rejects.toBeInstanceOf(ConfigurationError);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('v1 requests', () => {
  it('are CORS simple requests by default: the key in the body and no header but Content-Type', async () => {
    const { fetch, base } = setUp([{ status: 200, body: V1_TOKEN }]);
    await createPersonToken({ first_name: 'Ada' }, { ...base, apiVersion: 'v1', idempotencyKey: 'submission-1' });
    const call = fetch.calls[0];
    expect([...(call?.headers.keys() ?? [])]).toEqual(['content-type']);
    // The one Content-Type value among the three a simple request may carry that a form body has.
    expect(call?.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(parse(call?.bodyText ?? '')).toMatchObject({ key: PK });
  });

  it('send a form body with the key inside, no Authorization header, and the idempotency header on request', async () => {
    const { fetch, base } = setUp([{ status: 200, body: V1_TOKEN }]);
    const result = await createAccountToken(
      {
        business_type: 'individual',
        individual: { first_name_kana: 'タロウ', dob: { day: 1, month: 2, year: 1990 } },
        tos_shown_and_accepted: true,
      },
      { ...base, apiVersion: 'v1', idempotencyHeader: true },
    );
    const call = fetch.calls[0];
    expect(call?.url).toBe('https://api.stripe.com/v1/tokens');
    expect(call?.method).toBe('POST');
    expect(call?.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(call?.headers.has('Authorization')).toBe(false);
    expect(call?.headers.has('Stripe-Version')).toBe(false);
    expect(call?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(parse(call?.bodyText ?? '')).toEqual({
      key: PK,
      account: {
        business_type: 'individual',
        individual: { first_name_kana: 'タロウ', dob: { day: '1', month: '2', year: '1990' } },
        tos_shown_and_accepted: 'true',
      },
    });
    expect(result).toEqual({
      ok: true,
      token: { id: 'ct_123', object: 'token', type: 'account', created: 1_790_000_000, livemode: false, used: false },
    });
  });

  it('stay CORS simple requests when the idempotency header is turned off explicitly', async () => {
    const { fetch, base } = setUp([{ status: 200, body: V1_TOKEN }]);
    await createAccountToken({ business_type: 'individual' }, { ...base, apiVersion: 'v1', idempotencyHeader: false });
    const headers = [...(fetch.calls[0]?.headers.keys() ?? [])];
    expect(headers).toEqual(['content-type']);
  });

  it('wraps person params in person[...] and sends Stripe-Version only when asked', async () => {
    const { fetch, base } = setUp([{ status: 200, body: { ...V1_TOKEN, id: 'cpt_1', type: 'person' } }]);
    await createPersonToken(
      { first_name: 'Ada', relationship: { owner: true } },
      { ...base, apiVersion: 'v1', stripeVersion: '2025-01-27.acacia' },
    );
    expect(parse(fetch.calls[0]?.bodyText ?? '')).toEqual({
      key: PK,
      person: { first_name: 'Ada', relationship: { owner: 'true' } },
    });
    expect(fetch.calls[0]?.headers.get('Stripe-Version')).toBe('2025-01-27.acacia');
  });

  it('passes param and the error fields through as a typed result', async () => {
    const { base } = setUp([
      {
        status: 400,
        headers: { 'Request-Id': 'req_abc' },
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'parameter_invalid_integer',
            param: 'account[individual][dob][day]',
            message: 'Invalid integer: x',
            doc_url: 'https://stripe.com/docs/error-codes/parameter-invalid-integer',
          },
        },
      },
    ]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1' });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'api',
        type: 'invalid_request_error',
        code: 'parameter_invalid_integer',
        param: 'account[individual][dob][day]',
        message: 'Invalid integer: x',
        docUrl: 'https://stripe.com/docs/error-codes/parameter-invalid-integer',
        status: 400,
        requestId: 'req_abc',
        retryable: false,
      },
    });
  });
});

describe('v2 requests', () => {
  it('send JSON with a bearer key and the pinned Stripe-Version', async () => {
    const { fetch, base } = setUp([{ status: 200, body: V2_TOKEN }]);
    const result = await createAccountToken(
      {
        contact_email: 'a@example.com',
        identity: { entity_type: 'individual', individual: { given_name: '太郎', surname: undefined } },
      },
      { ...base, apiVersion: 'v2' },
    );
    const call = fetch.calls[0];
    expect(call?.url).toBe('https://api.stripe.com/v2/core/account_tokens');
    expect(call?.headers.get('Authorization')).toBe(`Bearer ${PK}`);
    expect(call?.headers.get('Content-Type')).toBe('application/json');
    expect(call?.headers.get('Stripe-Version')).toBe(DEFAULT_STRIPE_VERSION);
    expect(DEFAULT_STRIPE_VERSION).toBe('2026-10-28.endive');
    // What the v2 API needs and nothing more: a preflight has to allow only these three.
    expect([...(call?.headers.keys() ?? [])].sort()).toEqual(['authorization', 'content-type', 'stripe-version']);
    expect(JSON.parse(call?.bodyText ?? '')).toEqual({
      contact_email: 'a@example.com',
      identity: { entity_type: 'individual', individual: { given_name: '太郎' } },
    });
    expect(result).toEqual({ ok: true, token: V2_TOKEN });
  });

  it('post person tokens under the account and honour a Stripe-Version override', async () => {
    const { fetch, base } = setUp([
      { status: 200, body: { ...V2_TOKEN, id: 'perstok_1', object: 'v2.core.account_person_token' } },
    ]);
    const result = await createPersonToken(
      { given_name: 'Ada', relationship: { owner: true, percent_ownership: '25' } },
      { ...base, apiVersion: 'v2', account: 'acct_1Abc', stripeVersion: '2026-10-28.preview' },
    );
    expect(fetch.calls[0]?.url).toBe('https://api.stripe.com/v2/core/accounts/acct_1Abc/person_tokens');
    expect(fetch.calls[0]?.headers.get('Stripe-Version')).toBe('2026-10-28.preview');
    expect(result.ok && result.token.id).toBe('perstok_1');
  });

  it('return invalid_fields paths as received', async () => {
    const { base } = setUp([
      {
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'invalid_fields',
            message: 'Some fields are invalid.',
            invalid_fields: [
              { path: 'identity.individual.given_name', code: 'required', message: 'Required.' },
              { path: 'contact_email' },
            ],
          },
        },
      },
    ]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v2' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.invalidFields).toEqual([
      { path: 'identity.individual.given_name', code: 'required', message: 'Required.' },
      { path: 'contact_email' },
    ]);
  });
});

describe('v2 errors', () => {
  it('keep a refusal that names no field: its code and message, nothing to place at a field', async () => {
    const { base } = setUp([
      {
        status: 400,
        headers: { 'Request-Id': 'req_v2' },
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'platform_registration_required',
            message: 'Platform has not signed up for Connect and cannot create connected accounts.',
          },
        },
      },
    ]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v2' });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'api',
        type: 'invalid_request_error',
        code: 'platform_registration_required',
        message: 'Platform has not signed up for Connect and cannot create connected accounts.',
        status: 400,
        requestId: 'req_v2',
        retryable: false,
      },
    });
  });

  it('read the field a v2 error names in invalid_param, as a param', async () => {
    const { base } = setUp([
      {
        status: 400,
        body: {
          error: { type: 'invalid_request_error', code: 'invalid_value', message: 'Bad.', invalid_param: 'email' },
        },
      },
    ]);
    const result = await createPersonToken({}, { ...base, apiVersion: 'v2', account: 'acct_1Abc' });
    expect(!result.ok && result.error.param).toBe('email');
  });
});

describe('retries', () => {
  it('send the same body on every attempt, without an idempotency key unless asked', async () => {
    const { fetch, base } = setUp([SERVER_ERROR, { networkError: true }, { status: 200, body: V1_TOKEN }]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1', random: () => 0.5 });
    expect(result.ok).toBe(true);
    expect(fetch.calls).toHaveLength(3);
    expect(fetch.calls.some((call) => call.headers.has('Idempotency-Key'))).toBe(false);
    expect(new Set(fetch.calls.map((call) => call.bodyText)).size).toBe(1);
  });

  it('reuse one idempotency key across retries and return the eventual token', async () => {
    const { fetch, base } = setUp([
      SERVER_ERROR,
      { networkError: true },
      { status: 409, body: {} },
      { status: 200, body: V1_TOKEN },
    ]);
    const result = await createAccountToken(
      {},
      { ...base, apiVersion: 'v1', idempotencyHeader: true, random: () => 0.5 },
    );
    expect(result.ok).toBe(true);
    expect(fetch.calls).toHaveLength(4);
    const keys = new Set(fetch.calls.map((call) => call.headers.get('Idempotency-Key')));
    expect(keys.size).toBe(1);
    expect(new Set(fetch.calls.map((call) => call.bodyText)).size).toBe(1);
  });

  it('use the idempotency key the caller gives', async () => {
    const { fetch, base } = setUp([SERVER_ERROR, { status: 200, body: V2_TOKEN }]);
    await createAccountToken(
      {},
      { ...base, apiVersion: 'v2', idempotencyHeader: true, idempotencyKey: 'submission-42' },
    );
    expect(fetch.calls.map((call) => call.headers.get('Idempotency-Key'))).toEqual(['submission-42', 'submission-42']);
  });

  it('give each submission its own key', async () => {
    const { fetch, base } = setUp([
      { status: 200, body: V1_TOKEN },
      { status: 200, body: V1_TOKEN },
    ]);
    await createAccountToken({}, { ...base, apiVersion: 'v1', idempotencyHeader: true });
    await createAccountToken({}, { ...base, apiVersion: 'v1', idempotencyHeader: true });
    expect(fetch.calls[0]?.headers.get('Idempotency-Key')).not.toBe(fetch.calls[1]?.headers.get('Idempotency-Key'));
  });

  it('wait with full-jitter exponential backoff from 500 ms', async () => {
    const { fetch, base } = setUp(Array.from({ length: 7 }, () => SERVER_ERROR));
    const result = await createAccountToken(
      {},
      { ...base, apiVersion: 'v1', random: () => 0.999, retry: { maxAttempts: 7, totalTimeoutMs: 60_000 } },
    );
    const waits = fetch.calls.slice(1).map((call, i) => call.at - (fetch.calls[i]?.at ?? 0));
    // Ceilings 500, 1000, 2000, 4000, 8000, then held at the 8 s cap; random 0.999 lands just below each.
    expect(waits).toEqual([499, 999, 1998, 3996, 7992, 7992]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'api', status: 500, retryable: true } });
  });

  it('spread waits randomly below the ceiling', async () => {
    const draws = [0, 0.25];
    const { fetch, base } = setUp([SERVER_ERROR, SERVER_ERROR, { status: 200, body: V1_TOKEN }]);
    await createAccountToken({}, { ...base, apiVersion: 'v1', random: () => draws.shift() ?? 0 });
    expect(fetch.calls.map((call) => call.at - (fetch.calls[0]?.at ?? 0))).toEqual([0, 0, 250]);
  });

  it('stop after maxAttempts', async () => {
    const { fetch, base } = setUp([SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1' });
    expect(fetch.calls).toHaveLength(4);
    expect(result.ok).toBe(false);
  });

  it('honour Retry-After on 429', async () => {
    const { fetch, base } = setUp([
      {
        status: 429,
        headers: { 'Retry-After': '3' },
        body: { error: { type: 'rate_limit_error', message: 'slow down' } },
      },
      { status: 200, body: V1_TOKEN },
    ]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1', random: () => 0 });
    expect(result.ok).toBe(true);
    expect((fetch.calls[1]?.at ?? 0) - (fetch.calls[0]?.at ?? 0)).toBe(3_000);
  });

  it('back off on 429 without Retry-After', async () => {
    const { fetch, base } = setUp([
      { status: 429, body: {} },
      { status: 200, body: V1_TOKEN },
    ]);
    await createAccountToken({}, { ...base, apiVersion: 'v1', random: () => 0.5 });
    expect((fetch.calls[1]?.at ?? 0) - (fetch.calls[0]?.at ?? 0)).toBe(250);
  });

  it('give up rather than wait past the total budget for Retry-After', async () => {
    const { fetch, base } = setUp([
      {
        status: 429,
        headers: { 'Retry-After': '60' },
        body: { error: { type: 'rate_limit_error', code: 'rate_limit', message: 'slow down' } },
      },
    ]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1' });
    expect(fetch.calls).toHaveLength(1);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'api', status: 429, code: 'rate_limit', retryable: true },
    });
  });

  it('stop at once on Stripe-Should-Retry: false, even for a 503', async () => {
    const { fetch, base } = setUp([
      {
        status: 503,
        headers: { 'Stripe-Should-Retry': 'false' },
        body: { error: { type: 'api_error', message: 'no' } },
      },
    ]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1' });
    expect(fetch.calls).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, error: { status: 503, retryable: false } });
  });

  it('retry a 400 when Stripe-Should-Retry: true', async () => {
    const { fetch, base } = setUp([
      { status: 400, headers: { 'Stripe-Should-Retry': 'true' }, body: {} },
      { status: 200, body: V1_TOKEN },
    ]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1' });
    expect(fetch.calls).toHaveLength(2);
    expect(result.ok).toBe(true);
  });

  it('do not retry ordinary 4xx errors', async () => {
    const { fetch, base } = setUp([
      { status: 401, body: { error: { type: 'authentication_error', message: 'Invalid API Key' } } },
    ]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1' });
    expect(fetch.calls).toHaveLength(1);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'api', type: 'authentication_error', status: 401, retryable: false },
    });
  });

  it('keep the whole submission within totalTimeoutMs', async () => {
    const steps = Array.from({ length: 20 }, () => SERVER_ERROR);
    const { clock, fetch, base } = setUp(steps);
    const started = clock.now();
    await createAccountToken(
      {},
      { ...base, apiVersion: 'v1', random: () => 0.999, retry: { maxAttempts: 20, totalTimeoutMs: 5_000 } },
    );
    expect(clock.now() - started).toBeLessThanOrEqual(5_000);
    expect(fetch.calls.length).toBeLessThan(20);
  });
});

describe('timeouts and cancellation', () => {
  it('cancel a hanging attempt after attemptTimeoutMs and retry it', async () => {
    const { fetch, base } = setUp([{ hang: true }, { status: 200, body: V1_TOKEN }]);
    const result = await createAccountToken(
      {},
      { ...base, apiVersion: 'v1', random: () => 0, retry: { attemptTimeoutMs: 1_000 } },
    );
    expect(result.ok).toBe(true);
    expect((fetch.calls[1]?.at ?? 0) - (fetch.calls[0]?.at ?? 0)).toBe(1_000);
  });

  it('report a timeout once every attempt has hung', async () => {
    const { fetch, base } = setUp([{ hang: true }, { hang: true }]);
    const result = await createAccountToken(
      {},
      { ...base, apiVersion: 'v1', retry: { attemptTimeoutMs: 1_000, maxAttempts: 2 } },
    );
    expect(fetch.calls).toHaveLength(2);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'timeout', type: 'api_connection_error', retryable: true },
    });
  });

  it('report a network error after the retries', async () => {
    const { base } = setUp([{ networkError: true }, { networkError: true }]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1', retry: { maxAttempts: 2 } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', retryable: true } });
  });

  it('stop at once when the caller aborts during an attempt', async () => {
    const { clock, fetch, base } = setUp([{ hang: true }, { status: 200, body: V1_TOKEN }]);
    const controller = new AbortController();
    const pending = createAccountToken({}, { ...base, apiVersion: 'v1', signal: controller.signal });
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const result = await pending;
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(fetch.calls).toHaveLength(1);
    expect(clock.pendingTimers).toBe(0);
  });

  it('stop at once when the caller aborts during a backoff wait', async () => {
    const { fetch, base } = setUp([SERVER_ERROR, { status: 200, body: V1_TOKEN }]);
    const controller = new AbortController();
    const pending = createAccountToken({}, { ...base, apiVersion: 'v1', signal: controller.signal, random: () => 0.9 });
    while (fetch.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const result = await pending;
    expect(result.ok === false && result.error.kind).toBe('aborted');
    expect(fetch.calls).toHaveLength(1);
  });

  it('send nothing when the signal is already aborted', async () => {
    const { fetch, base } = setUp([{ status: 200, body: V1_TOKEN }]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1', signal: AbortSignal.abort() });
    expect(result.ok === false && result.error.kind).toBe('aborted');
    expect(fetch.calls).toHaveLength(0);
  });

  it('report a 2xx answer that is not a token as an error', async () => {
    const { base } = setUp([{ status: 200, body: '<html>proxy</html>' }]);
    const result = await createAccountToken({}, { ...base, apiVersion: 'v1' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'api', code: 'unexpected_response', status: 200 } });
  });
});

describe('parameter types (checked by tsc)', () => {
  it('tie v1 options to v1 params and v2 options to v2 params', async () => {
    const { fetch, base } = setUp([{ status: 200, body: V2_TOKEN }]);
    // Never called: these lines exist for the type checker, which fails the build if an error disappears.
    const _misuse = (): unknown[] => [
      // @ts-expect-error v2 body fields are not v1 account params
      createAccountToken({ identity: { entity_type: 'individual' } }, { ...base, apiVersion: 'v1' }),
      // @ts-expect-error v1 fields are not v2 account params
      createAccountToken({ tos_shown_and_accepted: true }, { ...base, apiVersion: 'v2' }),
      // @ts-expect-error v2 person tokens need the account
      createPersonToken({ given_name: 'A' }, { ...base, apiVersion: 'v2' }),
      // @ts-expect-error unknown parameter
      createPersonToken({ first_nam: 'A' }, { ...base, apiVersion: 'v1' }),
    ];
    // v2 decimals may be plain strings, as they travel.
    await createPersonToken(
      { relationship: { percent_ownership: '12.5' } },
      { ...base, apiVersion: 'v2', account: 'acct_1' },
    );
    expect(JSON.parse(fetch.calls[0]?.bodyText ?? '')).toEqual({ relationship: { percent_ownership: '12.5' } });
  });
});
