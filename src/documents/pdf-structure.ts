import type { ByteStructure } from './byte-structure';

/** `%%EOF`; writers may follow it with line ends or a little padding, so only the tail is searched. */
const END_OF_FILE = [0x25, 0x25, 0x45, 0x4f, 0x46];
const TAIL_LENGTH = 1024;

/** A PDF is complete when `%%EOF` appears near its end. Pages are not parsed. */
export function readPdfStructure(bytes: Uint8Array): ByteStructure {
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL_LENGTH));
  for (let index = tail.length - END_OF_FILE.length; index >= 0; index -= 1) {
    if (END_OF_FILE.every((byte, offset) => tail[index + offset] === byte)) return { status: 'complete' };
  }
  return { status: 'truncated' };
}
