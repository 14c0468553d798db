/**
 * What an uploaded image may be before any pixel is decoded. The byte limits are Rekognition's own
 * (an S3 object reference up to 15 MB; inline bytes up to 5 MB); the pixel cap stops decompression bombs,
 * a small file whose header promises gigabytes of pixels.
 */
export const IMAGE_LIMITS = {
  maxObjectBytes: 15 * 1024 * 1024,
  maxInlineBytes: 5 * 1024 * 1024,
  /** 50 megapixels: above any phone camera in common use, 200 MB as RGBA. */
  maxPixels: 50_000_000,
  maxSide: 16_384,
} as const;
