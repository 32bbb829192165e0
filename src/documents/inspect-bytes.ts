import type { ByteStructure } from './byte-structure';
import { detectDocumentKind } from './file-kind';
import { readJpegStructure } from './jpeg-structure';
import { MAX_DOCUMENT_BYTES, MAX_IMAGE_SIDE } from './limits';
import { readPdfStructure } from './pdf-structure';
import { readPngStructure } from './png-structure';
import type { DocumentIssue, DocumentKind } from './types';

/** An image whose only fault is being too big: a smaller copy made in the browser would be accepted. */
export interface OversizedImage {
  kind: 'jpeg' | 'png';
  width: number;
  height: number;
}

export type ByteInspection =
  | { ok: true; kind: DocumentKind; width?: number; height?: number }
  | { ok: false; issue: DocumentIssue; oversizedImage?: OversizedImage };

const STRUCTURE_READERS: Readonly<Record<DocumentKind, (bytes: Uint8Array) => ByteStructure>> = {
  jpeg: readJpegStructure,
  png: readPngStructure,
  pdf: readPdfStructure,
};

/**
 * Checks a file's bytes against what Stripe accepts, in the order a user can act on: something there,
 * a supported format, complete, then within the pixel and size limits. Pure and synchronous.
 */
export function inspectDocumentBytes(bytes: Uint8Array): ByteInspection {
  if (bytes.length === 0) return { ok: false, issue: { code: 'empty' } };
  const kind = detectDocumentKind(bytes);
  if (kind === null) return { ok: false, issue: { code: 'unsupported_type' } };

  const structure = STRUCTURE_READERS[kind](bytes);
  if (structure.status === 'truncated') return { ok: false, issue: { code: 'truncated', kind } };
  if (structure.status === 'malformed') return { ok: false, issue: { code: 'undecodable', kind } };

  const { width, height } = structure;
  if (kind !== 'pdf' && width !== undefined && height !== undefined) {
    const oversizedImage: OversizedImage = { kind, width, height };
    if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
      return { ok: false, issue: { code: 'too_many_pixels', width, height, maxSide: MAX_IMAGE_SIDE }, oversizedImage };
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      return {
        ok: false,
        issue: { code: 'too_large', size: bytes.length, maxBytes: MAX_DOCUMENT_BYTES },
        oversizedImage,
      };
    }
    return { ok: true, kind, width, height };
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return { ok: false, issue: { code: 'too_large', size: bytes.length, maxBytes: MAX_DOCUMENT_BYTES } };
  }
  return { ok: true, kind };
}
