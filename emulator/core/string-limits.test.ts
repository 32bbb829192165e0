import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import { errorOf, formBody, jsonOf, TEST_KEY, v1TokenRequest, v2Request } from '../test-support/requests';

const PERSON_PATH = '/v2/core/accounts/acct_1Nv0FGQ9RKHgCVdK/person_tokens';
const ACCOUNT_PATH = '/v2/core/account_tokens';

const v1 = (pairs: [string, string][]): Request => v1TokenRequest(formBody([['key', TEST_KEY], ...pairs]));
/** `count` code points; an emoji is two UTF-16 units but one code point. */
const text = (count: number, unit = 'a'): string => unit.repeat(count);

describe('string limits (Stripe’s OpenAPI maxLength)', () => {
  it('answers an over-long v1 value with a 400 naming the parameter in bracket form', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v1([['account[individual][first_name]', text(101)]]));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      type: 'invalid_request_error',
      code: 'parameter_invalid_string',
      param: 'account[individual][first_name]',
      message: expect.stringContaining('at most 100 characters') as unknown,
    });
  });

  it('takes a value at the limit, counting an emoji as one character', async () => {
    const emulator = createEmulator();
    const atLimit = await emulator.handle(v1([['account[individual][first_name]', text(100, '😀')]]));
    expect(atLimit.status).toBe(200);
    const over = await emulator.handle(v1([['account[individual][first_name]', text(101, '😀')]]));
    expect((await errorOf(over)).param).toBe('account[individual][first_name]');
  });

  it('holds each parameter to its own limit: a person token’s names take 5000, an address line 200', async () => {
    const emulator = createEmulator();
    expect((await emulator.handle(v1([['person[first_name]', text(5000)]]))).status).toBe(200);
    const longName = await errorOf(await emulator.handle(v1([['person[first_name]', text(5001)]])));
    expect(longName.param).toBe('person[first_name]');
    const longLine = await errorOf(await emulator.handle(v1([['person[address][line1]', text(201)]])));
    expect(longLine.param).toBe('person[address][line1]');
    const alias = await errorOf(await emulator.handle(v1([['account[individual][full_name_aliases][0]', text(301)]])));
    expect(alias.param).toBe('account[individual][full_name_aliases][0]');
  });

  it('lists over-long v2 values in invalid_fields, with the limit of the same v1 parameter', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      v2Request(ACCOUNT_PATH, {
        identity: { entity_type: 'individual', individual: { given_name: text(101), address: { city: text(101) } } },
      }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_fields');
    expect(error.invalid_fields).toEqual([
      { path: 'identity.individual.given_name', code: 'invalid_value', message: expect.any(String) as unknown },
      { path: 'identity.individual.address.city', code: 'invalid_value', message: expect.any(String) as unknown },
    ]);
    // A v2 person's given name is a v1 person token's first name: 5000.
    expect((await emulator.handle(v2Request(PERSON_PATH, { given_name: text(101) }))).status).toBe(200);
  });
});

describe('metadata limits (50 keys, keys of 1 to 40 characters without brackets, values up to 500)', () => {
  it('takes metadata within the limits', async () => {
    const emulator = createEmulator();
    const pairs = Array.from({ length: 50 }, (_, index): [string, string] => [
      `person[metadata][${`k${index}`.padEnd(40, 'x')}]`,
      text(500),
    ]);
    const response = await emulator.handle(v1(pairs));
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({ object: 'token', type: 'person' });
  });

  it('names metadata[key] when a key is longer than 40 characters', async () => {
    const emulator = createEmulator();
    const key = text(41, 'k');
    const error = await errorOf(await emulator.handle(v1([[`person[metadata][${key}]`, 'x']])));
    expect(error).toMatchObject({ code: 'parameter_invalid_string', param: `person[metadata][${key}]` });
  });

  it('names metadata[key] when a value is longer than 500 characters', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v1([['account[individual][metadata][ref]', text(501)]]));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).param).toBe('account[individual][metadata][ref]');
  });

  it('refuses a 51st key, naming the metadata', async () => {
    const emulator = createEmulator();
    const pairs = Array.from({ length: 51 }, (_, index): [string, string] => [`person[metadata][k${index}]`, 'v']);
    const error = await errorOf(await emulator.handle(v1(pairs)));
    expect(error).toMatchObject({ code: 'parameter_invalid_object', param: 'person[metadata]' });
  });

  it('refuses v2 keys with brackets or too long values, by path', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(v2Request(PERSON_PATH, { metadata: { 'a[b]': 'x', ref: text(501) } }));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.invalid_fields).toEqual([
      { path: 'metadata.a[b]', code: 'invalid_value', message: expect.any(String) as unknown },
      { path: 'metadata.ref', code: 'invalid_value', message: expect.any(String) as unknown },
    ]);
  });
});
