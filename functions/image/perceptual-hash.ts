import type { Raster } from './raster';

/**
 * A 64-bit difference hash (dHash): the image shrunk to 9 x 8 grey pixels, one bit per horizontal neighbour
 * pair (is the left one darker?). Resizing and recompression barely move it; a different photo flips about
 * half of the bits.
 */
export const HASH_GRID = { width: 9, height: 8 } as const;

/**
 * The raster shrunk to the hash's grey grid by averaging each cell's pixels (ITU-R BT.601 luma). Done here
 * rather than by a second image pipeline: one pass over the already-decoded pixels.
 */
export const greyThumbnail = (raster: Raster): Uint8Array => {
  const { width, height, rgba } = raster;
  const sums = new Float64Array(HASH_GRID.width * HASH_GRID.height);
  const counts = new Uint32Array(sums.length);
  for (let y = 0; y < height; y += 1) {
    const row = Math.min(HASH_GRID.height - 1, Math.floor((y * HASH_GRID.height) / height)) * HASH_GRID.width;
    for (let x = 0; x < width; x += 1) {
      const cell = row + Math.min(HASH_GRID.width - 1, Math.floor((x * HASH_GRID.width) / width));
      const at = (y * width + x) * 4;
      sums[cell] = (sums[cell] ?? 0) + 0.299 * (rgba[at] ?? 0) + 0.587 * (rgba[at + 1] ?? 0) + 0.114 * (rgba[at + 2] ?? 0);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  return Uint8Array.from(sums, (sum, cell) => Math.round(sum / Math.max(1, counts[cell] ?? 0)));
};

/** Below this spread of grey levels the thumbnail is flat (a blank or single-colour image): its hash says nothing. */
const FLAT_SPREAD = 12;

/** The hash as 16 hex digits, or null for a featureless image that would match every other featureless one. */
export const differenceHash = (grey: Uint8Array): string | null => {
  if (grey.length !== HASH_GRID.width * HASH_GRID.height) throw new Error(`expected ${HASH_GRID.width * HASH_GRID.height} grey pixels, got ${grey.length}`);
  let min = 255;
  let max = 0;
  for (const level of grey) {
    min = Math.min(min, level);
    max = Math.max(max, level);
  }
  if (max - min < FLAT_SPREAD) return null;
  let hash = 0n;
  for (let row = 0; row < HASH_GRID.height; row += 1) {
    for (let column = 0; column < HASH_GRID.width - 1; column += 1) {
      const at = row * HASH_GRID.width + column;
      hash = (hash << 1n) | ((grey[at] ?? 0) < (grey[at + 1] ?? 0) ? 1n : 0n);
    }
  }
  return hash.toString(16).padStart(16, '0');
};

/** How many of the 64 bits differ. */
export const hammingDistance = (a: string, b: string): number => {
  let difference = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (difference > 0n) {
    difference &= difference - 1n;
    count += 1;
  }
  return count;
};
