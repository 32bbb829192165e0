import { DEFAULT_FILES_BASE, resolveBaseUrl } from './base-url';
import { FileTypeError } from './errors';
import { createFetchTransport } from './fetch-transport';
import { idempotencyHeaders } from './idempotency-key';
import { parsePublishableKey } from './publishable-key';
import type { CommonRequestOptions } from './request-options';
import { readStripeFile } from './read-success';
import type { FileUploadResult } from './results';
import { runRequest } from './run-request';
import type { Transport } from './transport';
import { createXhrTransport, xhrAvailable } from './xhr-transport';

export type FilePurpose = 'identity_document' | 'additional_verification' | 'account_requirement';

export interface UploadFileOptions extends CommonRequestOptions {
  purpose: FilePurpose;
  /** Defaults to the File's own name, else `upload`. */
  filename?: string;
  /** Defaults to `https://files.stripe.com`; must be https except on localhost. */
  filesBase?: string;
  /** Bytes sent so far and in all; restarts from 0 if an attempt is retried. */
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * Uploads an identity or verification document to Stripe's Files API and returns its `file_…` id.
 *
 * The Blob's `type` must be the file's real MIME type (set from its bytes): Stripe rejects
 * `application/octet-stream`, so an untyped file is refused before anything is sent. In a browser,
 * asking for progress switches to XMLHttpRequest, the one API that reports upload progress.
 *
 * Sends what Stripe's guide sends from a browser: `Authorization: Bearer pk_…` and the multipart body
 * (plus `Idempotency-Key` only with `idempotencyHeader`).
 */
export async function uploadFile(file: Blob, options: UploadFileOptions): Promise<FileUploadResult> {
  parsePublishableKey(options.publishableKey);
  const filesBase = resolveBaseUrl('filesBase', options.filesBase, DEFAULT_FILES_BASE);
  if (file.type === '') {
    throw new FileTypeError(
      'missing_file_type',
      'The file has no MIME type; set it from the file contents (image/jpeg, image/png or application/pdf).',
    );
  }
  if (file.type === 'application/octet-stream') {
    throw new FileTypeError(
      'generic_file_type',
      'Stripe rejects files typed application/octet-stream; set the real MIME type from the file contents.',
    );
  }
  const headers = { Authorization: `Bearer ${options.publishableKey}`, ...idempotencyHeaders(options) };

  const body = new FormData();
  body.append('purpose', options.purpose);
  body.append('file', file, options.filename ?? fileName(file) ?? 'upload');

  const result = await runRequest(
    {
      method: 'POST',
      url: `${filesBase}/v1/files`,
      // Content-Type is left to the transport: it carries the multipart boundary.
      headers,
      body,
      ...(options.onProgress ? { onUploadProgress: options.onProgress } : {}),
    },
    options,
    'file',
    readStripeFile,
    chooseTransport(options),
  );
  return result.ok ? { ok: true, file: result.value } : result;
}

function chooseTransport(options: UploadFileOptions): Transport {
  if (options.transport) return options.transport;
  if (options.onProgress && xhrAvailable()) return createXhrTransport();
  return createFetchTransport(options.fetch ? { fetch: options.fetch } : {});
}

function fileName(file: Blob): string | undefined {
  const name: unknown = (file as Partial<File>).name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
