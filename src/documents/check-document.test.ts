import { describe, expect, it, vi } from 'vitest';
import { checkDocument } from './check-document';
import type { Downscale } from './check-document';
import { MAX_DOCUMENT_BYTES } from './limits';
import { buildJpeg, buildPdf, buildPng, concatBytes, cutEnd, textFile } from './test-support/fixtures';
import type { Bytes } from './test-support/fixtures';

function file(bytes: Uint8Array<ArrayBuffer>, name: string, type = ''): File {
  return new File([bytes], name, { type });
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** A JPEG grown past a size with APP1 segments of filler, as a large camera file would be. */
function jpegOfAtLeast(bytes: number): Bytes {
  const filler = new Uint8Array(60_000).fill(0x41);
  return buildJpeg({ width: 16, height: 16, app1: new Array<Uint8Array>(Math.ceil(bytes / 60_000)).fill(filler) });
}

describe('checkDocument: type from the bytes', () => {
  it.each([
    ['JPEG', buildJpeg({ width: 24, height: 16 }), 'id.jpg', 'jpeg', 'image/jpeg', { width: 24, height: 16 }],
    ['PNG', buildPng({ width: 5, height: 3 }), 'id.png', 'png', 'image/png', { width: 5, height: 3 }],
    ['PDF', buildPdf(), 'statement.pdf', 'pdf', 'application/pdf', {}],
  ] as const)('accepts a valid %s, unchanged, typed from its bytes', async (_, bytes, name, kind, mime, size) => {
    const result = await checkDocument(file(bytes, name));
    expect(result).toMatchObject({ ok: true, kind, downscaled: false, ...size });
    if (!result.ok) return;
    expect(result.blob.type).toBe(mime);
    expect(await bytesOf(result.blob)).toEqual(bytes);
  });

  it('treats a PNG named .pdf and typed application/pdf as the PNG it is', async () => {
    const png = buildPng({ width: 4, height: 4 });
    const result = await checkDocument(file(png, 'passport.pdf', 'application/pdf'));
    expect(result).toMatchObject({ ok: true, kind: 'png', width: 4, height: 4 });
    if (result.ok) expect(result.blob.type).toBe('image/png');
  });

  it('refuses a text file named .jpg and typed image/jpeg', async () => {
    expect(await checkDocument(file(textFile(), 'licence.jpg', 'image/jpeg'))).toEqual({
      ok: false,
      issue: { code: 'unsupported_type' },
    });
  });

  it('refuses an empty file', async () => {
    expect(await checkDocument(file(new Uint8Array(0), 'empty.png', 'image/png'))).toEqual({
      ok: false,
      issue: { code: 'empty' },
    });
  });
});

describe('checkDocument: truncated files', () => {
  const jpeg = buildJpeg({ width: 64, height: 64 });
  const png = buildPng({ width: 8, height: 8 });
  const pdf = buildPdf();

  it.each([
    ['a JPEG without its FF D9 end marker', cutEnd(jpeg, 2), 'jpeg'],
    ['a JPEG cut inside its image data', cutEnd(jpeg, 10), 'jpeg'],
    ['a JPEG cut inside its headers', jpeg.slice(0, 30), 'jpeg'],
    ['a PNG without its IEND chunk', cutEnd(png, 12), 'png'],
    ['a PNG cut inside its image data', cutEnd(png, 20), 'png'],
    ['a PDF without %%EOF', pdf.slice(0, Math.floor(pdf.length / 2)), 'pdf'],
  ] as const)('refuses %s', async (_, bytes, kind) => {
    expect(await checkDocument(file(bytes, 'document'))).toEqual({ ok: false, issue: { code: 'truncated', kind } });
  });

  it('is not fooled by the end marker of a thumbnail embedded in the JPEG', async () => {
    const withThumbnail = buildJpeg({ width: 64, height: 64, app1: [buildJpeg({ width: 8, height: 8 })] });
    expect(await checkDocument(file(withThumbnail, 'photo.jpg'))).toMatchObject({ ok: true, width: 64, height: 64 });
    expect(await checkDocument(file(cutEnd(withThumbnail, 2), 'photo.jpg'))).toEqual({
      ok: false,
      issue: { code: 'truncated', kind: 'jpeg' },
    });
  });

  it('accepts bytes that some cameras write after the JPEG end marker', async () => {
    const withTrailer = buildJpeg({ width: 16, height: 16, trailer: new Uint8Array([1, 2, 3, 4, 5]) });
    expect(await checkDocument(file(withTrailer, 'photo.jpg'))).toMatchObject({ ok: true, kind: 'jpeg' });
  });

  it('refuses a JPEG whose structure is broken as undecodable', async () => {
    const broken = concatBytes([Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0]), textFile()]);
    expect(await checkDocument(file(broken, 'photo.jpg'))).toEqual({
      ok: false,
      issue: { code: 'undecodable', kind: 'jpeg' },
    });
  });
});

describe('checkDocument: size and pixel limits', () => {
  it('refuses a PDF of 10 MB + 1 byte and accepts one of exactly 10 MB', async () => {
    const over = buildPdf({ padToBytes: MAX_DOCUMENT_BYTES + 1 });
    expect(over.length).toBe(10 * 1024 * 1024 + 1);
    expect(await checkDocument(file(over, 'big.pdf'))).toEqual({
      ok: false,
      issue: { code: 'too_large', size: MAX_DOCUMENT_BYTES + 1, maxBytes: MAX_DOCUMENT_BYTES },
    });
    const limit = buildPdf({ padToBytes: MAX_DOCUMENT_BYTES });
    expect(await checkDocument(file(limit, 'limit.pdf'))).toMatchObject({ ok: true, kind: 'pdf' });
  });

  it('reads the width from the PNG header: 8001 px is refused, 8000 px accepted', async () => {
    expect(await checkDocument(file(buildPng({ width: 8001, height: 2 }), 'wide.png'))).toEqual({
      ok: false,
      issue: { code: 'too_many_pixels', width: 8001, height: 2, maxSide: 8000 },
    });
    expect(await checkDocument(file(buildPng({ width: 8000, height: 2 }), 'wide.png'))).toMatchObject({
      ok: true,
      width: 8000,
    });
  });

  it('reads the size from the JPEG frame header', async () => {
    expect(await checkDocument(file(buildJpeg({ width: 8, height: 8008 }), 'tall.jpg'))).toEqual({
      ok: false,
      issue: { code: 'too_many_pixels', width: 8, height: 8008, maxSide: 8000 },
    });
  });

  it('refuses a JPEG over 10 MB when it cannot be made smaller here', async () => {
    const big = jpegOfAtLeast(MAX_DOCUMENT_BYTES + 1);
    const result = await checkDocument(file(big, 'big.jpg'));
    expect(result).toEqual({ ok: false, issue: { code: 'too_large', size: big.length, maxBytes: MAX_DOCUMENT_BYTES } });
  });
});

describe('checkDocument: downscaling', () => {
  const smaller = buildJpeg({ width: 8000, height: 1 });

  it('sends a file within the limits as it is, without calling the downscaler', async () => {
    const downscale = vi.fn<Downscale>();
    const png = buildPng({ width: 30, height: 20 });
    const result = await checkDocument(file(png, 'id.png'), { downscale });
    expect(downscale).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: true, downscaled: false });
    if (result.ok) expect(await bytesOf(result.blob)).toEqual(png);
  });

  it('replaces an image with too many pixels by the smaller copy and says so', async () => {
    const downscale = vi.fn<Downscale>(() => Promise.resolve(new Blob([smaller])));
    const result = await checkDocument(file(buildPng({ width: 8001, height: 1 }), 'wide.png'), { downscale });
    expect(downscale).toHaveBeenCalledWith(expect.any(Blob), { kind: 'png', width: 8001, height: 1 });
    expect(result).toMatchObject({ ok: true, kind: 'jpeg', width: 8000, height: 1, downscaled: true });
    if (result.ok) expect(result.blob.type).toBe('image/jpeg');
  });

  it('offers a JPEG over 10 MB for downscaling too', async () => {
    const downscale = vi.fn<Downscale>(() => Promise.resolve(new Blob([smaller])));
    const result = await checkDocument(file(jpegOfAtLeast(MAX_DOCUMENT_BYTES + 1), 'big.jpg'), { downscale });
    expect(result).toMatchObject({ ok: true, downscaled: true });
  });

  it('never offers a PDF for downscaling', async () => {
    const downscale = vi.fn<Downscale>(() => Promise.resolve(new Blob([smaller])));
    const result = await checkDocument(file(buildPdf({ padToBytes: MAX_DOCUMENT_BYTES + 1 }), 'big.pdf'), {
      downscale,
    });
    expect(downscale).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, issue: { code: 'too_large' } });
  });

  it('refuses an oversized image the browser cannot decode', async () => {
    const result = await checkDocument(file(buildPng({ width: 8001, height: 1 }), 'wide.png'), {
      downscale: () => Promise.resolve(null),
    });
    expect(result).toEqual({ ok: false, issue: { code: 'undecodable', kind: 'png' } });
  });

  it('keeps the original issue when the smaller copy still breaks a limit', async () => {
    const result = await checkDocument(file(buildPng({ width: 8001, height: 1 }), 'wide.png'), {
      downscale: () => Promise.resolve(new Blob([buildJpeg({ width: 8001, height: 8 })])),
    });
    expect(result).toEqual({ ok: false, issue: { code: 'too_many_pixels', width: 8001, height: 1, maxSide: 8000 } });
  });
});
