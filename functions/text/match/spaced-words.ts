import type { Language } from '../../policy/rules';
import * as charInfo from '../normalise/char-info';
import type { NormalisedText, SpacedWord } from '../normalise/normalise';
import { lexiconWordLanguages, lexiconWords, type LexiconWords } from './lexicon-words';
import type { MaskedWordIndex } from './masked-words';

/**
 * Letters typed spaced out are joined by the normaliser into one word ("f u c k" -> "fuck"), but where one word
 * ends in such a run, and the next starts, no spacing tells: "s e n d n u d e s" is two words, and so is "a f a i
 * l u r e" after "lol ur such". The lexicons' own words tell: a run that two of them spell, or one beside a
 * one-letter word, and that one alone does not, is read again with its words apart.
 */

// Bound once: module interop turns each access to an imported binding into a getter call.
const { Kind } = charInfo;
const SEPARATOR = Kind.separator;
const LETTER = Kind.letter;
const SPACE = 32;

/** Longer runs are left joined: a word spaced out is short, and splitting costs the square of the length. */
const MAX_SPLIT_UNITS = 24;
/**
 * A run is read as two words at most: two of the lexicons, three units or more each, or one beside a one-letter word.
 * The more and the shorter the pieces, the likelier a real word ("m a t s u s h i t a") reads as several.
 */
const MIN_WORD_UNITS = 3;
/** How far a word that may go on goes on in a run: an ending ("fuck" + "ing"), not a word after it ("nigg" + "lingknee"). */
const MAX_ENDING_UNITS = 3;
/** Words of one letter, typed beside a spaced-out word and joined with it ("a f a i l u r e", "я у з н а л", "f r a c a s a d a y"). */
const ONE_LETTER_WORDS: Readonly<Partial<Record<Language, string>>> = {
  en: 'ai',
  es: 'aeouy',
  fr: 'aày',
  it: 'aeèio',
  pt: 'aeéo',
  ru: 'авикосуя',
};
/** Per one-letter word, the languages it is a word of. */
const ONE_LETTER_LANGUAGES = new Map<number, Language[]>();
for (const [lang, letters] of Object.entries(ONE_LETTER_WORDS)) {
  for (const letter of letters) {
    const code = letter.codePointAt(0)!;
    ONE_LETTER_LANGUAGES.set(code, [...(ONE_LETTER_LANGUAGES.get(code) ?? []), lang as Language]);
  }
}
const isOneLetterWord = (code: number): boolean => ONE_LETTER_LANGUAGES.has(code);

/**
 * Where the words spelling units from..to start after the first: none when one word spells them, the second's start
 * when two do; undefined when neither. Words spelled as they stand are tried before words that go on.
 */
const wordBreaks = (lexicon: LexiconWords, codes: Int32Array, from: number, to: number): number[] | undefined => {
  const spells = (start: number, end: number, ending: number): boolean => lexiconWordLanguages(lexicon, codes, start, end, MIN_WORD_UNITS, ending) !== 0;
  for (const ending of [0, MAX_ENDING_UNITS]) {
    if (spells(from, to, ending)) return [];
    for (let middle = from + MIN_WORD_UNITS; middle <= to - MIN_WORD_UNITS; middle++) if (spells(from, middle, 0) && spells(middle, to, ending)) return [middle];
  }
  return undefined;
};

/**
 * Where the second word of a spaced-out run starts (a unit of the text, in a list): after a one-letter word typed
 * before it ("a" + "failure"), at one typed after it ("fracasada" + "y"), or between two words of the lexicons that
 * spell it. Empty when the run reads as one word, or as no such words.
 */
const wordStarts = (lexicon: LexiconWords, codes: Int32Array, run: SpacedWord): number[] => {
  const end = run.last + 1;
  if (end - run.first > MAX_SPLIT_UNITS) return [];
  const before = isOneLetterWord(codes[run.first]!) ? 1 : 0;
  const after = isOneLetterWord(codes[run.last]!) ? 1 : 0;
  // A one-letter word set apart first: "a failure" rather than "afa" + "ilure", "fracasada y" rather than "fracasa" + "day".
  for (const [lead, trail] of [[before, 0], [0, after], [0, 0]] as const) {
    const breaks = wordBreaks(lexicon, codes, run.first + lead, end - trail);
    // Two pieces at most: "e n t r e" is no "e" + "ntr" + "e".
    if (breaks === undefined || lead + breaks.length + trail !== 1) continue;
    return [...(lead ? [run.first + 1] : []), ...breaks, ...(trail ? [run.last] : [])];
  }
  return [];
};

/** A text with the words of its spaced-out runs set apart, and the unit of the text each of its units stands for. */
export interface SplitText {
  readonly text: NormalisedText;
  /** Per unit, the unit of the text it was copied from (a space set in: the unit after it). */
  readonly unitOf: Int32Array;
  /** Where each word set apart starts, in its units (after the space set in before it). */
  readonly wordStarts: readonly number[];
}

/**
 * The text with a space set in where each word of `spacedRuns` after its first starts (see wordStarts); undefined when
 * none reads as several.
 */
export const splitSpacedWords = (index: MaskedWordIndex, text: NormalisedText, spacedRuns: readonly SpacedWord[]): SplitText | undefined => {
  const lexicon = lexiconWords(index);
  const spaces = new Set(spacedRuns.flatMap((run) => wordStarts(lexicon, text.codes, run)));
  if (spaces.size === 0) return undefined;
  const length = text.length + spaces.size;
  const codes = new Int32Array(length);
  const runs = new Int32Array(length);
  const kinds = new Uint8Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const unitOf = new Int32Array(length);
  const wordStartUnits: number[] = [];
  let at = 0;
  for (let unit = 0; unit < text.length; unit++) {
    if (spaces.has(unit)) {
      codes[at] = SPACE;
      runs[at] = 1;
      kinds[at] = SEPARATOR;
      starts[at] = text.ends[unit - 1]!;
      ends[at] = text.starts[unit]!;
      unitOf[at++] = unit;
      wordStartUnits.push(at);
    }
    codes[at] = text.codes[unit]!;
    runs[at] = text.runs[unit]!;
    kinds[at] = text.kinds[unit]!;
    starts[at] = text.starts[unit]!;
    ends[at] = text.ends[unit]!;
    unitOf[at++] = unit;
  }
  return { text: { ...text, length, codes, runs, kinds, starts, ends, spacedWords: [] }, unitOf, wordStarts: wordStartUnits };
};

/** A term found in a split text: units first..last, and its language. */
interface SplitHit {
  readonly first: number;
  readonly last: number;
  readonly lang: Language | undefined;
}

/**
 * The hits of a split text that its split reveals: those that read across a space set in (a term of several words:
 * "send nudes"), and those on either side of one when the word on the other side is read too ("kill" + "you") or is
 * a one-letter word of the term's language ("a" + "failure", "fracasada" + "y"). A term on one side alone is no more
 * than a piece of a longer word, whose other piece the lexicons happen to hold: "c o c k p i t" is no "cock" and
 * "pit", "d i s p u t a" no "dis" and "puta".
 */
export const revealedHits = <Hit extends SplitHit>(split: SplitText, hits: readonly Hit[]): Hit[] => {
  const { codes, kinds, length } = split.text;
  const isLetter = (unit: number): boolean => unit >= 0 && unit < length && kinds[unit] === LETTER;
  const oneLetterWordOf = (unit: number, lang: Language | undefined): boolean =>
    lang !== undefined && !isLetter(unit - 1) && !isLetter(unit + 1) && (ONE_LETTER_LANGUAGES.get(codes[unit]!)?.includes(lang) ?? false);
  // Per word set apart (by where it starts), whether a hit reads it, and whether one reads the word before it.
  const readAfter = new Set(split.wordStarts.filter((start) => hits.some((hit) => hit.first === start)));
  const readBefore = new Set(split.wordStarts.filter((start) => hits.some((hit) => hit.last === start - 2)));
  return hits.filter((hit) =>
    split.wordStarts.some(
      (start) =>
        (hit.first < start && start <= hit.last) ||
        (hit.first === start && (readBefore.has(start) || oneLetterWordOf(start - 2, hit.lang))) ||
        (hit.last === start - 2 && (readAfter.has(start) || oneLetterWordOf(start, hit.lang))),
    ),
  );
};
