import { describe, expect, it, vi } from 'vitest';
import { createDownscaler } from './downscale-image';
import type { DecodedImage, DownscaleDependencies, DrawingCanvas } from './downscale-image';

interface FakeImage extends DecodedImage {
  closed: boolean;
}

interface Drawn {
  width: number;
  height: number;
  calls: string[];
}

/** A decoder and canvas that record what is drawn; encoded size follows the pixel count. */
function fakeBrowser(
  image: { width: number; height: number } | 'undecodable',
  bytesPerPixel = 0.5,
): { dependencies: DownscaleDependencies<FakeImage>; drawn: Drawn[]; decoded: FakeImage[] } {
  const drawn: Drawn[] = [];
  const decoded: FakeImage[] = [];
  const dependencies: DownscaleDependencies<FakeImage> = {
    createImageBitmap: () => {
      if (image === 'undecodable') {
        return Promise.reject(new DOMException('The source image could not be decoded.', 'InvalidStateError'));
      }
      const bitmap: FakeImage = { ...image, closed: false, close: () => void (bitmap.closed = true) };
      decoded.push(bitmap);
      return Promise.resolve(bitmap);
    },
    createCanvas: (width, height): DrawingCanvas<FakeImage> => {
      const record: Drawn = { width, height, calls: [] };
      drawn.push(record);
      return {
        getContext: () => ({
          set fillStyle(value: unknown) {
            record.calls.push(`fill ${String(value)}`);
          },
          get fillStyle(): unknown {
            return undefined;
          },
          fillRect: (x, y, w, h) => record.calls.push(`fillRect ${x},${y},${w},${h}`),
          drawImage: (_image, x, y, w, h) => record.calls.push(`drawImage ${x},${y},${w},${h}`),
        }),
        convertToBlob: ({ type, quality }) => {
          record.calls.push(`encode ${type} ${String(quality)}`);
          return Promise.resolve(new Blob([new Uint8Array(Math.round(width * height * bytesPerPixel))], { type }));
        },
      };
    },
  };
  return { dependencies, drawn, decoded };
}

describe('createDownscaler', () => {
  it('draws the photo at the largest size within 8000 px, keeping its proportions, on white, as JPEG', async () => {
    const browser = fakeBrowser({ width: 12_000, height: 9_000 }, 0.05);
    const result = await createDownscaler(browser.dependencies)(new Blob(['x']), {
      kind: 'png',
      width: 12_000,
      height: 9_000,
    });
    expect(browser.drawn).toEqual([
      {
        width: 8000,
        height: 6000,
        calls: ['fill #fff', 'fillRect 0,0,8000,6000', 'drawImage 0,0,8000,6000', 'encode image/jpeg 0.9'],
      },
    ]);
    expect(result?.type).toBe('image/jpeg');
    expect(browser.decoded[0]?.closed).toBe(true);
  });

  it('shrinks again while the encoded photo is over the byte limit', async () => {
    const browser = fakeBrowser({ width: 4000, height: 3000 }, 1);
    const limits = { maxSide: 8000, maxBytes: 6_000_000 };
    const result = await createDownscaler(browser.dependencies, limits)(new Blob(['x']), {
      kind: 'jpeg',
      width: 4000,
      height: 3000,
    });
    expect(browser.drawn.length).toBeGreaterThan(1);
    expect(browser.drawn[0]).toMatchObject({ width: 4000, height: 3000 });
    const last = browser.drawn.at(-1);
    expect(last && last.width * last.height).toBeLessThanOrEqual(limits.maxBytes);
    expect(last && last.width / last.height).toBeCloseTo(4 / 3, 2);
    expect(result?.size).toBeLessThanOrEqual(limits.maxBytes);
  });

  it('gives up (null) when no attempt fits, and still releases the decoded image', async () => {
    const browser = fakeBrowser({ width: 4000, height: 3000 }, 1);
    // Every encoding is far over the limit, whatever the size.
    const dependencies: DownscaleDependencies<FakeImage> = {
      ...browser.dependencies,
      createCanvas: (width, height) => ({
        ...browser.dependencies.createCanvas(width, height),
        convertToBlob: () => Promise.resolve(new Blob([new Uint8Array(1000)])),
      }),
    };
    const result = await createDownscaler(dependencies, { maxSide: 8000, maxBytes: 10 })(new Blob(['x']), {
      kind: 'jpeg',
      width: 4000,
      height: 3000,
    });
    expect(result).toBeNull();
    expect(browser.decoded[0]?.closed).toBe(true);
  });

  it('returns null for an image the browser cannot decode', async () => {
    const browser = fakeBrowser('undecodable');
    const createCanvas = vi.spyOn(browser.dependencies, 'createCanvas');
    const result = await createDownscaler(browser.dependencies)(new Blob(['x']), {
      kind: 'png',
      width: 9000,
      height: 10,
    });
    expect(result).toBeNull();
    expect(createCanvas).not.toHaveBeenCalled();
  });
});
