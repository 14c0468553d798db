import * as charInfo from '../normalise/char-info';

// Bound once: module interop turns each access to an imported binding into a getter call.
const { Kind } = charInfo;
const LETTER = Kind.letter;
const DIGIT = Kind.digit;
const MASK = Kind.mask;

/** A unit of a word of a spaced script: a letter, digit or mask. Han, kana and Hangul glyphs are no such words. */
export const isWordUnit = (kind: number): boolean => kind === LETTER || kind === DIGIT || kind === MASK;

/** The first unit of the word holding unit k. */
export const wordStartOf = (kinds: Uint8Array, k: number): number => {
  while (k > 0 && isWordUnit(kinds[k - 1]!)) k--;
  return k;
};

/** One past the last unit of the word holding unit k. */
export const wordEndOf = (kinds: Uint8Array, length: number, k: number): number => {
  while (k < length && isWordUnit(kinds[k]!)) k++;
  return k;
};
