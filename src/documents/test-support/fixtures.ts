// Small, real document files built in code for the tests: no binary fixtures in the repository.
import { deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];
/** Bytes backed by a plain ArrayBuffer, as Blob and File accept. */
export type Bytes = Uint8Array<ArrayBuffer>;

function uint16(value: number): number[] {
  return [(value >> 8) & 0xff, value & 0xff];
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function segment(marker: number, payload: readonly number[]): number[] {
  return [0xff, marker, ...uint16(payload.length + 2), ...payload];
}

/** Writes Huffman-coded bits MSB first, stuffing a 00 after every FF byte as JPEG scans require. */
class ScanBits {
  readonly bytes: number[] = [];
  #current = 0;
  #count = 0;

  write(value: number, length: number): void {
    for (let bit = length - 1; bit >= 0; bit -= 1) {
      this.#current = (this.#current << 1) | ((value >> bit) & 1);
      this.#count += 1;
      if (this.#count === 8) this.#emit();
    }
  }

  finish(): number[] {
    // Pad the last byte with 1 bits.
    while (this.#count !== 0) this.write(1, 1);
    return this.bytes;
  }

  #emit(): void {
    this.bytes.push(this.#current);
    if (this.#current === 0xff) this.bytes.push(0x00);
    this.#current = 0;
    this.#count = 0;
  }
}

function magnitudeCategory(value: number): number {
  return value === 0 ? 0 : Math.floor(Math.log2(Math.abs(value))) + 1;
}

export interface JpegOptions {
  width: number;
  height: number;
  color?: Rgb;
  /** Segment payloads inserted after APP0 as APP1, e.g. an EXIF-style thumbnail. */
  app1?: readonly Uint8Array[];
  /** Bytes after the end-of-image marker, as some cameras write. */
  trailer?: Uint8Array;
}

/**
 * A decodable baseline JPEG of one flat colour: every 8×8 block has only a DC coefficient, coded with
 * two tiny Huffman tables (all 12 DC categories on 4 bits, one AC code: end of block).
 */
export function buildJpeg({ width, height, color = [40, 110, 200], app1 = [], trailer }: JpegOptions): Bytes {
  const [red, green, blue] = color;
  const luma = 0.299 * red + 0.587 * green + 0.114 * blue;
  const blueDiff = 128 - 0.168736 * red - 0.331264 * green + 0.5 * blue;
  const redDiff = 128 + 0.5 * red - 0.418688 * green - 0.081312 * blue;
  // With a quantisation step of 1, a flat block's DC coefficient is 8 × (value − 128).
  const dc = [luma, blueDiff, redDiff].map((value) => Math.round(8 * (value - 128)));

  const bits = new ScanBits();
  const predictions = [0, 0, 0];
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  for (let block = 0; block < blocks; block += 1) {
    for (let component = 0; component < 3; component += 1) {
      const value = dc[component] ?? 0;
      const difference = value - (predictions[component] ?? 0);
      predictions[component] = value;
      const category = magnitudeCategory(difference);
      bits.write(category, 4);
      if (category > 0) bits.write(difference > 0 ? difference : difference + (1 << category) - 1, category);
      bits.write(0, 1); // end of block
    }
  }

  const jfif = [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const quantisation = [0x00, ...new Array<number>(64).fill(1)];
  const frame = [8, ...uint16(height), ...uint16(width), 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0];
  const dcTable = [
    0x00,
    0,
    0,
    0,
    12,
    ...new Array<number>(12).fill(0),
    ...Array.from({ length: 12 }, (_, index) => index),
  ];
  const acTable = [0x10, 1, ...new Array<number>(15).fill(0), 0x00];
  const scan = [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0];
  const app1Segments = app1.map((payload) =>
    concatBytes([Uint8Array.from([0xff, 0xe1, ...uint16(payload.length + 2)]), payload]),
  );
  return concatBytes([
    Uint8Array.from([0xff, 0xd8, ...segment(0xe0, jfif)]),
    ...app1Segments,
    Uint8Array.from([
      ...segment(0xdb, quantisation),
      ...segment(0xc0, frame),
      ...segment(0xc4, dcTable),
      ...segment(0xc4, acTable),
      ...segment(0xda, scan),
      ...bits.finish(),
      0xff,
      0xd9,
    ]),
    trailer ?? new Uint8Array(0),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: readonly number[]): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array | readonly number[]): Bytes {
  const typeAndData = [...Array.from(type, (character) => character.charCodeAt(0)), ...data];
  return Uint8Array.from([...uint32(data.length), ...typeAndData, ...uint32(crc32(typeAndData))]);
}

export interface PngOptions {
  width: number;
  height: number;
  /** One colour, or `noise` for pixels that do not compress (to build large files). */
  pixels?: Rgb | 'noise';
  /** Writes another size into IHDR than the pixel data has: a file that lies about itself. */
  declaredSize?: { width: number; height: number };
}

/** A decodable 8-bit RGB PNG. */
export function buildPng({ width, height, pixels = [220, 60, 40], declaredSize }: PngOptions): Bytes {
  const rowLength = 1 + width * 3;
  const raw = new Uint8Array(rowLength * height);
  let seed = 0x2545f491;
  for (let row = 0; row < height; row += 1) {
    const start = row * rowLength; // the filter byte stays 0
    for (let column = 0; column < width; column += 1) {
      for (let channel = 0; channel < 3; channel += 1) {
        let value: number;
        if (pixels === 'noise') {
          // xorshift32: deterministic, incompressible enough
          seed ^= seed << 13;
          seed ^= seed >>> 17;
          seed ^= seed << 5;
          value = seed & 0xff;
        } else {
          value = pixels[channel] ?? 0;
        }
        raw[start + 1 + column * 3 + channel] = value;
      }
    }
  }
  const header = [
    ...uint32(declaredSize?.width ?? width),
    ...uint32(declaredSize?.height ?? height),
    8, // bit depth
    2, // truecolour
    0,
    0,
    0,
  ];
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', []),
  ];
  return concatBytes(parts);
}

/** A one-page PDF with a correct cross-reference table; `padToBytes` grows it with a comment. */
export function buildPdf({ padToBytes }: { padToBytes?: number } = {}): Bytes {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const ending = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const head = new TextEncoder().encode(body);
  const tail = new TextEncoder().encode(ending);
  if (padToBytes === undefined) return concatBytes([head, tail]);
  // The padding is a comment line before the trailer: "%xxxx…\n". Offsets before it stay right.
  const paddingLength = padToBytes - head.length - tail.length;
  if (paddingLength < 2) throw new RangeError(`A PDF cannot be as small as ${padToBytes} bytes.`);
  const padding = new Uint8Array(paddingLength).fill(0x78);
  padding[0] = 0x25;
  padding[paddingLength - 1] = 0x0a;
  return concatBytes([head, padding, tail]);
}

export function textFile(text = 'Name: Jenny Rosen\nThis is a note, not a photo.\n'): Bytes {
  return new TextEncoder().encode(text);
}

export function concatBytes(parts: readonly Uint8Array[]): Bytes {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/** The file without its last `count` bytes, as an interrupted download leaves it. */
export function cutEnd(bytes: Uint8Array, count: number): Bytes {
  return bytes.slice(0, bytes.length - count);
}
