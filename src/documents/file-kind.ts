import type { DocumentKind } from './types';

/** Leading bytes of each accepted format. Names and browser-reported types are never trusted. */
const SIGNATURES: readonly { kind: DocumentKind; bytes: readonly number[] }[] = [
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

export const MIME_TYPE_BY_KIND: Readonly<Record<DocumentKind, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** The format the bytes are in, or `null` for anything but JPEG, PNG and PDF. */
export function detectDocumentKind(bytes: Uint8Array): DocumentKind | null {
  const match = SIGNATURES.find(({ bytes: signature }) => signature.every((byte, index) => bytes[index] === byte));
  return match?.kind ?? null;
}
