// What a file really is, judged from its first bytes rather than from its name or declared type.

export type FileKind = 'jpg' | 'png' | 'pdf';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const SIGNATURES: { kind: FileKind; bytes: readonly number[] }[] = [
  { kind: 'jpg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

export const MIME_TYPE_BY_KIND: Record<FileKind, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

export function sniffFileKind(head: Uint8Array): FileKind | null {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte));
  return match?.kind ?? null;
}

/** A short digest of the bytes, so that an idempotent retry with a different file of the same name is noticed. */
export function fnv1aDigest(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
