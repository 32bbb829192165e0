import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileTypeError, KeyError } from './errors';
import { uploadFile } from './files';
import { fakeXhrClass } from './test-support/fake-xhr';
import { scriptedFetch } from './test-support/scripted-fetch';
import type { ScriptedStep } from './test-support/scripted-fetch';
import { createVirtualClock } from './test-support/virtual-clock';

const PK = 'pk_test_51TestKey0001';
const FILE_BODY = {
  id: 'file_123',
  object: 'file',
  purpose: 'identity_document',
  size: 4,
  type: 'png',
  filename: 'front.png',
  url: null,
  created: 1,
};
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

function setUp(steps: ScriptedStep[]) {
  const clock = createVirtualClock();
  const fetch = scriptedFetch(steps, clock);
  return { fetch, base: { publishableKey: PK, purpose: 'identity_document', fetch, clock } as const };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uploadFile', () => {
  it('sends only what Stripe documents for browser uploads: the bearer key and the multipart body', async () => {
    const { fetch, base } = setUp([{ status: 200, body: FILE_BODY }]);
    await uploadFile(new File([PNG_BYTES], 'front.png', { type: 'image/png' }), {
      ...base,
      idempotencyKey: 'upload-1',
    });
    const headers = fetch.calls[0]?.headers;
    // Content-Type (multipart, with its boundary) is left to fetch, which sets it from the FormData body.
    expect([...(headers?.keys() ?? [])]).toEqual(['authorization']);
    expect(fetch.calls[0]?.body).toBeInstanceOf(FormData);
    expect(headers?.get('Authorization')).toBe(`Bearer ${PK}`);
  });

  it('sends multipart with purpose and the file part carrying its real MIME type', async () => {
    const { fetch, base } = setUp([{ status: 200, body: FILE_BODY }]);
    const result = await uploadFile(new File([PNG_BYTES], 'front.png', { type: 'image/png' }), {
      ...base,
      idempotencyHeader: true,
    });
    const call = fetch.calls[0];
    expect(call?.url).toBe('https://files.stripe.com/v1/files');
    expect(call?.headers.get('Authorization')).toBe(`Bearer ${PK}`);
    expect(call?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const form = call?.body as FormData;
    expect(form.get('purpose')).toBe('identity_document');
    const part = form.get('file') as File;
    expect(part.type).toBe('image/png');
    expect(part.name).toBe('front.png');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(PNG_BYTES);
    expect(result).toEqual({ ok: true, file: FILE_BODY });
  });

  it('names a bare Blob from options.filename', async () => {
    const { fetch, base } = setUp([{ status: 200, body: FILE_BODY }]);
    await uploadFile(new Blob([PNG_BYTES], { type: 'application/pdf' }), {
      ...base,
      purpose: 'account_requirement',
      filename: 'passport.pdf',
    });
    const form = fetch.calls[0]?.body as FormData;
    expect((form.get('file') as File).name).toBe('passport.pdf');
    expect(form.get('purpose')).toBe('account_requirement');
  });

  it.each([
    ['', 'missing_file_type'],
    ['application/octet-stream', 'generic_file_type'],
  ])('refuses a file typed %j before sending', async (type, code) => {
    const { fetch, base } = setUp([]);
    await expect(uploadFile(new Blob([PNG_BYTES], { type }), base)).rejects.toMatchObject({
      name: 'FileTypeError',
      code,
    });
    await expect(uploadFile(new Blob([PNG_BYTES], { type }), base)).rejects.toBeInstanceOf(FileTypeError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('refuses a secret key and an insecure filesBase before sending', async () => {
    const { fetch, base } = setUp([]);
    const file = new Blob([PNG_BYTES], { type: 'image/png' });
    await expect(uploadFile(file, { ...base, publishableKey: 'sk_live_51Secret0001' })).rejects.toBeInstanceOf(
      KeyError,
    );
    await expect(uploadFile(file, { ...base, filesBase: 'http://files.example.com' })).rejects.toMatchObject({
      code: 'insecure_base_url',
    });
    expect(fetch.calls).toHaveLength(0);
  });

  it('retries with the same idempotency key and returns typed errors', async () => {
    const { fetch, base } = setUp([
      { status: 503, body: {} },
      {
        status: 400,
        body: { error: { type: 'invalid_request_error', code: 'file_too_large', param: 'file', message: 'Too big.' } },
      },
    ]);
    const result = await uploadFile(new Blob([PNG_BYTES], { type: 'image/png' }), {
      ...base,
      idempotencyHeader: true,
      random: () => 0,
    });
    expect(fetch.calls[0]?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(fetch.calls.map((call) => call.headers.get('Idempotency-Key'))).size).toBe(1);
    expect(fetch.calls).toHaveLength(2);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'api', code: 'file_too_large', param: 'file', retryable: false },
    });
  });

  it('reports start and end progress through fetch, sending the multipart bytes with their boundary', async () => {
    const { fetch, base } = setUp([{ status: 200, body: FILE_BODY }]);
    const progress: Array<[number, number]> = [];
    await uploadFile(new File([PNG_BYTES], 'front.png', { type: 'image/png' }), {
      ...base,
      onProgress: (loaded, total) => progress.push([loaded, total]),
    });
    const call = fetch.calls[0];
    const contentType = call?.headers.get('Content-Type') ?? '';
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const bytes = call?.body as Uint8Array;
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('name="purpose"');
    expect(text).toContain('Content-Type: image/png');
    expect(progress).toEqual([
      [0, bytes.byteLength],
      [bytes.byteLength, bytes.byteLength],
    ]);
  });

  it('uses XMLHttpRequest for progress when the environment has it', async () => {
    const FakeXhr = fakeXhrClass([
      {
        progress: [
          [10, 40],
          [40, 40],
        ],
        status: 200,
        body: FILE_BODY,
        headers: { 'Request-Id': 'req_1' },
      },
    ]);
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { fetch, base } = setUp([]);
    const progress: Array<[number, number]> = [];
    const result = await uploadFile(new File([PNG_BYTES], 'front.png', { type: 'image/png' }), {
      ...base,
      onProgress: (loaded, total) => progress.push([loaded, total]),
    });
    expect(result.ok).toBe(true);
    expect(fetch.calls).toHaveLength(0);
    const xhr = FakeXhr.instances[0];
    expect(xhr?.method).toBe('POST');
    expect(xhr?.url).toBe('https://files.stripe.com/v1/files');
    expect(xhr?.requestHeaders.authorization).toBe(`Bearer ${PK}`);
    expect(xhr?.requestHeaders['content-type']).toBeUndefined();
    expect((xhr?.sentBody as FormData).get('purpose')).toBe('identity_document');
    expect(progress).toEqual([
      [10, 40],
      [40, 40],
    ]);
  });

  it('keeps using fetch without onProgress even where XMLHttpRequest exists', async () => {
    const FakeXhr = fakeXhrClass([]);
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { fetch, base } = setUp([{ status: 200, body: FILE_BODY }]);
    await uploadFile(new Blob([PNG_BYTES], { type: 'image/png' }), base);
    expect(fetch.calls).toHaveLength(1);
    expect(FakeXhr.instances).toHaveLength(0);
  });
});
