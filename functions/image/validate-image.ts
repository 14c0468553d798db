import { readImageHeader, type ImageHeader } from './image-header';
import { IMAGE_LIMITS } from './limits';

/** Why an object cannot be checked: it is refused (and blocked) before any model sees it. */
export type RejectionReason = 'empty' | 'too-large' | 'unsupported-format' | 'unreadable-header' | 'too-many-pixels' | 'animated' | 'not-analysable';

export interface Rejection {
  readonly reason: RejectionReason;
  /** For the app and the moderators; names sizes and formats, never content. */
  readonly detail: string;
}

const reject = (reason: RejectionReason, detail: string): { readonly rejected: Rejection } => ({ rejected: { reason, detail } });

/** An object over Rekognition's limit, refused on its size alone (it is never read). */
export const tooLarge = (size: number) => reject('too-large', `the object is ${size} bytes; the limit is ${IMAGE_LIMITS.maxObjectBytes}`);

/**
 * Validates an image from its bytes without decoding it: size within Rekognition's limit, a supported
 * format by magic bytes, and dimensions under the pixel cap (a decompression bomb is refused here).
 */
export const validateImage = (bytes: Uint8Array): { readonly header: ImageHeader } | { readonly rejected: Rejection } => {
  if (bytes.length === 0) return reject('empty', 'the object is empty');
  if (bytes.length > IMAGE_LIMITS.maxObjectBytes) return tooLarge(bytes.length);
  const header = readImageHeader(bytes);
  if (header === 'unsupported-format') return reject(header, 'not a JPEG, PNG, WebP or GIF image');
  if (header === 'unreadable-header') return reject(header, 'the image header is truncated or malformed');
  const { width, height, format } = header;
  if (width > IMAGE_LIMITS.maxSide || height > IMAGE_LIMITS.maxSide || width * height > IMAGE_LIMITS.maxPixels) {
    return reject('too-many-pixels', `${format} of ${width} x ${height} pixels; the limit is ${IMAGE_LIMITS.maxPixels} pixels and ${IMAGE_LIMITS.maxSide} a side`);
  }
  if (header.animated === true) return reject('animated', `animated ${format}: only still images can be checked`);
  return { header };
};
