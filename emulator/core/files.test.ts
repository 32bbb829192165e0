import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import { MAX_FILE_BYTES } from './file-types';
import {
  adminList,
  anyNumber,
  errorOf,
  FILE_BYTES,
  formBody,
  getRequest,
  jsonOf,
  LIVE_KEY,
  matching,
  ORIGIN,
  TEST_KEY,
  uploadFile,
  uploadRequest,
  v1TokenRequest,
  v2Request,
} from '../test-support/requests';

const FIXED_NOW = new Date('2026-05-01T12:00:00.000Z');

describe('POST /v1/files', () => {
  it('stores a JPEG, PNG or PDF and answers like Stripe', async () => {
    const emulator = createEmulator({ now: () => FIXED_NOW });
    for (const [bytes, type, kind] of [
      [FILE_BYTES.jpeg, 'image/jpeg', 'jpg'],
      [FILE_BYTES.png, 'image/png', 'png'],
      [FILE_BYTES.pdf, 'application/pdf', 'pdf'],
    ] as const) {
      const response = await emulator.handle(
        uploadRequest({ bytes, type, filename: `id.${kind}`, purpose: 'account_requirement' }),
      );
      expect(response.status).toBe(200);
      expect(await jsonOf(response)).toEqual({
        id: matching(/^file_[A-Za-z0-9]{24}$/),
        object: 'file',
        created: Math.floor(FIXED_NOW.getTime() / 1000),
        expires_at: null,
        filename: `id.${kind}`,
        links: null,
        purpose: 'account_requirement',
        size: bytes.length,
        title: null,
        type: kind,
        url: null,
      });
    }
  });

  it('judges the type from the bytes: a text file named .jpg is refused', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(
      uploadRequest({ bytes: FILE_BYTES.text, type: 'image/jpeg', filename: 'fake.jpg' }),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'file_type_unsupported', param: 'file' });
  });

  it('requires the declared MIME type to match the content, and refuses application/octet-stream', async () => {
    const emulator = createEmulator();
    for (const type of ['application/octet-stream', 'image/png']) {
      const response = await emulator.handle(uploadRequest({ bytes: FILE_BYTES.jpeg, type }));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: 'file_type_mismatch', param: 'file' });
    }
  });

  it('accepts exactly 10 MB and refuses one byte more', async () => {
    const emulator = createEmulator();
    const atLimit = new Uint8Array(MAX_FILE_BYTES);
    atLimit.set(FILE_BYTES.jpeg);
    expect((await emulator.handle(uploadRequest({ bytes: atLimit }))).status).toBe(200);
    const overLimit = new Uint8Array(MAX_FILE_BYTES + 1);
    overLimit.set(FILE_BYTES.jpeg);
    const response = await emulator.handle(uploadRequest({ bytes: overLimit }));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'file_too_large', param: 'file' });
  });

  it('refuses an empty file', async () => {
    const emulator = createEmulator();
    const response = await emulator.handle(uploadRequest({ bytes: new Uint8Array(0) }));
    expect(await errorOf(response)).toMatchObject({ code: 'file_empty', param: 'file' });
  });

  it('accepts only the three onboarding purposes', async () => {
    const emulator = createEmulator();
    const wrong = await emulator.handle(uploadRequest({ purpose: 'dispute_evidence' }));
    expect(await errorOf(wrong)).toMatchObject({ code: 'parameter_invalid_enum', param: 'purpose' });
    const missing = await emulator.handle(uploadRequest({ purpose: null }));
    expect(await errorOf(missing)).toMatchObject({ code: 'parameter_missing', param: 'purpose' });
  });

  it('refuses a body that is not multipart and a request without a key', async () => {
    const emulator = createEmulator();
    const notMultipart = await emulator.handle(
      new Request(`${ORIGIN}/v1/files`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
        body: '{}',
      }),
    );
    expect(notMultipart.status).toBe(400);
    const noKey = await emulator.handle(uploadRequest({ headers: { Authorization: '' } }));
    expect(noKey.status).toBe(401);
  });

  it('can be read back with GET /v1/files/{id}, and the admin API shows metadata only', async () => {
    const emulator = createEmulator();
    const id = await uploadFile(emulator, { filename: 'front.jpg' });
    const found = await emulator.handle(getRequest(`/v1/files/${id}`, { Authorization: `Bearer ${TEST_KEY}` }));
    expect(await jsonOf(found)).toMatchObject({ id, filename: 'front.jpg', type: 'jpg' });
    expect(await adminList(emulator, '/files')).toEqual([
      {
        id,
        object: 'file',
        purpose: 'identity_document',
        filename: 'front.jpg',
        mimeType: 'image/jpeg',
        size: FILE_BYTES.jpeg.length,
        type: 'jpg',
        livemode: false,
        created: anyNumber(),
      },
    ]);
  });
});

describe('file ids inside tokens', () => {
  async function v1PersonWith(
    emulator: ReturnType<typeof createEmulator>,
    pairs: [string, string][],
  ): Promise<Response> {
    return emulator.handle(v1TokenRequest(formBody([['key', TEST_KEY], ...pairs])));
  }

  it('accepts an identity document for verification.document.front', async () => {
    const emulator = createEmulator();
    const id = await uploadFile(emulator, { purpose: 'identity_document' });
    expect((await v1PersonWith(emulator, [['person[verification][document][front]', id]])).status).toBe(200);
  });

  it('refuses a file id that does not exist, naming the field', async () => {
    const emulator = createEmulator();
    const response = await v1PersonWith(emulator, [
      ['person[verification][additional_document][back]', 'file_missing'],
    ]);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: 'resource_missing',
      param: 'person[verification][additional_document][back]',
    });
  });

  it('refuses a file uploaded in the other mode', async () => {
    const emulator = createEmulator();
    const id = await uploadFile(emulator, { key: LIVE_KEY });
    expect((await v1PersonWith(emulator, [['person[verification][document][front]', id]])).status).toBe(400);
  });

  it('refuses a file with the wrong purpose for the field', async () => {
    const emulator = createEmulator();
    const identity = await uploadFile(emulator, { purpose: 'identity_document' });
    const requirement = await uploadFile(emulator, { purpose: 'account_requirement' });
    const additional = await uploadFile(emulator, { purpose: 'additional_verification' });

    const passport = await v1PersonWith(emulator, [['person[documents][passport][files][0]', identity]]);
    expect(await errorOf(passport)).toMatchObject({
      code: 'parameter_invalid_file_purpose',
      param: 'person[documents][passport][files][0]',
    });
    expect((await v1PersonWith(emulator, [['person[documents][passport][files][0]', requirement]])).status).toBe(200);

    const company = (file: string): Promise<Response> =>
      emulator.handle(
        v1TokenRequest(
          formBody([
            ['key', TEST_KEY],
            ['account[company][verification][document][front]', file],
          ]),
        ),
      );
    expect(await errorOf(await company(identity))).toMatchObject({
      param: 'account[company][verification][document][front]',
    });
    expect((await company(additional)).status).toBe(200);
  });

  it('checks v2 front_back documents and files documents, reporting the field path', async () => {
    const emulator = createEmulator();
    const identity = await uploadFile(emulator, { purpose: 'identity_document' });
    const requirement = await uploadFile(emulator, { purpose: 'account_requirement' });
    const path = '/v2/core/accounts/acct_123/person_tokens';
    const good = await emulator.handle(
      v2Request(path, {
        documents: {
          primary_verification: { type: 'front_back', front_back: { front: identity } },
          visa: { type: 'files', files: [requirement] },
        },
      }),
    );
    expect(good.status).toBe(200);
    const bad = await emulator.handle(
      v2Request(path, {
        documents: {
          primary_verification: { type: 'front_back', front_back: { front: requirement } },
          visa: { type: 'files', files: [identity] },
        },
      }),
    );
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatchObject({
      code: 'invalid_fields',
      invalid_fields: [
        { path: 'documents.primary_verification.front_back.front', code: 'invalid_value' },
        { path: 'documents.visa.files[0]', code: 'invalid_value' },
      ],
    });
  });
});
