import type { Downscale } from './check-document';
import { MAX_DOCUMENT_BYTES, MAX_IMAGE_SIDE } from './limits';

/** The parts of ImageBitmap, OffscreenCanvas and its 2D context that downscaling uses. */
export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  close(): void;
}

export interface DrawingContext<Image> {
  fillStyle: unknown;
  fillRect(x: number, y: number, width: number, height: number): void;
  drawImage(image: Image, dx: number, dy: number, dw: number, dh: number): void;
}

export interface DrawingCanvas<Image> {
  getContext(contextId: '2d'): DrawingContext<Image> | null;
  convertToBlob(options: { type: string; quality?: number }): Promise<Blob>;
}

export interface DownscaleDependencies<Image extends DecodedImage> {
  /** Decodes the image upright (browsers apply the EXIF orientation by default). */
  createImageBitmap(image: Blob): Promise<Image>;
  createCanvas(width: number, height: number): DrawingCanvas<Image>;
}

export interface DownscaleLimits {
  maxSide: number;
  maxBytes: number;
}

const JPEG_QUALITY = 0.9;
const MAX_ENCODE_ATTEMPTS = 4;
/** Aim a little under the byte limit when shrinking again, since JPEG size is not exactly proportional to area. */
const SIZE_MARGIN = 0.9;

/**
 * A `Downscale` that decodes the photo, draws it at the largest size within the limits and encodes it
 * as JPEG, shrinking further while the result is still over the byte limit. Returns `null` when the
 * image cannot be decoded or no attempt fits.
 */
export function createDownscaler<Image extends DecodedImage>(
  dependencies: DownscaleDependencies<Image>,
  limits: DownscaleLimits = { maxSide: MAX_IMAGE_SIDE, maxBytes: MAX_DOCUMENT_BYTES },
): Downscale {
  return async (image) => {
    let bitmap: Image;
    try {
      bitmap = await dependencies.createImageBitmap(image);
    } catch {
      return null;
    }
    try {
      let scale = Math.min(1, limits.maxSide / Math.max(bitmap.width, bitmap.height));
      for (let attempt = 0; attempt < MAX_ENCODE_ATTEMPTS; attempt += 1) {
        const width = Math.max(1, Math.floor(bitmap.width * scale));
        const height = Math.max(1, Math.floor(bitmap.height * scale));
        const canvas = dependencies.createCanvas(width, height);
        const context = canvas.getContext('2d');
        if (context === null) return null;
        // JPEG has no transparency: a white page beats the black a transparent PNG would become.
        context.fillStyle = '#fff';
        context.fillRect(0, 0, width, height);
        context.drawImage(bitmap, 0, 0, width, height);
        const encoded = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
        if (encoded.size <= limits.maxBytes) return encoded;
        scale *= Math.sqrt(limits.maxBytes / encoded.size) * SIZE_MARGIN;
      }
      return null;
    } finally {
      bitmap.close();
    }
  };
}

/** The browser's own decoder and canvas, or `null` where they are missing (Node, old browsers). */
export function browserDownscaleDependencies(): DownscaleDependencies<ImageBitmap> | null {
  if (typeof globalThis.createImageBitmap !== 'function' || typeof globalThis.OffscreenCanvas !== 'function')
    return null;
  return {
    createImageBitmap: (image) => globalThis.createImageBitmap(image),
    createCanvas: (width, height) => new OffscreenCanvas(width, height),
  };
}
