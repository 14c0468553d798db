/** The formats Rekognition and the app accept, told apart by their first bytes rather than the key's extension. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

/** What an image's header says about it, read without decoding a single pixel. */
export interface ImageHeader {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
  /** More than one frame (animated GIF, WebP or PNG); `undefined` when the header alone cannot tell (GIF). */
  readonly animated?: boolean;
}

export type HeaderProblem = 'unsupported-format' | 'unreadable-header';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');

const u16be = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u16le = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u24le = (bytes: Uint8Array, at: number) => u16le(bytes, at) | ((bytes[at + 2] ?? 0) << 16);
const u32be = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) * 0x1000000) + (((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0));
const u32le = (bytes: Uint8Array, at: number) => u16le(bytes, at) + u16le(bytes, at + 2) * 0x10000;
const fourCc = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** Start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

const jpegHeader = (bytes: Uint8Array): ImageHeader | null => {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes (a run of 0xFF) and markers without a length (RSTn, TEM) carry nothing.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null;
    const length = u16be(bytes, at + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return null;
      return { format: 'jpeg', height: u16be(bytes, at + 5), width: u16be(bytes, at + 7), animated: false };
    }
    at += 2 + length;
  }
  return null;
};

const pngHeader = (bytes: Uint8Array): ImageHeader | null => {
  if (bytes.length < 24 || fourCc(bytes, 12) !== 'IHDR') return null;
  const width = u32be(bytes, 16);
  const height = u32be(bytes, 20);
  // An animation control chunk before the first image data makes it an APNG; Rekognition would see one frame.
  let animated = false;
  for (let at = 8; at + 8 <= bytes.length; ) {
    const type = fourCc(bytes, at + 4);
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'acTL') animated = true;
    at += 12 + u32be(bytes, at);
  }
  return { format: 'png', width, height, animated };
};

const VP8X_ANIMATION_FLAG = 0x02;

const webpHeader = (bytes: Uint8Array): ImageHeader | null => {
  if (bytes.length < 30) return null;
  const chunk = fourCc(bytes, 12);
  const data = 20;
  if (chunk === 'VP8X') {
    return { format: 'webp', width: u24le(bytes, data + 4) + 1, height: u24le(bytes, data + 7) + 1, animated: ((bytes[data] ?? 0) & VP8X_ANIMATION_FLAG) !== 0 };
  }
  if (chunk === 'VP8 ') {
    // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], data + 3)) return null;
    return { format: 'webp', width: u16le(bytes, data + 6) & 0x3fff, height: u16le(bytes, data + 8) & 0x3fff, animated: false };
  }
  if (chunk === 'VP8L') {
    // Lossless: signature 0x2F, then width-1 and height-1 in 14 bits each.
    if (bytes[data] !== 0x2f) return null;
    const bits = u32le(bytes, data + 1);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, animated: false };
  }
  return null;
};

/**
 * Identifies the format by its magic bytes and reads the pixel dimensions from the header. Needs only the
 * first few kilobytes (a JPEG's EXIF block can push its frame header further), and never decodes.
 */
export const readImageHeader = (bytes: Uint8Array): ImageHeader | HeaderProblem => {
  let header: ImageHeader | null;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) header = jpegHeader(bytes);
  else if (startsWith(bytes, PNG_SIGNATURE)) header = pngHeader(bytes);
  else if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) header = webpHeader(bytes);
  else if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) header = bytes.length < 10 ? null : { format: 'gif', width: u16le(bytes, 6), height: u16le(bytes, 8) };
  else return 'unsupported-format';
  return header === null || header.width === 0 || header.height === 0 ? 'unreadable-header' : header;
};
