import sharp from 'sharp';
import { IMAGE_LIMITS } from './limits';
import { ImageNotAnalysable } from './ports';

/** RGBA pixels, as jsQR reads them. */
export interface Raster {
  readonly rgba: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/**
 * Largest side the pixel detectors work on. A QR code people are meant to scan stays readable at this size,
 * and jsQR's time grows with the pixel count (it spends most of it failing on noisy photos).
 */
export const ANALYSIS_SIDE = 640;

/** A header can be valid while the data behind it is corrupt: that image cannot be checked, and retrying will not help. */
const undecodable = <T>(decoding: Promise<T>): Promise<T> =>
  decoding.catch((error: unknown) => {
    throw new ImageNotAnalysable(`the image data cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
  });

/** Decodes a validated image once, upright (EXIF orientation) and shrunk for the pixel detectors. */
export const decodeForAnalysis = async (bytes: Uint8Array): Promise<Raster> => {
  const { data, info } = await undecodable(
    sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error' })
      .rotate()
      // Linear: lanczos overshoot around the black and white modules made jsQR miss codes at some scales (15/16 found, 16/16 linear).
      .resize({ width: ANALYSIS_SIDE, height: ANALYSIS_SIDE, fit: 'inside', withoutEnlargement: true, kernel: 'linear' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true }),
  );
  return { rgba: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
};

/** Rekognition reads JPEG and PNG only: WebP and GIF are sent as a JPEG within the inline-bytes limit. */
export const toRekognitionJpeg = async (bytes: Uint8Array): Promise<Uint8Array> =>
  undecodable(
    sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error' })
      .rotate()
      .resize({ width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
