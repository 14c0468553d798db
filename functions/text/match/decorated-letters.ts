import type { Language } from '../../policy/rules';
import type { UnitSpan } from '../detect/nearby';
import { Kind } from '../normalise/char-info';
import type { NormalisedText } from '../normalise/normalise';
import { languagesOf } from './masked-words';
import * as wordUnits from './word-units';

/**
 * Accents slipped onto the letters of a word to get it past a filter ("fück", "bítch", "shït"). The terms
 * keep their accents, because in the languages that write them an accent makes another word (French
 * "crève" is "die", "crevé" is "worn out"; "chope" is a beer mug, "chopé" is "caught"). So a word with
 * accented Latin letters is read a second time with plain ones, and a term found only that way counts
 * when one of the accents it needed at least is no letter of the term's own language: "fück" is "fuck",
 * an English term, and English writes no ü; "chopé" is no "chope", é being French.
 */

/** The accented letters each language writes (lower case); ñ is never read as n, so it is not listed. */
const NATIVE_ACCENTS: Readonly<Partial<Record<Language, string>>> = {
  es: 'áéíóúü',
  fr: 'àâçéèêëîïôùûüÿ',
  de: 'äöü',
  it: 'àèéìíîòóùú',
  pt: 'áâãàçéêíóôõúü',
};

const NATIVE: ReadonlyMap<Language, ReadonlySet<number>> = new Map(
  Object.entries(NATIVE_ACCENTS).map(([lang, letters]) => [lang as Language, new Set([...letters].map((letter) => letter.codePointAt(0)!))]),
);

/** ñ: Spanish tells año from ano and coño from cono by it alone. */
const NOT_DECORATION = 0xf1;
const LATIN_LETTER = /\p{Script=Latin}/u;
/**
 * The accents people decorate a word with: acute, grave, circumflex, tilde, diaeresis. Carons, ogoneks, rings,
 * macrons, breves, dots and hooks are letters of the languages that write them (Polish "żeby", Czech "chodů",
 * Vietnamese "cụm", Japanese romaji "kūsō"), and nobody reaches for them to hide a word.
 */
const DECORATING_MARKS = /^[\u0300-\u0303\u0308]+$/u;

/**
 * Per code point up to U+1EFF (the last block of accented Latin letters), the plain letter (a-z) an accented Latin
 * letter is written on, 0 for any other, -1 not yet known.
 */
const PLAIN = new Int32Array(0x1f00).fill(-1);

const plainLetterOf = (code: number): number => {
  let plain = PLAIN[code]!;
  if (plain < 0) {
    const character = String.fromCharCode(code);
    const decomposed = character.normalize('NFD');
    const base = decomposed.charCodeAt(0);
    plain = code !== NOT_DECORATION && LATIN_LETTER.test(character) && base >= 0x61 && base <= 0x7a && DECORATING_MARKS.test(decomposed.slice(1)) ? base : 0;
    PLAIN[code] = plain;
  }
  return plain;
};

export interface PlainLetters {
  /** The text with every accented Latin letter written plain. */
  readonly text: NormalisedText;
  /** Each word with such a letter. */
  readonly words: readonly UnitSpan[];
}

// Bound once: module interop turns every access to an imported binding into a getter call.
const { letter: LETTER } = Kind;
const { wordEndOf, wordStartOf, wordWindows } = wordUnits;

/** The text with its accented Latin letters written plain, or undefined when it has none. */
export const plainLetters = (text: NormalisedText): PlainLetters | undefined => {
  const { codes, kinds, length } = text;
  let plainCodes: Int32Array | undefined;
  const words: UnitSpan[] = [];
  for (let k = 0; k < length; k++) {
    const code = codes[k]!;
    // Most units are ASCII or of scripts without Latin accents: one comparison each.
    if (code < 0xc0 || code > 0x1eff || kinds[k] !== LETTER) continue;
    const plain = plainLetterOf(code);
    if (plain === 0) continue;
    plainCodes ??= codes.slice(0, length);
    plainCodes[k] = plain;
    // A word with several accented letters is one word to read.
    if (words.length > 0 && words[words.length - 1]!.last >= k) continue;
    words.push({ first: wordStartOf(kinds, k), last: wordEndOf(kinds, length, k) - 1 });
  }
  return plainCodes === undefined ? undefined : { text: { ...text, codes: plainCodes }, words };
};

/**
 * Words on either side of a decorated word read with it, for the terms of several words it is part of ("go kïll
 * yourself", "pëzzo di merda"). Two find most of those the evasion sweep reaches; each one more reads more of every
 * post in a language that writes accents.
 */
const NEIGHBOUR_WORDS = 2;

/**
 * Where to read the plain text again: each decorated word with NEIGHBOUR_WORDS words on either side, overlapping
 * stretches merged. `words` are in text order.
 */
export const readingWindows = (text: NormalisedText, words: readonly UnitSpan[]): UnitSpan[] => wordWindows(text.kinds, text.length, words, NEIGHBOUR_WORDS);

/**
 * Whether units first..last of the plain text hold a term only by its accents written plain, and those accents
 * decorate: one of them at least is no letter of the term's language ("fück" for "fuck"; "pûtà" for "puta", Spanish
 * writing neither û nor à). Accents the language writes, all of them, make another word ("chopé").
 */
export const readsThroughDecoration = (original: NormalisedText, plain: NormalisedText, first: number, last: number, lang: Language | undefined): boolean => {
  const native = lang === undefined ? undefined : NATIVE.get(lang);
  for (let k = first; k <= last; k++) {
    const code = original.codes[k]!;
    if (code !== plain.codes[k] && !native?.has(code)) return true;
  }
  return false;
};

/**
 * Whether a word with accented letters may read as a term through them: written plain, it is a word of terms (of the
 * languages `languages` has bits for) and its accents decorate it in one of those languages at least. Portuguese
 * "não", German "für", Spanish "qué" are words of terms written plain, of languages that write their accents.
 */
export const mayReadThroughDecoration = (original: NormalisedText, plain: NormalisedText, word: UnitSpan, languages: number): boolean => {
  if (languages === 0) return false;
  const held = languagesOf(languages);
  return held.unknown || held.languages.some((lang) => readsThroughDecoration(original, plain, word.first, word.last, lang));
};
