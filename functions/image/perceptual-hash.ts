/**
 * A 64-bit difference hash (dHash): the image shrunk to 9 x 8 grey pixels, one bit per horizontal neighbour
 * pair (is the left one darker?). Resizing and recompression barely move it; a different photo flips about
 * half of the bits.
 */
export const HASH_GRID = { width: 9, height: 8 } as const;

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
