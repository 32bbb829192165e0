import { readUint32, type ByteStructure } from './byte-structure';

const SIGNATURE_LENGTH = 8;
/** Length, type and CRC around each chunk's data. */
const CHUNK_OVERHEAD = 12;

function chunkType(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
}

/**
 * Walks a PNG's chunks from the IHDR header (which gives the size) to IEND. Nothing is decompressed.
 * A file that runs out before IEND is truncated.
 */
export function readPngStructure(bytes: Uint8Array): ByteStructure {
  let offset = SIGNATURE_LENGTH;
  let width: number | undefined;
  let height: number | undefined;

  while (offset + 8 <= bytes.length) {
    const length = readUint32(bytes, offset);
    const type = chunkType(bytes, offset);
    if (offset + CHUNK_OVERHEAD + length > bytes.length) return { status: 'truncated' };
    if (width === undefined) {
      // The first chunk must be the 13-byte IHDR header.
      if (type !== 'IHDR' || length !== 13) return { status: 'malformed' };
      width = readUint32(bytes, offset + 8);
      height = readUint32(bytes, offset + 12);
      if (width === 0 || height === 0) return { status: 'malformed' };
    } else if (type === 'IEND') {
      return { status: 'complete', width, ...(height !== undefined ? { height } : {}) };
    }
    offset += CHUNK_OVERHEAD + length;
  }
  return { status: 'truncated' };
}
