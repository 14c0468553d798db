import { LANGUAGES, type Language } from '../../policy/rules';
import * as charInfo from '../normalise/char-info';
import type { NormalisedText } from '../normalise/normalise';
import * as wordUnits from './word-units';

// Bound once: module interop turns each access to an imported binding into a getter call.
const { Kind } = charInfo;
const { isWordUnit } = wordUnits;
const LETTER = Kind.letter;
const MASK = Kind.mask;
const SEPARATOR = Kind.separator;

/**
 * One-word terms by their first letter, for words typed with masked letters ("ch*tiya", "c**t", "х*й"), and the
 * words of the terms of several words, so that a masked one can be written out and the term read around it
 * ("immigrants are f*lthy").
 */
export interface MaskedWordIndex {
  readonly byFirst: ReadonlyMap<number, readonly MaskableTerm[]>;
}

/** The id of a word that is only part of terms of several words: it is written out, never a hit of its own. */
export const PHRASE_WORD = -1;

export interface MaskableTerm {
  /** The term's pattern id, or PHRASE_WORD. */
  readonly id: number;
  readonly codes: Int32Array;
  /** How many letters each unit stands for ("ss" in "ass" is one unit of two). */
  readonly runs: Int32Array;
  /** The word may go on after the term ("f**king" for fuck*). */
  readonly openEnd: boolean;
  /** Letters the term spells, runs counted. */
  readonly letters: number;
  /** The languages of the terms that hold the word, as bits (see languageBit). */
  readonly languages: number;
}

/** A language's bit in MaskableTerm.languages; terms of no language (number words) have a bit of their own. */
export const languageBit = (lang: Language | undefined): number => 1 << (lang === undefined ? LANGUAGES.length : LANGUAGES.indexOf(lang));

/** The languages whose bits are set, and whether a term of no language holds the word. */
export const languagesOf = (bits: number): { readonly languages: readonly Language[]; readonly unknown: boolean } => ({
  languages: LANGUAGES.filter((lang) => bits & languageBit(lang)),
  unknown: (bits & languageBit(undefined)) !== 0,
});

/** A masked word and the term it spells: units first..last inclusive. */
export interface MaskedMatch {
  readonly term: MaskableTerm;
  readonly first: number;
  readonly last: number;
}

/** A maskable term, its letters counted from its runs. */
export const maskableTerm = (id: number, codes: Int32Array, runs: Int32Array, openEnd: boolean, languages: number): MaskableTerm => ({
  id,
  codes,
  runs,
  openEnd,
  letters: runs.reduce((sum, run) => sum + run, 0),
  languages,
});

/** Words of letters shorter than this are not written out from masks: too many words would fit. */
const MIN_MASKABLE_LETTERS = 3;

/**
 * Terms of three letters or more that are one word of letters, and so can be typed with letters masked; and the
 * words of three letters or more of the other terms, as PHRASE_WORD entries, each spelling once.
 */
export const buildMaskedWordIndex = (
  terms: readonly { id: number; codes: Int32Array; runs: Int32Array; kinds: Uint8Array; openStart: boolean; openEnd: boolean; lang: Language | undefined }[],
): MaskedWordIndex => {
  const byFirst = new Map<number, MaskableTerm[]>();
  const add = (term: MaskableTerm): void => {
    const first = term.codes[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), term]);
  };
  // Per spelling, the languages of every term holding it, one-word or not: set on the entries once all are known.
  const languageBits = new Map<string, number>();
  const heldBy = (codes: Int32Array, lang: Language | undefined): void => {
    const spelling = codes.join();
    languageBits.set(spelling, (languageBits.get(spelling) ?? 0) | languageBit(lang));
  };
  const spellings = new Set<string>();
  const phraseWords: { codes: Int32Array; runs: Int32Array }[] = [];
  for (const term of terms) {
    if (term.kinds.every((kind) => kind === LETTER)) {
      if (!term.openStart && term.codes.length >= MIN_MASKABLE_LETTERS) {
        add(maskableTerm(term.id, term.codes, term.runs, term.openEnd, 0));
        spellings.add(term.codes.join());
        heldBy(term.codes, term.lang);
      }
      continue;
    }
    for (let start = 0; start < term.codes.length; ) {
      let end = start;
      while (end < term.codes.length && term.kinds[end] === LETTER) end++;
      // Only whole words: not the open first or last one of a term ("*fucker", "fuck*") nor one touching a digit or glyph.
      const whole = (start > 0 || !term.openStart) && (end < term.codes.length || !term.openEnd) && (start === 0 || term.kinds[start - 1] === SEPARATOR) && (end === term.codes.length || term.kinds[end] === SEPARATOR);
      if (whole && end - start >= MIN_MASKABLE_LETTERS) {
        phraseWords.push({ codes: term.codes.slice(start, end), runs: term.runs.slice(start, end) });
        heldBy(term.codes.slice(start, end), term.lang);
      }
      start = end + 1;
    }
  }
  for (const { codes, runs } of phraseWords) {
    const spelling = codes.join();
    if (spellings.has(spelling)) continue;
    spellings.add(spelling);
    add(maskableTerm(PHRASE_WORD, codes, runs, false, 0));
  }
  for (const list of byFirst.values()) list.forEach((term, k) => (list[k] = { ...term, languages: languageBits.get(term.codes.join())! }));
  return { byFirst };
};

/** How a run of r masks may be read: as exactly r letters, or (when nothing reads so) r + 1 ("c*t"). */
const EXACT = 0;
const LENIENT = 1;

/**
 * Whether term units from `t` on spell the text word's units `u..end`: a letter must match, a run of
 * masks stands for as many letters (one more when lenient), never splitting a term unit. An open end
 * lets the word go on, but only once a real letter after the last mask has been matched, so "f**king"
 * is fuck* and never fap*. Words are short, so trying each split is cheap.
 */
const spells = (term: MaskableTerm, t: number, text: NormalisedText, u: number, end: number, lastMask: number, reading: number): boolean => {
  if (t === term.codes.length) return u === end || (term.openEnd && u > lastMask + 1);
  if (u === end) return false;
  if (text.kinds[u] === MASK) {
    const masks = text.runs[u]!;
    let letters = 0;
    for (let next = t; next < term.codes.length; next++) {
      letters += term.runs[next]!;
      if (letters > masks + reading) return false;
      if ((letters === masks || reading === LENIENT) && spells(term, next + 1, text, u + 1, end, lastMask, reading)) return true;
    }
    return false;
  }
  return text.codes[u] === term.codes[t] && spells(term, t + 1, text, u + 1, end, lastMask, reading);
};

/** Terms the masked word start..end spells, read exactly if any term fits so, leniently otherwise. */
const matchWord = (candidates: readonly MaskableTerm[], text: NormalisedText, start: number, end: number, lastMask: number, matches: MaskedMatch[]): void => {
  // Cheap bounds first: how many letters the word can stand for, and its last letter.
  let shown = 0;
  let masks = 0;
  let maskRuns = 0;
  for (let u = start; u < end; u++) {
    if (text.kinds[u] === MASK) {
      masks += text.runs[u]!;
      maskRuns++;
    } else shown += text.runs[u]!;
  }
  const lastCode = text.codes[end - 1]!;
  const plausible = candidates.filter(
    (term) => term.openEnd || (term.codes[term.codes.length - 1] === lastCode && term.letters >= shown + masks - 1 && term.letters <= shown + masks + maskRuns + 1),
  );
  const found = (): boolean => matches.length > 0 && matches[matches.length - 1]!.first === start;
  for (const reading of [EXACT, LENIENT]) {
    for (const term of plausible) if (term.id !== PHRASE_WORD && spells(term, 0, text, start, end, lastMask, reading)) matches.push({ term, first: start, last: end - 1 });
    if (found()) return;
  }
  // A word of a longer term only when no term fits, and only read exactly: "c*t" is the insult, not "cut".
  for (const term of plausible) if (term.id === PHRASE_WORD && spells(term, 0, text, start, end, lastMask, EXACT)) matches.push({ term, first: start, last: end - 1 });
};

/** Terms spelled by words that have masked letters inside; the automaton finds the rest. */
export const findMaskedWords = (index: MaskedWordIndex, text: NormalisedText): MaskedMatch[] => {
  const matches: MaskedMatch[] = [];
  for (let start = 0; start < text.length; ) {
    if (!isWordUnit(text.kinds[start]!)) {
      start++;
      continue;
    }
    let end = start;
    let lastMask = -1;
    for (; end < text.length && isWordUnit(text.kinds[end]!); end++) if (text.kinds[end] === MASK) lastMask = end;
    // Masks only join a word between letters (the normaliser's rule), so the first unit is a real letter.
    if (lastMask >= 0) matchWord(index.byFirst.get(text.codes[start]!) ?? [], text, start, end, lastMask, matches);
    start = end;
  }
  return matches;
};

/** A text with masked words written out, and the words written out (units first..last of each). */
export interface UnmaskedText {
  readonly text: NormalisedText;
  readonly words: readonly MaskedMatch[];
}

/**
 * The text with its masked words written out as the terms they spell ("hijo de p*ta" as "hijo de puta"),
 * so that terms of several words can be read around them; undefined when no masked word can be. Only a
 * word with as many units as its term is written out, so every unit keeps its place and its original span.
 */
export const unmaskedText = (text: NormalisedText, matches: readonly MaskedMatch[]): UnmaskedText | undefined => {
  // A word that several spellings fit ("s*nd": send, sand) is not written out.
  const spelledOnce = (match: MaskedMatch): boolean =>
    matches.every((other) => other.first !== match.first || other.term.codes.join() === match.term.codes.join());
  const words = matches.filter((match) => match.term.codes.length === match.last - match.first + 1 && spelledOnce(match));
  if (words.length === 0) return undefined;
  const codes = text.codes.slice(0, text.length);
  const runs = text.runs.slice(0, text.length);
  const kinds = text.kinds.slice(0, text.length);
  for (const { term, first, last } of words) {
    codes.set(term.codes, first);
    runs.set(term.runs, first);
    kinds.fill(LETTER, first, last + 1);
  }
  return { text: { ...text, codes, runs, kinds, masks: 0 }, words };
};
