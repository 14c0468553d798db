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

/** The first unit of the word `words` words before the one starting at `first` (as far as there are words). */
const wordsBefore = (kinds: Uint8Array, first: number, words: number): number => {
  let start = first;
  for (let word = 0; word < words; word++) {
    let before = start - 1;
    while (before >= 0 && !isWordUnit(kinds[before]!)) before--;
    if (before < 0) break;
    start = wordStartOf(kinds, before);
  }
  return start;
};

/** The last unit of the word `words` words after the one ending at `last`. */
const wordsAfter = (kinds: Uint8Array, length: number, last: number, words: number): number => {
  let end = last;
  for (let word = 0; word < words; word++) {
    let after = end + 1;
    while (after < length && !isWordUnit(kinds[after]!)) after++;
    if (after >= length) break;
    end = wordEndOf(kinds, length, after) - 1;
  }
  return end;
};

/**
 * Each span (in text order, from a word's start to a word's end) with `words` words on either side, overlapping
 * stretches merged: where to read a text again around a few of its words, for the terms of several words they are in.
 */
export const wordWindows = (kinds: Uint8Array, length: number, spans: readonly { readonly first: number; readonly last: number }[], words: number): { first: number; last: number }[] => {
  const windows: { first: number; last: number }[] = [];
  for (const span of spans) {
    const first = wordsBefore(kinds, span.first, words);
    const last = wordsAfter(kinds, length, span.last, words);
    const previous = windows[windows.length - 1];
    if (previous !== undefined && previous.last >= first - 1) previous.last = last;
    else windows.push({ first, last });
  }
  return windows;
};
