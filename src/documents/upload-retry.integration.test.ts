import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listenEmulator } from '../../emulator/node/listen';
import { uploadFile } from '../client/files';
import { checkDocument } from './check-document';
import { DocumentUploads } from './document-uploads';
import { buildPng } from './test-support/fixtures';

// A document upload whose answer is lost, tried again by the person, against the emulator over real HTTP.

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
  if (!response.ok) throw new Error(`emulator admin ${method} ${resource}: ${response.status}`);
  return (await response.json()) as T;
}

const storedFiles = async (): Promise<string[]> =>
  (await admin<{ data: { id: string }[] }>('GET', 'files')).data.map((file) => file.id);

function documentField(idempotencyHeader: boolean): DocumentUploads {
  return new DocumentUploads({
    settings: () => ({
      publishableKey: 'pk_test_51IntegrationKey01',
      purpose: 'identity_document',
      filesBase: emulator.url,
      multiple: false,
      idempotencyHeader,
    }),
    check: (file) => checkDocument(file),
    // One attempt per try: the client's own retries are not what is tested here.
    upload: (file, options) => uploadFile(file, { ...options, retry: { maxAttempts: 1 } }),
    onChange: () => undefined,
  });
}

async function loseTheFirstAnswerAndRetry(uploads: DocumentUploads): Promise<void> {
  await admin('POST', 'faults', {
    path: '/v1/files',
    method: 'POST',
    count: 1,
    when: 'after',
    fault: { type: 'drop' },
  });
  uploads.add([new File([buildPng({ width: 64, height: 48 })], 'id.png', { type: 'image/png' })]);
  await uploads.whenSettled();
  expect(uploads.entries[0]).toMatchObject({ status: 'failed', retryable: true });
  uploads.retry(uploads.entries[0]?.key ?? -1);
  await uploads.whenSettled();
}

describe('a document upload tried again after its answer was lost', () => {
  it('with the idempotency header: Stripe answers with the file it made, and there is one', async () => {
    const uploads = documentField(true);
    await loseTheFirstAnswerAndRetry(uploads);
    expect(await storedFiles()).toEqual(uploads.fileIds);
    expect(uploads.fileIds).toHaveLength(1);
  });

  it('without it: at most one unused file is left behind, and the form holds only the second', async () => {
    const uploads = documentField(false);
    await loseTheFirstAnswerAndRetry(uploads);
    const stored = await storedFiles();
    expect(stored).toHaveLength(2);
    expect(uploads.fileIds).toHaveLength(1);
    expect(stored).toContain(uploads.fileIds[0]);
  });
});
