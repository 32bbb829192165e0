import { describe, expect, it, vi } from 'vitest';
import type { UploadFileOptions } from '../client/files';
import type { ApiError, FileUploadResult } from '../client/results';
import { KeyError } from '../client/errors';
import { checkDocument } from './check-document';
import { DocumentUploads } from './document-uploads';
import type { UploadSettings } from './document-uploads';
import { buildJpeg, buildPdf, buildPng, textFile } from './test-support/fixtures';

interface PendingUpload {
  blob: Blob;
  options: UploadFileOptions;
  resolve: (result: FileUploadResult) => void;
}

/** An upload function whose calls wait until the test answers them. */
function controllableUpload() {
  const calls: PendingUpload[] = [];
  const upload = vi.fn(
    (blob: Blob, options: UploadFileOptions) =>
      new Promise<FileUploadResult>((resolve) => {
        calls.push({ blob, options, resolve });
        options.signal?.addEventListener('abort', () =>
          resolve({ ok: false, error: { kind: 'aborted', type: 'aborted', message: 'aborted', retryable: false } }),
        );
      }),
  );
  return { upload, calls };
}

const fileResult = (id: string): FileUploadResult => ({
  ok: true,
  file: { id, object: 'file', purpose: 'identity_document', size: 1 },
});

const networkError: ApiError = { kind: 'network', type: 'network_error', message: 'offline', retryable: true };

function setup(settings: Partial<UploadSettings> = {}) {
  const { upload, calls } = controllableUpload();
  const revoked: string[] = [];
  let previews = 0;
  const onChange = vi.fn();
  const uploads = new DocumentUploads({
    settings: () => ({
      publishableKey: 'pk_test_123456789',
      purpose: 'identity_document',
      filesBase: 'http://127.0.0.1:9999',
      multiple: false,
      ...settings,
    }),
    check: (file) => checkDocument(file),
    upload,
    onChange,
    createPreview: () => `blob:preview-${++previews}`,
    revokePreview: (url) => revoked.push(url),
  });
  return { uploads, upload, calls, revoked, onChange };
}

const png = () =>
  new File([buildPng({ width: 4, height: 4 })], 'Jenny Rosen passport.pdf', { type: 'application/pdf' });
const pdf = () => new File([buildPdf()], 'statement.pdf');

describe('DocumentUploads', () => {
  it('sends the idempotency header only when the settings opt in', async () => {
    const plain = setup();
    plain.uploads.add([png()]);
    await vi.waitFor(() => expect(plain.calls).toHaveLength(1));
    expect(plain.calls[0]?.options.idempotencyHeader).toBeUndefined();

    const opted = setup({ idempotencyHeader: true });
    opted.uploads.add([png()]);
    await vi.waitFor(() => expect(opted.calls).toHaveLength(1));
    expect(opted.calls[0]?.options.idempotencyHeader).toBe(true);
  });

  it('checks a chosen file, uploads it at once with its real type and a neutral name, and keeps the id', async () => {
    const { uploads, calls } = setup();
    expect(uploads.status).toBe('idle');
    uploads.add([png()]);
    expect(uploads.status).toBe('checking');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const [call] = calls;
    if (!call) throw new Error('no upload');
    expect(uploads.status).toBe('uploading');
    expect(call.blob.type).toBe('image/png');
    expect(call.options).toMatchObject({
      publishableKey: 'pk_test_123456789',
      purpose: 'identity_document',
      filesBase: 'http://127.0.0.1:9999',
      filename: 'document.png',
    });

    call.options.onProgress?.(50, 100);
    expect(uploads.entries[0]?.progress).toEqual({ loaded: 50, total: 100 });

    const settled = uploads.whenSettled();
    call.resolve(fileResult('file_1'));
    await settled;
    expect(uploads.status).toBe('uploaded');
    expect(uploads.fileIds).toEqual(['file_1']);
    expect(uploads.entries[0]).toMatchObject({
      status: 'uploaded',
      kind: 'png',
      previewUrl: 'blob:preview-1',
      retryable: false,
    });
  });

  it('refuses a bad file before anything is sent and reports why', async () => {
    const { uploads, upload } = setup();
    uploads.add([new File([textFile()], 'id.jpg', { type: 'image/jpeg' })]);
    await uploads.whenSettled();
    expect(upload).not.toHaveBeenCalled();
    expect(uploads.rejection).toEqual({ code: 'unsupported_type' });
    expect(uploads.status).toBe('failed');
    expect(uploads.entries).toEqual([]);
  });

  it('keeps the uploaded file when a replacement is refused', async () => {
    const { uploads, calls } = setup();
    uploads.add([png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]?.resolve(fileResult('file_1'));
    await uploads.whenSettled();
    uploads.add([new File([], 'empty.png')]);
    await uploads.whenSettled();
    expect(uploads.rejection).toEqual({ code: 'empty' });
    expect(uploads.fileIds).toEqual(['file_1']);
    expect(uploads.status).toBe('uploaded');
  });

  it('replaces the file of a single-file field and revokes the old thumbnail', async () => {
    const { uploads, calls, revoked } = setup();
    uploads.add([png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]?.resolve(fileResult('file_1'));
    await uploads.whenSettled();
    uploads.add([png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(revoked).toEqual(['blob:preview-1']);
    calls[1]?.resolve(fileResult('file_2'));
    await uploads.whenSettled();
    expect(uploads.fileIds).toEqual(['file_2']);
  });

  it('takes only the first of several files in a single-file field', async () => {
    const { uploads, calls } = setup();
    uploads.add([png(), pdf()]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(uploads.entries).toHaveLength(1);
  });

  it('collects several files, in order, in a list field; PDFs get no thumbnail', async () => {
    const { uploads, calls } = setup({ multiple: true, purpose: 'account_requirement' });
    uploads.add([png(), pdf()]);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    const byType = (type: string) => calls.find((call) => call.blob.type === type);
    expect(byType('application/pdf')?.options.filename).toBe('document.pdf');
    byType('application/pdf')?.resolve(fileResult('file_pdf'));
    byType('image/png')?.resolve(fileResult('file_png'));
    await uploads.whenSettled();
    expect(uploads.fileIds).toEqual(['file_png', 'file_pdf']);
    expect(uploads.entries.map((entry) => entry.previewUrl)).toEqual(['blob:preview-1', undefined]);
    expect(calls[0]?.options.purpose).toBe('account_requirement');
  });

  it('cancel aborts the running upload, forgets the file and settles', async () => {
    const { uploads, calls, revoked } = setup();
    uploads.add([png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const settled = uploads.whenSettled();
    const key = uploads.entries[0]?.key ?? -1;
    uploads.cancel(key);
    await settled;
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    expect(uploads.entries).toEqual([]);
    expect(uploads.status).toBe('idle');
    expect(revoked).toEqual(['blob:preview-1']);
  });

  it('cancel during the check sends nothing', async () => {
    const { uploads, upload } = setup();
    uploads.add([png()]);
    expect(uploads.entries[0]?.status).toBe('checking');
    uploads.cancel(uploads.entries[0]?.key ?? -1);
    await uploads.whenSettled();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(upload).not.toHaveBeenCalled();
    expect(uploads.status).toBe('idle');
  });

  it('shows a failed upload as failed, and retry sends the same bytes again', async () => {
    const { uploads, calls } = setup();
    uploads.add([png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]?.resolve({ ok: false, error: networkError });
    await uploads.whenSettled();
    expect(uploads.status).toBe('failed');
    expect(uploads.entries[0]).toMatchObject({ status: 'failed', failure: 'offline', retryable: true });

    uploads.retry(uploads.entries[0]?.key ?? -1);
    expect(uploads.status).toBe('uploading');
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(await calls[1]?.blob.arrayBuffer()).toEqual(await calls[0]?.blob.arrayBuffer());
    calls[1]?.resolve(fileResult('file_after_retry'));
    await uploads.whenSettled();
    expect(uploads.fileIds).toEqual(['file_after_retry']);
    expect(uploads.entries[0]).toMatchObject({ status: 'uploaded', retryable: false });
  });

  it('retries an upload whose answer was lost under the same idempotency key, so Stripe makes no second file', async () => {
    const { uploads, calls } = setup({ idempotencyHeader: true });
    uploads.add([png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    // Offline for longer than the client's own retries: the person tries again once back.
    calls[0]?.resolve({ ok: false, error: networkError });
    await uploads.whenSettled();
    uploads.retry(uploads.entries[0]?.key ?? -1);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    const firstKey = calls[0]?.options.idempotencyKey;
    expect(firstKey).toMatch(/\S{16,}/);
    expect(calls[1]?.options.idempotencyKey).toBe(firstKey);
    calls[1]?.resolve(fileResult('file_made_once'));
    await uploads.whenSettled();
    expect(uploads.fileIds).toEqual(['file_made_once']);
  });

  it('retries under a new key after Stripe answered with an error, which it would replay for the old one', async () => {
    const { uploads, calls } = setup({ idempotencyHeader: true });
    uploads.add([png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]?.resolve({
      ok: false,
      error: { kind: 'api', type: 'api_error', message: 'Something went wrong', status: 500, retryable: true },
    });
    await uploads.whenSettled();
    uploads.retry(uploads.entries[0]?.key ?? -1);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.options.idempotencyKey).not.toBe(calls[0]?.options.idempotencyKey);
  });

  it('gives each document its own key', async () => {
    const { uploads, calls } = setup({ idempotencyHeader: true, multiple: true });
    uploads.add([png(), png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]?.options.idempotencyKey).not.toBe(calls[1]?.options.idempotencyKey);
  });

  it('reports a bad key as the page’s configuration, not retryable by the user', async () => {
    const { uploads, upload } = setup();
    upload.mockImplementationOnce(() => {
      throw new KeyError('secret_key', 'secret key');
    });
    uploads.add([png()]);
    await vi.waitFor(() => expect(uploads.status).toBe('failed'));
    expect(uploads.entries[0]).toMatchObject({ failure: 'configuration', retryable: false });
  });

  it('dispose stops running uploads and revokes thumbnails but keeps uploaded ids', async () => {
    const { uploads, calls, revoked } = setup({ multiple: true });
    uploads.add([png(), png()]);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    calls[0]?.resolve(fileResult('file_done'));
    await vi.waitFor(() => expect(uploads.fileIds).toEqual(['file_done']));
    uploads.dispose();
    expect(calls[1]?.options.signal?.aborted).toBe(true);
    expect(revoked.sort()).toEqual(['blob:preview-1', 'blob:preview-2']);
    expect(uploads.fileIds).toEqual(['file_done']);
    expect(uploads.entries[0]?.previewUrl).toBeUndefined();
    expect(uploads.status).toBe('uploaded');
  });

  it('restore shows earlier uploads by id', () => {
    const { uploads } = setup({ multiple: true });
    uploads.restore(['file_a', 'file_b']);
    expect(uploads.fileIds).toEqual(['file_a', 'file_b']);
    expect(uploads.status).toBe('uploaded');
  });

  it('a downscaled photo is marked so the user can be told', async () => {
    const { upload, calls } = controllableUpload();
    const uploads = new DocumentUploads({
      settings: () => ({ publishableKey: 'pk_test_123456789', purpose: 'identity_document', multiple: false }),
      check: (file) =>
        checkDocument(file, { downscale: () => Promise.resolve(new Blob([buildJpeg({ width: 8000, height: 8 })])) }),
      upload,
      onChange: () => undefined,
    });
    uploads.add([new File([buildPng({ width: 8001, height: 8 })], 'wide.png')]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.blob.type).toBe('image/jpeg');
    expect(calls[0]?.options.filesBase).toBeUndefined();
    expect(uploads.entries[0]).toMatchObject({ downscaled: true, kind: 'jpeg' });
  });
});
