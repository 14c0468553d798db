import type { MaskedWordIndex } from './masked-words';

/**
 * The words the lexicons' terms are made of, by their units: the one-word terms and the words of the others, as the
 * masked-word index holds them. A word no term holds cannot be part of a hit, so the readings that look at a word
 * again (its letters spaced out, its accents) ask here first.
 */
export interface LexiconWords {
  /**
   * By a hash of their units (see extended): a text's word is looked up unit by unit, each prefix one multiply and
   * one lookup. Two words that hash alike merge, which at worst has a word read again for nothing.
   */
  readonly words: ReadonlyMap<number, LexiconWord>;
  readonly longest: number;
}

interface LexiconWord {
  /** The word may go on ("fuck" in "fucking"). */
  readonly goesOn: boolean;
  /** The languages of the terms that hold it, as bits (./masked-words languageBit). */
  readonly languages: number;
}

const built = new WeakMap<MaskedWordIndex, LexiconWords>();

const HASH_SEED = 0x811c9dc5;
/** The hash of a word's units so far, extended by one unit (FNV-1a). */
const extended = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** Built on first use: the engine's warm-up asks for it (../engine). */
export const lexiconWords = (index: MaskedWordIndex): LexiconWords => {
  let lexicon = built.get(index);
  if (lexicon === undefined) {
    const words = new Map<number, LexiconWord>();
    let longest = 0;
    for (const list of index.byFirst.values()) {
      for (const { codes, openEnd, languages } of list) {
        const key = codes.reduce(extended, HASH_SEED);
        const known = words.get(key);
        words.set(key, { goesOn: openEnd || (known?.goesOn ?? false), languages: languages | (known?.languages ?? 0) });
        longest = Math.max(longest, codes.length);
      }
    }
    lexicon = { words, longest };
    built.set(index, lexicon);
  }
  return lexicon;
};

/**
 * The languages (as bits) of the words of the lexicons that units from..to (exclusive) of `codes` spell: a word of
 * `minimum` units or more, or one that may go on and goes on by at most `ending` units ("fuck" + "ing"); 0 when none.
 */
export const lexiconWordLanguages = (lexicon: LexiconWords, codes: Int32Array, from: number, to: number, minimum: number, ending: number): number => {
  if (to - from < minimum) return 0;
  let languages = 0;
  let key = HASH_SEED;
  for (let end = from + 1; end <= to && end - from <= lexicon.longest; end++) {
    key = extended(key, codes[end - 1]!);
    if (end - from < minimum) continue;
    const word = lexicon.words.get(key);
    if (word !== undefined && (end === to || (word.goesOn && to - end <= ending))) languages |= word.languages;
  }
  return languages;
};
