import { newIdempotencyKey } from '../client/idempotency-key';
import type { FilePurpose, UploadFileOptions } from '../client/files';
import type { FileUploadResult } from '../client/results';
import type { CheckedDocument, DocumentCheckResult, DocumentIssue, DocumentKind } from './types';
import { uploadFailureReason, type UploadFailureReason } from './upload-failure';
import { MIME_TYPE_BY_KIND } from './file-kind';

export type DocumentUploadStatus = 'idle' | 'checking' | 'uploading' | 'uploaded' | 'failed';
export type DocumentEntryStatus = Exclude<DocumentUploadStatus, 'idle'>;

/** One chosen file as the field shows it. Holds no bytes and no file name. */
export interface DocumentEntry {
  /** Stable within the field, for rendering lists. */
  readonly key: number;
  readonly status: DocumentEntryStatus;
  readonly kind?: DocumentKind;
  readonly size?: number;
  readonly downscaled: boolean;
  /** Bytes sent and in all, while uploading. */
  readonly progress?: { readonly loaded: number; readonly total: number };
  readonly fileId?: string;
  readonly failure?: UploadFailureReason;
  /** Whether `retry` can send it again (its bytes are still held because the upload failed). */
  readonly retryable: boolean;
  /** A thumbnail URL for images, until revoked. */
  readonly previewUrl?: string;
}

export interface UploadSettings {
  publishableKey: string;
  purpose: FilePurpose;
  filesBase?: string;
  /** Sends `Idempotency-Key` with each upload (see `UploadFileOptions.idempotencyHeader`). */
  idempotencyHeader?: boolean;
  /** A list field (`files[]`) takes several files; otherwise a new file replaces the current one. */
  multiple: boolean;
}

export type UploadFunction = (file: Blob, options: UploadFileOptions) => Promise<FileUploadResult>;

export interface DocumentUploadsOptions {
  /** Read when an upload starts, so the element's current properties apply. */
  settings: () => UploadSettings;
  check: (file: Blob) => Promise<DocumentCheckResult>;
  upload: UploadFunction;
  /** Called after every change of state. */
  onChange: () => void;
  /** Thumbnails: `URL.createObjectURL` / `URL.revokeObjectURL` in browsers. */
  createPreview?: (image: Blob) => string;
  revokePreview?: (url: string) => void;
}

interface MutableEntry {
  key: number;
  status: DocumentEntryStatus;
  kind?: DocumentKind;
  size?: number;
  downscaled: boolean;
  progress?: { loaded: number; total: number };
  fileId?: string;
  failure?: UploadFailureReason;
  previewUrl?: string;
  /** Held only while checking, uploading, or failed (for a retry); dropped as soon as it is not needed. */
  blob?: Blob;
  /**
   * The idempotency key of these bytes' upload, kept for a retry while no answer came back (offline, a
   * lost answer, a timeout): Stripe then answers the retry with the file it already made, not a second.
   */
  idempotencyKey?: string;
  abort?: AbortController;
}

/**
 * The state of one document field, without any DOM: checks each chosen file, uploads it at once,
 * tracks progress, and supports cancel, remove, replace and retry. Only file ids, sizes and thumbnail
 * URLs outlive an upload.
 */
export class DocumentUploads {
  #entries: MutableEntry[] = [];
  #nextKey = 1;
  #rejection: DocumentIssue | null = null;
  #settledWaiters: (() => void)[] = [];
  readonly #options: DocumentUploadsOptions;

  constructor(options: DocumentUploadsOptions) {
    this.#options = options;
  }

  get entries(): readonly DocumentEntry[] {
    return this.#entries.map((entry) => ({
      key: entry.key,
      status: entry.status,
      downscaled: entry.downscaled,
      retryable: entry.status === 'failed' && entry.blob !== undefined,
      ...(entry.kind !== undefined ? { kind: entry.kind } : {}),
      ...(entry.size !== undefined ? { size: entry.size } : {}),
      ...(entry.progress !== undefined ? { progress: { ...entry.progress } } : {}),
      ...(entry.fileId !== undefined ? { fileId: entry.fileId } : {}),
      ...(entry.failure !== undefined ? { failure: entry.failure } : {}),
      ...(entry.previewUrl !== undefined ? { previewUrl: entry.previewUrl } : {}),
    }));
  }

  /** Why the last chosen file was refused before upload; cleared by the next choice or removal. */
  get rejection(): DocumentIssue | null {
    return this.#rejection;
  }

  /** Ids of the uploaded files, in the order they were chosen. */
  get fileIds(): string[] {
    return this.#entries.flatMap((entry) => (entry.fileId !== undefined ? [entry.fileId] : []));
  }

  /**
   * The field as a whole: checking or uploading while any file is; failed when an upload failed, or a
   * file was refused and none is uploaded; uploaded when at least one file is; idle when empty.
   */
  get status(): DocumentUploadStatus {
    const statuses = new Set(this.#entries.map((entry) => entry.status));
    if (statuses.has('checking')) return 'checking';
    if (statuses.has('uploading')) return 'uploading';
    if (statuses.has('failed')) return 'failed';
    if (statuses.has('uploaded')) return 'uploaded';
    return this.#rejection !== null ? 'failed' : 'idle';
  }

  get busy(): boolean {
    return this.#entries.some((entry) => entry.status === 'checking' || entry.status === 'uploading');
  }

  /** Resolves once nothing is being checked or uploaded (at once if nothing is). */
  whenSettled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }

  /** Checks and uploads the files; a single-file field takes the first and replaces its file once it passes. */
  add(files: readonly Blob[]): void {
    const chosen = this.#options.settings().multiple ? files : files.slice(0, 1);
    if (chosen.length === 0) return;
    this.#rejection = null;
    for (const file of chosen) void this.#checkAndUpload(file);
  }

  /** Stops a check or upload in progress and forgets the file. */
  cancel(key: number): void {
    this.remove(key);
  }

  /** Forgets a file, stopping its upload if one is running and revoking its thumbnail. */
  remove(key: number): void {
    const entry = this.#entries.find((candidate) => candidate.key === key);
    if (entry === undefined) return;
    this.#discard(entry);
    this.#rejection = null;
    this.#changed();
  }

  /**
   * Sends a failed upload again: under the same idempotency key when no answer came back (the first
   * attempt may have made the file), a new one after Stripe answered with an error (it would replay it).
   */
  retry(key: number): void {
    const entry = this.#entries.find((candidate) => candidate.key === key);
    if (entry?.status !== 'failed' || entry.blob === undefined) return;
    void this.#upload(entry, entry.blob);
  }

  /** Shows files uploaded earlier (e.g. when the form is rebuilt): ids only, no thumbnail. */
  restore(fileIds: readonly string[]): void {
    for (const entry of [...this.#entries]) this.#discard(entry);
    this.#entries = fileIds.map((fileId) => ({ key: this.#nextKey++, status: 'uploaded', downscaled: false, fileId }));
    this.#rejection = null;
    this.#changed();
  }

  /** Stops running work and revokes thumbnails; uploaded ids stay. For a field leaving the page. */
  dispose(): void {
    for (const entry of [...this.#entries]) {
      if (entry.status !== 'uploaded') {
        this.#discard(entry);
        continue;
      }
      this.#revokePreview(entry);
    }
    this.#changed();
  }

  async #checkAndUpload(file: Blob): Promise<void> {
    const entry: MutableEntry = { key: this.#nextKey++, status: 'checking', downscaled: false, size: file.size };
    const abort = new AbortController();
    entry.abort = abort;
    this.#entries.push(entry);
    this.#changed();

    const result = await this.#options.check(file).catch(
      // The browser could not read the file at all (moved, deleted, or a permission was withdrawn).
      (): DocumentCheckResult => ({ ok: false, issue: { code: 'undecodable' } }),
    );
    if (abort.signal.aborted) return;
    if (!result.ok) {
      this.#entries = this.#entries.filter((candidate) => candidate !== entry);
      this.#rejection = result.issue;
      this.#changed();
      return;
    }
    this.#accept(entry, result);
    if (!this.#options.settings().multiple) {
      for (const other of this.#entries.filter((candidate) => candidate !== entry)) this.#discard(other);
    }
    await this.#upload(entry, result.blob);
  }

  #accept(entry: MutableEntry, checked: CheckedDocument): void {
    entry.kind = checked.kind;
    entry.size = checked.blob.size;
    entry.downscaled = checked.downscaled;
    if (checked.kind !== 'pdf' && this.#options.createPreview)
      entry.previewUrl = this.#options.createPreview(checked.blob);
  }

  async #upload(entry: MutableEntry, blob: Blob): Promise<void> {
    const abort = new AbortController();
    entry.abort = abort;
    entry.blob = blob;
    entry.status = 'uploading';
    entry.progress = { loaded: 0, total: blob.size };
    delete entry.failure;
    this.#changed();

    const settings = this.#options.settings();
    entry.idempotencyKey ??= newIdempotencyKey();
    let result: FileUploadResult | 'configuration';
    try {
      result = await this.#options.upload(blob, {
        publishableKey: settings.publishableKey,
        purpose: settings.purpose,
        ...(settings.filesBase ? { filesBase: settings.filesBase } : {}),
        ...(settings.idempotencyHeader ? { idempotencyHeader: true, idempotencyKey: entry.idempotencyKey } : {}),
        // A neutral name: the user's own file name may itself be personal data.
        filename: `document.${extensionOf(blob)}`,
        signal: abort.signal,
        onProgress: (loaded, total) => {
          if (abort.signal.aborted) return;
          entry.progress = { loaded, total };
          this.#changed();
        },
      });
    } catch {
      // Thrown only for a bad key, files base or type: the page's setup, not the user's file.
      result = 'configuration';
    }
    if (abort.signal.aborted) return;
    delete entry.abort;
    delete entry.progress;
    if (result !== 'configuration' && result.ok) {
      entry.status = 'uploaded';
      entry.fileId = result.file.id;
      delete entry.blob;
      delete entry.idempotencyKey;
    } else {
      // Stripe answered: it stored that answer under the key, so a retry needs a new one.
      if (result === 'configuration' || result.error.kind === 'api') delete entry.idempotencyKey;
      entry.status = 'failed';
      entry.failure = result === 'configuration' ? 'configuration' : uploadFailureReason(result.error);
      // A user cannot fix the page's setup by retrying.
      if (entry.failure === 'configuration') delete entry.blob;
    }
    this.#changed();
  }

  #discard(entry: MutableEntry): void {
    entry.abort?.abort();
    delete entry.abort;
    delete entry.blob;
    this.#revokePreview(entry);
    this.#entries = this.#entries.filter((candidate) => candidate !== entry);
  }

  #revokePreview(entry: MutableEntry): void {
    if (entry.previewUrl === undefined) return;
    this.#options.revokePreview?.(entry.previewUrl);
    delete entry.previewUrl;
  }

  #changed(): void {
    this.#options.onChange();
    if (this.busy) return;
    const waiters = this.#settledWaiters;
    this.#settledWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function extensionOf(blob: Blob): string {
  if (blob.type === MIME_TYPE_BY_KIND.png) return 'png';
  if (blob.type === MIME_TYPE_BY_KIND.pdf) return 'pdf';
  return 'jpg';
}
