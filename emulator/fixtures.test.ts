// The request examples from Stripe's reference pages are accepted, and rejected with one unknown parameter added.
import { describe, expect, it } from 'vitest';
import { createEmulator } from './core/emulator';
import v1Account from './fixtures/v1-account-token.json';
import v1Person from './fixtures/v1-person-token.json';
import v2Account from './fixtures/v2-account-token.json';
import v2Person from './fixtures/v2-person-token.json';
import { errorOf, formBody, jsonOf, TEST_KEY, v2Request } from './test-support/requests';

interface FormFixture {
  path: string;
  form: string[][];
  unknownParam: string[];
}

function pairs(rows: string[][]): [string, string][] {
  return rows.map(([name = '', value = '']) => [name, value]);
}

interface JsonFixture {
  path: string;
  stripeVersion: string;
  body: Record<string, unknown>;
  unknownField: { path: string[]; value: unknown };
}

function formRequest(fixture: FormFixture, extra: string[][] = []): Request {
  return new Request(`http://127.0.0.1:12111${fixture.path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${TEST_KEY}` },
    body: formBody(pairs([...fixture.form, ...extra])),
  });
}

function withField(body: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let node: Record<string, unknown> = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string, unknown>;
  node[path.at(-1) ?? ''] = value;
  return copy;
}

describe.each([
  ['v1 account token', v1Account satisfies FormFixture],
  ['v1 person token', v1Person satisfies FormFixture],
])('%s example', (_name, fixture) => {
  it('is accepted', async () => {
    const response = await createEmulator().handle(formRequest(fixture));
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({ object: 'token' });
  });

  it('is rejected with one unknown parameter added', async () => {
    const response = await createEmulator().handle(formRequest(fixture, [fixture.unknownParam]));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'parameter_unknown', param: fixture.unknownParam[0] });
  });
});

describe.each([
  ['v2 account token', v2Account satisfies JsonFixture],
  ['v2 person token', v2Person satisfies JsonFixture],
])('%s example', (_name, fixture) => {
  it('is accepted', async () => {
    const response = await createEmulator().handle(
      v2Request(fixture.path, fixture.body, { stripeVersion: fixture.stripeVersion }),
    );
    expect(response.status).toBe(200);
  });

  it('is rejected with one unknown field added', async () => {
    const body = withField(fixture.body, fixture.unknownField.path, fixture.unknownField.value);
    const response = await createEmulator().handle(
      v2Request(fixture.path, body, { stripeVersion: fixture.stripeVersion }),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: 'invalid_fields',
      invalid_fields: [{ path: fixture.unknownField.path.join('.'), code: 'unknown' }],
    });
  });
});
