import { describe, expect, it, vi } from 'vitest';
import type { FileUploadResult } from '../client/results';
import { checkDocument } from './check-document';
import { DocumentUploads } from './document-uploads';
import { buildJpeg } from './test-support/fixtures';

/**
 * Nothing of a file stays in memory once its upload finished or was cancelled: the bytes the upload
 * was given become collectable. Runs with `--expose-gc` (see vitest.config.ts).
 */
const collect = async (): Promise<void> => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let round = 0; round < 5; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
  }
};

function uploadsHolding(sent: WeakRef<Blob>[], answer: (signal: AbortSignal | undefined) => Promise<FileUploadResult>) {
  return new DocumentUploads({
    settings: () => ({ publishableKey: 'pk_test_123456789', purpose: 'identity_document', multiple: false }),
    check: (file) => checkDocument(file),
    upload: (blob, options) => {
      sent.push(new WeakRef(blob));
      return answer(options.signal);
    },
    onChange: () => undefined,
  });
}

describe('document bytes in memory', () => {
  it('are released once the upload has finished', async () => {
    const sent: WeakRef<Blob>[] = [];
    const uploads = uploadsHolding(sent, () =>
      Promise.resolve({
        ok: true,
        file: { id: 'file_1', object: 'file', purpose: 'identity_document', size: 1, type: 'jpg' },
      } as FileUploadResult),
    );
    uploads.add([new Blob([buildJpeg({ width: 32, height: 32 })])]);
    await uploads.whenSettled();
    expect(uploads.fileIds).toEqual(['file_1']);
    await collect();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.deref()).toBeUndefined();
  });

  it('are released once a running upload is cancelled', async () => {
    const sent: WeakRef<Blob>[] = [];
    const uploads = uploadsHolding(
      sent,
      (signal) =>
        new Promise<FileUploadResult>((resolve) =>
          signal?.addEventListener('abort', () =>
            resolve({
              ok: false,
              error: { type: 'aborted', message: 'aborted', kind: 'aborted', retryable: false },
            }),
          ),
        ),
    );
    uploads.add([new Blob([buildJpeg({ width: 32, height: 32 })])]);
    await vi.waitFor(() => expect(uploads.status).toBe('uploading'));
    const [entry] = uploads.entries;
    if (!entry) throw new Error('no entry');
    uploads.cancel(entry.key);
    await uploads.whenSettled();
    await collect();
    expect(sent[0]?.deref()).toBeUndefined();
  });

  it('are kept after a failure, so that "Try again" can resend them', async () => {
    const sent: WeakRef<Blob>[] = [];
    const uploads = uploadsHolding(sent, () =>
      Promise.resolve({
        ok: false,
        error: { type: 'api_error', message: 'down', kind: 'api', status: 503, retryable: true },
      } as FileUploadResult),
    );
    uploads.add([new Blob([buildJpeg({ width: 32, height: 32 })])]);
    await uploads.whenSettled();
    await collect();
    expect(sent[0]?.deref()).toBeInstanceOf(Blob);
    expect(uploads.entries[0]?.retryable).toBe(true);
  });
});
