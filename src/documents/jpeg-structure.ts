import { readUint16, type ByteStructure } from './byte-structure';

const MARKER_PREFIX = 0xff;
const END_OF_IMAGE = 0xd9;
const START_OF_SCAN = 0xda;

/** Start-of-frame markers carry the image size: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Markers without a length field: TEM and the restart markers RST0–RST7. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/**
 * Walks a JPEG's segments (skipping over embedded thumbnails, which sit inside APP segments) and its
 * entropy-coded scans, up to the real end-of-image marker. No pixel is decoded. A file that runs out
 * before `FF D9` is truncated; bytes after it (some cameras append data) are allowed.
 */
export function readJpegStructure(bytes: Uint8Array): ByteStructure {
  let width: number | undefined;
  let height: number | undefined;
  let sawScan = false;
  let offset = 2; // after SOI (FF D8)

  while (offset < bytes.length) {
    if (bytes[offset] !== MARKER_PREFIX) return { status: 'malformed' };
    // Any number of FF fill bytes may precede a marker.
    while (bytes[offset + 1] === MARKER_PREFIX) offset += 1;
    const marker = bytes[offset + 1];
    if (marker === undefined) return { status: 'truncated' };

    if (marker === END_OF_IMAGE) {
      if (!sawScan || width === undefined || height === undefined) return { status: 'malformed' };
      return { status: 'complete', width, height };
    }
    if (isStandalone(marker)) {
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) return { status: 'truncated' };
    const length = readUint16(bytes, offset + 2);
    if (length < 2) return { status: 'malformed' };
    const segmentEnd = offset + 2 + length;
    if (segmentEnd > bytes.length) return { status: 'truncated' };

    if (isStartOfFrame(marker) && width === undefined) {
      if (length < 7) return { status: 'malformed' };
      height = readUint16(bytes, offset + 5);
      width = readUint16(bytes, offset + 7);
      if (width === 0 || height === 0) return { status: 'malformed' };
    }
    if (marker !== START_OF_SCAN) {
      offset = segmentEnd;
      continue;
    }
    sawScan = true;
    const nextMarker = findMarkerAfterScan(bytes, segmentEnd);
    if (nextMarker === null) return { status: 'truncated' };
    offset = nextMarker;
  }
  return { status: 'truncated' };
}

/** In scan data, FF 00 is an escaped FF byte and FF D0–D7 are restarts; any other FF xx ends the scan. */
function findMarkerAfterScan(bytes: Uint8Array, start: number): number | null {
  for (let index = bytes.indexOf(MARKER_PREFIX, start); index !== -1; index = bytes.indexOf(MARKER_PREFIX, index + 1)) {
    const next = bytes[index + 1];
    if (next === undefined) return null;
    if (next === 0x00 || next === MARKER_PREFIX || (next >= 0xd0 && next <= 0xd7)) continue;
    return index;
  }
  return null;
}
