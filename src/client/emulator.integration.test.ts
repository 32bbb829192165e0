import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listenEmulator } from '../../emulator/node/listen';
import { createFetchTransport } from './fetch-transport';
import { uploadFile } from './files';
import { createAccountToken, createPersonToken } from './tokens';

// Runs the client against the local Stripe emulator over real HTTP on 127.0.0.1.

const PK = 'pk_test_51IntegrationKey01';
const QUICK_RETRIES = { initialDelayMs: 20, maxDelayMs: 100 };

interface LoggedRequest {
  method: string;
  path: string;
  status: number | null;
  idempotencyKey: string | null;
  stripeVersion: string | null;
}

let emulator: { url: string; close(): Promise<void> | void };

beforeAll(async () => {
  emulator = await listenEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await admin('POST', 'reset');
});

async function admin<T = unknown>(method: 'GET' | 'POST', resource: string, body?: unknown): Promise<T> {
  const response = await fetch(`${emulator.url}/__emulator/${resource}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`emulator admin ${method} ${resource}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const addFault = (fault: Record<string, unknown>): Promise<unknown> =>
  admin('POST', 'faults', { method: 'POST', ...fault });
const tokensStored = async (): Promise<Array<{ id: string }>> =>
  (await admin<{ data: Array<{ id: string }> }>('GET', 'tokens')).data;
const requestsTo = async (path: string): Promise<LoggedRequest[]> =>
  (await admin<{ data: LoggedRequest[] }>('GET', 'requests')).data.filter((entry) => entry.path === path);

const v1Account = {
  business_type: 'individual',
  individual: { first_name: 'Ada', last_name: 'Lovelace' },
  tos_shown_and_accepted: true,
} as const;

function v1Options() {
  return { publishableKey: PK, apiVersion: 'v1', apiBase: emulator.url, retry: QUICK_RETRIES } as const;
}

/** With the opt-in `Idempotency-Key` header. */
function idempotentV1Options() {
  return { ...v1Options(), idempotencyHeader: true } as const;
}

describe('tokens against the emulator', () => {
  it('creates a v1 account token and a v1 person token', async () => {
    const account = await createAccountToken(v1Account, v1Options());
    const person = await createPersonToken({ first_name: 'タロウ', last_name: '山田' }, v1Options());
    expect(account).toMatchObject({
      ok: true,
      token: { object: 'token', type: 'account', livemode: false, used: false },
    });
    expect(account.ok && account.token.id).toMatch(/^ct_/);
    expect(person.ok && person.token.id).toMatch(/^cpt_/);
    expect(await tokensStored()).toHaveLength(2);
  });

  it('creates v2 account and person tokens with the pinned Stripe-Version', async () => {
    const account = await createAccountToken(
      { contact_email: 'ada@example.com', identity: { entity_type: 'individual', individual: { given_name: 'Ada' } } },
      { publishableKey: PK, apiVersion: 'v2', apiBase: emulator.url },
    );
    const person = await createPersonToken(
      { given_name: 'Ada', relationship: { representative: true } },
      { publishableKey: PK, apiVersion: 'v2', account: 'acct_1Integration', apiBase: emulator.url },
    );
    expect(account.ok && account.token.id).toMatch(/^accttok_/);
    expect(account.ok && typeof account.token.created).toBe('string');
    expect(person.ok && person.token.id).toMatch(/^perstok_/);
    const logged = [
      ...(await requestsTo('/v2/core/account_tokens')),
      ...(await requestsTo('/v2/core/accounts/acct_1Integration/person_tokens')),
    ];
    expect(logged.map((entry) => entry.stripeVersion)).toEqual(['2026-10-28.endive', '2026-10-28.endive']);
  });

  it('passes Stripe’s v1 param and v2 invalid_fields through', async () => {
    const v1 = await createAccountToken(
      { individual: { dob: { day: 'x' } } } as unknown as typeof v1Account,
      v1Options(),
    );
    expect(v1).toMatchObject({
      ok: false,
      error: { kind: 'api', status: 400, param: 'account[individual][dob][day]', retryable: false },
    });
    const v2 = await createAccountToken({ identity: { entity_type: 'nonsense' } } as never, {
      publishableKey: PK,
      apiVersion: 'v2',
      apiBase: emulator.url,
    });
    expect(v2.ok).toBe(false);
    expect(!v2.ok && v2.error.invalidFields?.map((field) => field.path)).toContain('identity.entity_type');
  });

  it('sends no idempotency key by default; a retry after a lost answer leaves one unused token behind', async () => {
    await addFault({ path: '/v1/tokens', count: 1, when: 'after', fault: { type: 'status', status: 500 } });
    const result = await createAccountToken(v1Account, v1Options());
    const attempts = await requestsTo('/v1/tokens');
    expect(attempts.map((entry) => [entry.status, entry.idempotencyKey])).toEqual([
      [500, null],
      [200, null],
    ]);
    const stored = await tokensStored();
    expect(stored).toHaveLength(2);
    // The caller gets the second token only; the first is never handed out, so nothing can attach it.
    expect(result.ok && result.token.id).toBe(stored[1]?.id);
  });

  it('keeps one idempotency key across 500s and creates exactly one token', async () => {
    await addFault({ path: '/v1/tokens', count: 2, when: 'before', fault: { type: 'status', status: 500 } });
    const result = await createAccountToken(v1Account, idempotentV1Options());
    expect(result.ok).toBe(true);
    const attempts = await requestsTo('/v1/tokens');
    expect(attempts.map((entry) => entry.status)).toEqual([500, 500, 200]);
    expect(new Set(attempts.map((entry) => entry.idempotencyKey)).size).toBe(1);
    expect(await tokensStored()).toHaveLength(1);
  });

  it('gets the same token back when the first answer was lost after creation', async () => {
    await addFault({ path: '/v1/tokens', count: 1, when: 'after', fault: { type: 'status', status: 500 } });
    const result = await createAccountToken(v1Account, idempotentV1Options());
    const stored = await tokensStored();
    expect(stored).toHaveLength(1);
    expect(result.ok && result.token.id).toBe(stored[0]?.id);
    expect((await requestsTo('/v1/tokens')).map((entry) => entry.status)).toEqual([500, 200]);
  });

  it('retries a dropped connection', async () => {
    await addFault({ path: '/v1/tokens', count: 1, when: 'before', fault: { type: 'drop' } });
    const result = await createAccountToken(v1Account, v1Options());
    expect(result.ok).toBe(true);
    expect(await tokensStored()).toHaveLength(1);
  });

  it('waits for Retry-After on 429', async () => {
    await addFault({
      path: '/v1/tokens',
      count: 1,
      when: 'before',
      fault: { type: 'status', status: 429, retryAfter: 1 },
    });
    const started = performance.now();
    const result = await createAccountToken(v1Account, v1Options());
    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect((await requestsTo('/v1/tokens')).map((entry) => entry.status)).toEqual([429, 200]);
  });

  it('stops at once on Stripe-Should-Retry: false', async () => {
    await addFault({
      path: '/v1/tokens',
      count: 3,
      when: 'before',
      fault: { type: 'status', status: 503, shouldRetry: false },
    });
    const result = await createAccountToken(v1Account, v1Options());
    expect(result).toMatchObject({ ok: false, error: { status: 503, retryable: false } });
    expect(await requestsTo('/v1/tokens')).toHaveLength(1);
  });

  it('times out a hanging attempt and retries it with the same key', async () => {
    await addFault({ path: '/v1/tokens', count: 1, when: 'before', fault: { type: 'hang', ms: 5_000 } });
    const result = await createAccountToken(v1Account, {
      ...idempotentV1Options(),
      retry: { ...QUICK_RETRIES, attemptTimeoutMs: 300 },
    });
    expect(result.ok).toBe(true);
    const attempts = await requestsTo('/v1/tokens');
    expect(attempts).toHaveLength(2);
    expect(new Set(attempts.map((entry) => entry.idempotencyKey)).size).toBe(1);
    expect(await tokensStored()).toHaveLength(1);
  });

  it('stops at once when the caller aborts a hanging request', async () => {
    await addFault({ path: '/v1/tokens', count: 5, when: 'before', fault: { type: 'hang', ms: 10_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = performance.now();
    const result = await createAccountToken(v1Account, { ...v1Options(), signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await requestsTo('/v1/tokens')).toHaveLength(1);
    expect(await tokensStored()).toHaveLength(0);
  });

  it('never sends a secret key', async () => {
    await expect(
      createAccountToken(v1Account, { ...v1Options(), publishableKey: 'sk_test_51NeverSent0001' }),
    ).rejects.toMatchObject({
      code: 'secret_key',
    });
    expect(await admin<{ data: unknown[] }>('GET', 'requests')).toEqual({ data: [] });
  });
});

describe('file uploads against the emulator', () => {
  // A PNG signature followed by padding: enough for the emulator's type check, big enough for several chunks.
  const png = (bytes: number): File => {
    const data = new Uint8Array(bytes);
    data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return new File([data], 'front.png', { type: 'image/png' });
  };

  it('uploads with streamed progress that rises to the total', async () => {
    const progress: Array<[number, number]> = [];
    const result = await uploadFile(png(300_000), {
      publishableKey: PK,
      purpose: 'identity_document',
      filesBase: emulator.url,
      transport: createFetchTransport({ streamUploads: true }),
      onProgress: (loaded, total) => progress.push([loaded, total]),
    });
    expect(result).toMatchObject({
      ok: true,
      file: { object: 'file', purpose: 'identity_document', size: 300_000, type: 'png' },
    });
    expect(result.ok && result.file.id).toMatch(/^file_/);
    const total = progress[0]?.[1] ?? 0;
    expect(total).toBeGreaterThan(300_000);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.map(([loaded]) => loaded)).toEqual([...progress.map(([loaded]) => loaded)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it('retries an upload after a 500 with one idempotency key and stores one file', async () => {
    await addFault({ path: '/v1/files', count: 1, when: 'after', fault: { type: 'status', status: 500 } });
    const progress: number[] = [];
    const result = await uploadFile(png(1_000), {
      publishableKey: PK,
      purpose: 'account_requirement',
      filesBase: emulator.url,
      idempotencyHeader: true,
      retry: QUICK_RETRIES,
      onProgress: (loaded) => progress.push(loaded),
    });
    expect(result.ok).toBe(true);
    const attempts = await requestsTo('/v1/files');
    expect(attempts.map((entry) => entry.status)).toEqual([500, 200]);
    expect(new Set(attempts.map((entry) => entry.idempotencyKey)).size).toBe(1);
    expect((await admin<{ data: Array<{ id: string }> }>('GET', 'files')).data.map((file) => file.id)).toEqual([
      result.ok && result.file.id,
    ]);
    // Progress restarts with each attempt.
    expect(progress.filter((loaded) => loaded === 0)).toHaveLength(2);
  });

  it('reports Stripe’s refusal of a file whose contents do not match its type', async () => {
    const result = await uploadFile(new File([new Uint8Array([1, 2, 3, 4])], 'x.pdf', { type: 'application/pdf' }), {
      publishableKey: PK,
      purpose: 'identity_document',
      filesBase: emulator.url,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'api', status: 400, param: 'file', retryable: false } });
  });
});
