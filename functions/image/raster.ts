import sharp from 'sharp';
import { IMAGE_LIMITS } from './limits';
import { HASH_GRID } from './perceptual-hash';
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
export const ANALYSIS_SIDE = 800;

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
      .resize({ width: ANALYSIS_SIDE, height: ANALYSIS_SIDE, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true }),
  );
  return { rgba: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
};

/** The raster shrunk to the perceptual hash's grey grid. */
export const hashThumbnail = async (raster: Raster): Promise<Uint8Array> =>
  sharp(Buffer.from(raster.rgba.buffer, raster.rgba.byteOffset, raster.rgba.length), { raw: { width: raster.width, height: raster.height, channels: 4 } })
    .removeAlpha()
    .greyscale()
    .resize(HASH_GRID.width, HASH_GRID.height, { fit: 'fill' })
    .raw()
    .toBuffer();

/** Rekognition reads JPEG and PNG only: WebP and GIF are sent as a JPEG within the inline-bytes limit. */
export const toRekognitionJpeg = async (bytes: Uint8Array): Promise<Uint8Array> =>
  undecodable(
    sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error' })
      .rotate()
      .resize({ width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
