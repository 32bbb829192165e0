import { MIME_TYPE_BY_KIND } from './file-kind';
import { inspectDocumentBytes } from './inspect-bytes';
import type { OversizedImage } from './inspect-bytes';
import type { DocumentCheckResult } from './types';

/** Makes a smaller JPEG of an image, or `null` when the image cannot be decoded. */
export type Downscale = (image: Blob, found: OversizedImage) => Promise<Blob | null>;

export interface CheckDocumentOptions {
  /** Offered in browsers (see `createDownscaler`); without it, oversized images are refused. */
  downscale?: Downscale;
}

/**
 * Decides whether a chosen file can be uploaded, from its bytes alone. A file within the limits comes
 * back as the same bytes with the MIME type of its real format (never re-encoded); an oversized photo
 * is replaced by a smaller copy when `downscale` is given. The bytes read here are not kept.
 */
export async function checkDocument(file: Blob, options: CheckDocumentOptions = {}): Promise<DocumentCheckResult> {
  const inspection = inspectDocumentBytes(new Uint8Array(await file.arrayBuffer()));
  if (inspection.ok) {
    const { kind, width, height } = inspection;
    return {
      ok: true,
      // slice() re-labels the same bytes without copying them.
      blob: file.slice(0, file.size, MIME_TYPE_BY_KIND[kind]),
      kind,
      ...(width !== undefined && height !== undefined ? { width, height } : {}),
      downscaled: false,
    };
  }
  const { issue, oversizedImage } = inspection;
  if (oversizedImage === undefined || options.downscale === undefined) return { ok: false, issue };

  const smaller = await options.downscale(file, oversizedImage).catch(() => null);
  if (smaller === null) return { ok: false, issue: { code: 'undecodable', kind: oversizedImage.kind } };
  const recheck = inspectDocumentBytes(new Uint8Array(await smaller.arrayBuffer()));
  // A copy that still breaks a limit is not sent; the original issue is what the user can act on.
  if (!recheck.ok) return { ok: false, issue };
  return {
    ok: true,
    blob: smaller.slice(0, smaller.size, MIME_TYPE_BY_KIND[recheck.kind]),
    kind: recheck.kind,
    ...(recheck.width !== undefined && recheck.height !== undefined
      ? { width: recheck.width, height: recheck.height }
      : {}),
    downscaled: true,
  };
}
