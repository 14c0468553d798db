import type { Language } from '../../policy/rules';
import { PLAIN_WORD_CUES, SIGNAL_TAGS, type LexiconTag } from '../lexicons/types';
import * as charInfo from '../normalise/char-info';
import { normalise, type NormalisedText, type SpacedWord } from '../normalise/normalise';
import { buildAutomaton, scanAutomaton, type Automaton } from './aho-corasick';
import { mayReadThroughDecoration, plainLetters, readingWindows, readsThroughDecoration } from './decorated-letters';
import { lexiconWordLanguages, lexiconWords } from './lexicon-words';
import type { UnitSpan } from '../detect/nearby';
import { encliticsAfter, isArabicLetter, isSecondPersonSuffix, procliticsBefore } from './arabic-clitics';
import { SpanLog } from '../growable';
import * as wordUnits from './word-units';
import { revealedHits, splitSpacedWords } from './spaced-words';
import { buildMaskedWordIndex, findMaskedWords, PHRASE_WORD, unmaskedText, type MaskedMatch, type MaskedWordIndex } from './masked-words';

// Bound once: module interop (tsx, esbuild's CommonJS output) turns every access to an imported binding into a getter call.
const { Kind } = charInfo;
const { isWordUnit, wordEndOf, wordStartOf, wordWindows } = wordUnits;
const { letter: LETTER, mask: MASK, symbol: SYMBOL } = Kind;

/**
 * `digit` marks the built-in number words (phone numbers spelled out), `figure` a number written in digits
 * (./detect/amounts); every other tag comes from a lexicon.
 */
export type TermTag = LexiconTag | 'digit' | 'figure';

export interface TermEntry {
  readonly term: string;
  readonly tag: TermTag;
  readonly lang?: Language;
  /** For `digit` entries: the digit the word stands for. */
  readonly value?: number;
  /** Longer terms this one is part of where the hit does not count (시발 in 시발점), written with the same syntax. */
  readonly unless?: readonly string[];
}

export interface CompiledTerm {
  readonly term: string;
  readonly tag: TermTag;
  readonly lang: Language | undefined;
  readonly value: number | undefined;
  readonly length: number;
  /**
   * One Latin-script word ("prize", "discount"): where a word proves little on its own, the policy
   * weighs it down. Other scripts pack phrases into one word (سلفني "lend me"), so they keep full weight.
   */
  readonly singleLatinWord: boolean;
}

export interface TermIndex {
  readonly automaton: Automaton;
  readonly terms: readonly CompiledTerm[];
  /**
   * Per pattern, what a scan reads of every occurrence, packed into one value (see packPattern) so that an
   * occurrence costs one read of this array: its FLAG_* bits, its tag (an index into `tagNames`) and its length.
   * Patterns are hundreds of thousands; separate arrays (and the term objects) cost a cache miss each.
   */
  readonly patternInfo: Int32Array;
  readonly tagNames: readonly TermTag[];
  /** Per pattern, for terms whose units are not all single and unmasked, where its runs start in `runs`. */
  readonly runOffsets: Int32Array;
  /** Run count per unit of every non-plain pattern; a mask unit is stored as 0 (any run). */
  readonly runs: Int32Array;
  /** Per pattern, the exception patterns that cancel it: exceptionIds[exceptionStart[id] .. exceptionStart[id + 1]). */
  readonly exceptionStart: Int32Array;
  readonly exceptionIds: Int32Array;
  /** One-word terms, for words typed with masked letters. */
  readonly masked: MaskedWordIndex;
}

/** A term found in a normalised text: units first..last inclusive. */
export interface TermHit {
  readonly term: CompiledTerm;
  /** The term's tag, copied from a flat array: cue rules read it for every hit, and the term objects lie all over the heap. */
  readonly tag: TermTag;
  readonly first: number;
  readonly last: number;
}

/**
 * Changes whenever compiling the same lexicons would give another index (the normaliser, the flags, the
 * clitic lists, the automaton's layout): compiled index files carry it in their fingerprint, so an old
 * file is compiled afresh rather than read. Bump it with any such change.
 */
export const TERM_COMPILER_VERSION = 9;

const FLAG_START_BOUNDARY = 1;
const FLAG_END_BOUNDARY = 2;
const FLAG_OPEN_START = 4;
const FLAG_OPEN_END = 8;
/** Every unit stands for one character and none is a mask: the run check needs no per-term data. */
const FLAG_PLAIN = 16;
/** An exception pattern: never reported, only cancels the hits it covers. */
const FLAG_EXCEPTION = 32;
const FLAG_HAS_EXCEPTIONS = 64;
/** An Arabic term that may carry clitics: conjunctions and prepositions before it, pronouns after it (./arabic-clitics). */
const FLAG_PROCLITICS = 128;
const FLAG_ENCLITICS = 256;
/**
 * A pattern's packed info (TermIndex.patternInfo), low bits first: its FLAG_* bits, its tag's number, its length.
 * The flags take FLAG_BITS while FLAG_ENCLITICS is the highest: a flag above it needs one bit more.
 */
const FLAG_BITS = 9;
const TAG_BITS = 8;
const LENGTH_SHIFT = FLAG_BITS + TAG_BITS;
const MAX_LENGTH = 2 ** (32 - LENGTH_SHIFT) - 1;

const packPattern = (flags: number, tag: number, length: number): number => flags | (tag << FLAG_BITS) | (length << LENGTH_SHIFT);
const flagsOf = (info: number): number => info & ((1 << FLAG_BITS) - 1);
const tagOf = (index: TermIndex, info: number): TermTag => index.tagNames[(info >>> FLAG_BITS) & ((1 << TAG_BITS) - 1)]!;
const lengthOf = (info: number): number => info >>> LENGTH_SHIFT;
/**
 * The clitics an Arabic term of a tag may carry: pronouns and laughter none; sexual words and curses none
 * either, being short stems that a clitic turns into ordinary words (ب + نيك is بنيك "your sons"); a group
 * name only those before it (والعرب), as with a pronoun after it it is another word as often as not (عرب
 * "Arabs", عربة "cart").
 */
const cliticsOfTag = (tag: TermTag): number => {
  if (tag === 'you' || tag === 'your' || tag === 'laughter' || tag === 'meta' || tag === 'digit' || tag === 'sexual' || tag === 'curse') return 0;
  return tag === 'group' ? FLAG_PROCLITICS : FLAG_PROCLITICS | FLAG_ENCLITICS;
};
/**
 * Cues whose Arabic word may carry the reader as a suffix (اكسرك "I break you", رقمك "your number", صوابعك "your fingers"): the
 * suffix counts as a `you` of its own, as the separate word would in other languages. Not pictures: صورك
 * ("your pictures") is as often of a trip, and the lexicon lists the singular صورتك as a `you` itself.
 */
const ATTACHED_YOU_TAGS: ReadonlySet<TermTag> = new Set(['violence', 'contact', 'limb']);
const ATTACHED_YOU: CompiledTerm = { term: '<attached you>', tag: 'you', lang: 'ar', value: undefined, length: 1, singleLatinWord: false };
const ATTACHED_YOUR: CompiledTerm = { ...ATTACHED_YOU, term: '<attached your>', tag: 'your' };
/** Shorter Arabic words take no clitics: with one, a two-letter word is too often part of another word. */
const MIN_CLITIC_WORD = 3;

const WILDCARD = '*';

/** A unit that begins a word of a spaced script: a letter, digit or mask with none of those before it. */
const isWordStart = (kinds: Uint8Array, k: number): boolean => isWordUnit(kinds[k]!) && (k === 0 || !isWordUnit(kinds[k - 1]!));

/**
 * Read before every word start, in terms and texts alike (never a code point, so never typed). A term
 * that must begin a word starts with it, so the automaton cannot enter that term in mid-word.
 */
const WORD_START = 0x110000;

/** Latin letters (with accents) and digits only, no separator. */
const isSingleLatinWord = (normalised: NormalisedText): boolean => {
  for (let k = 0; k < normalised.length; k++) {
    if (normalised.kinds[k] === Kind.separator || normalised.kinds[k] === Kind.glyph || normalised.codes[k]! >= 0x250) return false;
  }
  return true;
};

interface CompiledPattern {
  readonly codes: Int32Array;
  /** What the automaton reads: the codes with WORD_START before each unit that must begin a word. */
  readonly scanCodes: Int32Array;
  readonly kinds: Uint8Array;
  readonly runs: Int32Array;
  readonly flags: number;
  readonly singleLatinWord: boolean;
}

/**
 * A new flat string with the same text. Terms are string literals (internalised by V8) or slices of
 * them; normalising thousands of those leaves the normaliser's string reads optimised for string
 * shapes texts never have, and texts then normalise about 1.7x slower. A fresh copy is shaped like them.
 */
const freshCopy = (text: string): string => [...text].join('');

/** Units in the first word of a pattern (from its start) or its last (back from its end). */
const edgeWordLength = (kinds: Uint8Array, length: number, fromEnd: boolean): number => {
  let units = 0;
  while (units < length && isWordUnit(kinds[fromEnd ? length - 1 - units : units]!)) units++;
  return units;
};

/** The clitic flags of an Arabic term that may take them at a word boundary of its own. */
const cliticFlags = (codes: Int32Array, kinds: Uint8Array, boundaryFlags: number): number => {
  const length = codes.length;
  const at = (flag: number, unit: number, fromEnd: boolean): boolean =>
    (boundaryFlags & flag) !== 0 && isArabicLetter(codes[unit]!) && edgeWordLength(kinds, length, fromEnd) >= MIN_CLITIC_WORD;
  return (at(FLAG_START_BOUNDARY, 0, false) ? FLAG_PROCLITICS : 0) | (at(FLAG_END_BOUNDARY, length - 1, true) ? FLAG_ENCLITICS : 0);
};

/** `clitics`: the clitic flags the term may get (cliticsOfTag). */
const compilePattern = (written: string, clitics = 0): CompiledPattern | undefined => {
  const openStart = written.startsWith(WILDCARD);
  const openEnd = written.length > 1 && written.endsWith(WILDCARD);
  const normalised = normalise(freshCopy(written.slice(openStart ? 1 : 0, openEnd ? -1 : undefined)));
  const length = normalised.length;
  // A lone letter with a wildcard would match every word starting with it ("f***" -> f*): never a term.
  if (length === 0 || (length === 1 && normalised.kinds[0] === LETTER && normalised.runs[0] === 1)) return undefined;
  let plain = true;
  const runs = new Int32Array(length);
  for (let k = 0; k < length; k++) {
    runs[k] = normalised.kinds[k] === MASK ? 0 : normalised.runs[k]!;
    if (runs[k] !== 1) plain = false;
  }
  const codes = normalised.codes.slice(0, length);
  const kinds = normalised.kinds.slice(0, length);
  const boundaries = (!openStart && isWordUnit(kinds[0]!) ? FLAG_START_BOUNDARY : 0) | (!openEnd && isWordUnit(kinds[length - 1]!) ? FLAG_END_BOUNDARY : 0);
  const flags =
    boundaries | (clitics & cliticFlags(codes, kinds, boundaries)) | (openStart ? FLAG_OPEN_START : 0) | (openEnd ? FLAG_OPEN_END : 0) | (plain ? FLAG_PLAIN : 0);
  const scanCodes: number[] = [];
  for (let k = 0; k < length; k++) {
    // A term that may follow proclitics can begin inside a word: the boundary check looks at what precedes it.
    if (isWordStart(kinds, k) && (k > 0 || (flags & FLAG_START_BOUNDARY && !(flags & FLAG_PROCLITICS)))) scanCodes.push(WORD_START);
    scanCodes.push(codes[k]!);
  }
  return { codes, scanCodes: Int32Array.from(scanCodes), kinds, runs, flags, singleLatinWord: isSingleLatinWord(normalised) };
};

const patternKey = (pattern: CompiledPattern): string => `${pattern.flags}|${pattern.codes.join(',')}|${pattern.runs.join(',')}`;

/** Cues of everyday words (see PLAIN_WORD_CUES): a cancelled one excuses nothing, and no masked word reads as one. */
const PLAIN_WORD_TAGS: ReadonlySet<TermTag> = new Set(PLAIN_WORD_CUES);
/**
 * The terms read through accents that decorate (./decorated-letters): the words people disguise, signals and app
 * names ("snäpchat"). The other cues are everyday words that other languages write with their own accents
 * (Portuguese "tá" is no French "ta", "só" no English "so"), so they are read as written.
 */
const DISGUISED_TAGS: ReadonlySet<TermTag> = new Set([...SIGNAL_TAGS, 'app']);

/** Normalises every term (and its exceptions) with the same normaliser as the text and compiles them into one automaton. */
export const compileTerms = (entries: readonly TermEntry[]): TermIndex => {
  const patternOf = new Map<string, number>();
  /** `pattern id|exception key` of every exception compiled, so a twin's copy of one is not compiled again. */
  const compiledExceptions = new Set<string>();
  const patterns: CompiledPattern[] = [];
  const terms: CompiledTerm[] = [];
  const exceptionsOf: number[][] = [];
  const addPattern = (pattern: CompiledPattern, term: CompiledTerm): number => {
    patterns.push(pattern);
    terms.push(term);
    exceptionsOf.push([]);
    return patterns.length - 1;
  };
  for (const entry of entries) {
    const clitics = cliticsOfTag(entry.tag);
    const pattern = compilePattern(entry.term, clitics);
    if (!pattern) continue;
    // One pattern per tag and normalised term, with the exceptions of every entry that writes it: a twin written
    // without exceptions (by another list or language, or a builder) must not undo those its sibling lists.
    const key = `${entry.tag}|${entry.value ?? ''}|${patternKey(pattern)}`;
    let id = patternOf.get(key);
    if (id === undefined) {
      id = addPattern(pattern, { term: entry.term, tag: entry.tag, lang: entry.lang, value: entry.value, length: pattern.codes.length, singleLatinWord: pattern.singleLatinWord });
      patternOf.set(key, id);
    }
    for (const context of entry.unless ?? []) {
      const exception = compilePattern(context, clitics);
      if (!exception) throw new Error(`exception "${context}" of term "${entry.term}" normalises to nothing`);
      const exceptionKey = `${id}|${patternKey(exception)}`;
      if (compiledExceptions.has(exceptionKey)) continue;
      compiledExceptions.add(exceptionKey);
      exceptionsOf[id]!.push(addPattern({ ...exception, flags: exception.flags | FLAG_EXCEPTION }, terms[id]!));
    }
  }

  const count = patterns.length;
  const tagNames = [...new Set(terms.map((term) => term.tag))];
  const tagNumber = new Map(tagNames.map((tag, k) => [tag, k]));
  if (tagNames.length > 2 ** TAG_BITS) throw new Error(`more than ${2 ** TAG_BITS} tags`);
  const patternInfo = new Int32Array(count);
  const runOffsets = new Int32Array(count).fill(-1);
  const runs: number[] = [];
  const exceptionStart = new Int32Array(count + 1);
  const exceptionIds: number[] = [];
  patterns.forEach((pattern, id) => {
    if (pattern.codes.length > MAX_LENGTH) throw new Error(`term "${terms[id]!.term}" is longer than ${MAX_LENGTH} units`);
    patternInfo[id] = packPattern(pattern.flags | (exceptionsOf[id]!.length > 0 ? FLAG_HAS_EXCEPTIONS : 0), tagNumber.get(terms[id]!.tag)!, pattern.codes.length);
    if (!(pattern.flags & FLAG_PLAIN)) {
      runOffsets[id] = runs.length;
      runs.push(...pattern.runs);
    }
    exceptionStart[id] = exceptionIds.length;
    exceptionIds.push(...exceptionsOf[id]!);
  });
  exceptionStart[count] = exceptionIds.length;
  const automaton = buildAutomaton(patterns.map((pattern) => pattern.scanCodes), WORD_START);
  return {
    automaton,
    terms,
    patternInfo,
    tagNames,
    runOffsets,
    runs: Int32Array.from(runs),
    exceptionStart,
    exceptionIds: Int32Array.from(exceptionIds),
    masked: buildMaskedWordIndex(
      patterns.flatMap((pattern, id) =>
        pattern.flags & FLAG_EXCEPTION || PLAIN_WORD_TAGS.has(terms[id]!.tag) ? [] : [{ id, codes: pattern.codes, runs: pattern.runs, kinds: pattern.kinds, openStart: (pattern.flags & FLAG_OPEN_START) !== 0, openEnd: (pattern.flags & FLAG_OPEN_END) !== 0, lang: terms[id]!.lang }],
      ),
    ),
  };
};

/**
 * A stretched unit in the text (3 or more) may stand for one or two in the term; otherwise counts must agree ("as" is
 * not read in "ass", nor 딸이 in 딸딸이). Symbols repeat for emphasis alone: "😂😂" is the "😂" of a term.
 */
const runsAgree = (index: TermIndex, id: number, flags: number, text: NormalisedText, first: number, last: number): boolean => {
  const { runs: textRuns, kinds } = text;
  if (flags & FLAG_PLAIN) {
    // At an open end the word may continue with the same letter ("fucc*" in "fuccck" is fine, in "fuck" is not).
    const from = flags & FLAG_OPEN_START ? first + 1 : first;
    const to = flags & FLAG_OPEN_END ? last - 1 : last;
    for (let i = from; i <= to; i++) if (textRuns[i] === 2 && kinds[i] !== SYMBOL) return false;
    return true;
  }
  const offset = index.runOffsets[id]!;
  const termRuns = index.runs;
  for (let k = 0; k <= last - first; k++) {
    const textRun = textRuns[first + k]!;
    const termRun = termRuns[offset + k]!;
    if (textRun === termRun || textRun >= 3 || termRun === 0 || kinds[first + k] === SYMBOL) continue;
    const open = (k === 0 && flags & FLAG_OPEN_START) || (first + k === last && flags & FLAG_OPEN_END);
    if (!open || textRun < termRun) return false;
  }
  return true;
};

/** Words of spaced scripts match whole (an Arabic word with its clitics); Han, kana, Hangul and symbols match anywhere. */
const boundariesHold = (flags: number, text: NormalisedText, first: number, last: number): boolean => {
  const { kinds, length } = text;
  if (flags & FLAG_START_BOUNDARY && first > 0 && isWordUnit(kinds[first - 1]!)) {
    if (!(flags & FLAG_PROCLITICS) || !procliticsBefore(text, isWordUnit, first)) return false;
  }
  if (flags & FLAG_END_BOUNDARY && last + 1 < length && isWordUnit(kinds[last + 1]!)) {
    if (!(flags & FLAG_ENCLITICS) || !encliticsAfter(text, isWordUnit, last)) return false;
  }
  return true;
};

/**
 * A hit of a lexicon pattern. Its term object is looked up only when a rule reads it (a few rules do): the
 * objects lie all over the heap, and fetching one for each of a post's ~85 hits cost a cache miss each.
 */
class LexiconHit implements TermHit {
  constructor(
    private readonly terms: readonly CompiledTerm[],
    private readonly id: number,
    readonly tag: TermTag,
    readonly first: number,
    readonly last: number,
  ) {}

  get term(): CompiledTerm {
    return this.terms[this.id]!;
  }
}

/** Pattern occurrences found by one scan (pattern id and units), reused across calls: matching is synchronous. */
const found = new SpanLog();
/** 1 for the unit kinds that make up words of spaced scripts (isWordUnit), for the scan's word starts. */
const WORD_KINDS = Uint8Array.from({ length: 16 }, (_, kind) => (isWordUnit(kind) ? 1 : 0));

/** Where in `found` the exception occurrences are, in order: a text holds few, so a term's exceptions are looked for among them alone. */
const exceptionsFound = new SpanLog();

let scanIndex: TermIndex | undefined;
let scanText: NormalisedText | undefined;

/** The scan's sink, bound once: filters each occurrence by boundaries and runs before anything is allocated. */
const collect = (id: number, last: number): void => {
  const index = scanIndex!;
  const text = scanText!;
  const info = index.patternInfo[id]!;
  const flags = flagsOf(info);
  const first = last - lengthOf(info) + 1;
  if (!boundariesHold(flags, text, first, last) || !runsAgree(index, id, flags, text, first, last)) return;
  if (flags & FLAG_EXCEPTION) exceptionsFound.add(found.count, first, last);
  found.add(id, first, last);
};

/** The occurrence of one of the pattern's exceptions found around the occurrence at first..last, or -1. */
const cancellingException = (index: TermIndex, id: number, first: number, last: number): number => {
  for (let k = index.exceptionStart[id]!; k < index.exceptionStart[id + 1]!; k++) {
    const exception = index.exceptionIds[k]!;
    for (let e = 0; e < exceptionsFound.count; e++) {
      const o = exceptionsFound.values[e]!;
      if (found.values[o] === exception && exceptionsFound.firsts[e]! <= first && exceptionsFound.lasts[e]! >= last) return o;
    }
  }
  return -1;
};

/**
 * Scans a text and pushes its hits onto `hits`: every occurrence that no exception around it cancels,
 * and that `keeps` (when given) accepts.
 */
const scanHits = (
  index: TermIndex,
  text: NormalisedText,
  excused: UnitSpan[] | undefined,
  hits: TermHit[],
  keeps?: (first: number, last: number, id: number) => boolean,
  window?: UnitSpan,
): void => {
  found.count = 0;
  exceptionsFound.count = 0;
  scanIndex = index;
  scanText = text;
  scanAutomaton(index.automaton, text.codes, text.kinds, window === undefined ? text.length : window.last + 1, WORD_KINDS, collect, window?.first);
  scanText = undefined;
  const kinds = text.kinds;
  for (let o = 0; o < found.count; o++) {
    const id = found.values[o]!;
    const info = index.patternInfo[id]!;
    const flags = flagsOf(info);
    if (flags & FLAG_EXCEPTION) continue;
    let first = found.firsts[o]!;
    let last = found.lasts[o]!;
    if (keeps && !keeps(first, last, id)) continue;
    if (exceptionsFound.count > 0 && flags & FLAG_HAS_EXCEPTIONS) {
      const exception = cancellingException(index, id, first, last);
      if (exception >= 0) {
        if (!PLAIN_WORD_TAGS.has(tagOf(index, info))) excused?.push({ first: found.firsts[exception]!, last: found.lasts[exception]! });
        continue;
      }
    }
    // An open end covers the rest of the word, so evidence shows "fucking", not "fuck"; so do clitics (the whole of وقتلك).
    if (flags & (FLAG_OPEN_START | FLAG_PROCLITICS)) first = wordStartOf(kinds, first);
    const bare = last;
    if (flags & (FLAG_OPEN_END | FLAG_ENCLITICS)) last = wordEndOf(kinds, text.length, last + 1) - 1;
    const tag = tagOf(index, info);
    hits.push(new LexiconHit(index.terms, id, tag, first, last));
    if (flags & FLAG_ENCLITICS && ATTACHED_YOU_TAGS.has(tag) && isSecondPersonSuffix(text, bare + 1, last)) {
      hits.push({ term: ATTACHED_YOU, tag: 'you', first: bare + 1, last });
      // On a noun the suffix is possessive: رقمك is "your number", which aims no contempt at the reader.
      if (tag !== 'violence') hits.push({ term: ATTACHED_YOUR, tag: 'your', first: bare + 1, last });
    }
  }
};

/** Reaches past one of the written-out words: a term of several words, which the masked-word search cannot read. */
const reachesPast =
  (words: readonly MaskedMatch[]) =>
  (first: number, last: number): boolean =>
    words.some((word) => first <= word.last && word.first <= last && (first < word.first || last > word.last));

/** The hit at other units of the text: a hit of a split text (./spaced-words) moved back to the text's units. */
const movedHit = (hit: TermHit, first: number, last: number): TermHit => ({
  get term() {
    return hit.term;
  },
  tag: hit.tag,
  first,
  last,
});

/**
 * The spaced-out runs of the text that no exception found by the last scan touches: an exception reads such a run
 * as the innocent name or phrase it is part of ("D i c k V a n Dyke"), which splitting it would undo.
 */
const runsWithoutExceptions = (text: NormalisedText): SpacedWord[] =>
  text.spacedWords.filter((run) => {
    for (let e = 0; e < exceptionsFound.count; e++) if (exceptionsFound.firsts[e]! <= run.last && exceptionsFound.lasts[e]! >= run.first) return false;
    return true;
  });

/** Words on either side of a word set apart in a spaced-out run read with it: "i will f i n d y o u and hurt you". */
const SPLIT_NEIGHBOUR_WORDS = 4;

/**
 * Reads the text again with the words of its spaced-out runs set apart (./spaced-words), and adds the hits on
 * those runs that the text as joined did not hold ("sendnudes" read as "send nudes").
 */
const readSplitRuns = (index: TermIndex, text: NormalisedText, runs: readonly SpacedWord[], excused: UnitSpan[] | undefined, hits: TermHit[]): void => {
  const split = splitSpacedWords(index.masked, text, runs);
  if (split === undefined) return;
  const found: TermHit[] = [];
  const cleared: UnitSpan[] = [];
  const starts = split.wordStarts.map((start) => ({ first: start, last: start }));
  for (const window of wordWindows(split.text.kinds, split.text.length, starts, SPLIT_NEIGHBOUR_WORDS)) scanHits(index, split.text, cleared, found, undefined, window);
  const { unitOf } = split;
  const revealed = revealedHits(
    split,
    found.map((hit) => ({ hit, first: hit.first, last: hit.last, lang: hit.term.lang })),
  );
  for (const { hit } of revealed) {
    const first = unitOf[hit.first]!;
    const last = unitOf[hit.last]!;
    if (!hits.some((known) => known.first === first && known.last === last && known.tag === hit.tag && known.term === hit.term)) hits.push(movedHit(hit, first, last));
  }
  excused?.push(...cleared.map(({ first, last }) => ({ first: unitOf[first]!, last: unitOf[last]! })));
};

/**
 * Every lexicon term occurring in the text, in one pass. `excused`, when given, receives the units of
 * every exception that cancelled a term (시발점 around 시발): text the rules read and found harmless.
 * Words typed with masked letters are read by the masked-word search; the terms of several words around
 * them, by a second pass over the text with those words written out. Words with accented Latin letters
 * are read once more with the letters plain, for terms those accents only decorate (./decorated-letters);
 * runs of spaced-out letters, once more with their words apart (./spaced-words).
 */
export const findTerms = (index: TermIndex, text: NormalisedText, excused?: UnitSpan[]): TermHit[] => {
  const hits: TermHit[] = [];
  scanHits(index, text, excused, hits);
  const spacedRuns = text.spacedWords.length === 0 ? text.spacedWords : runsWithoutExceptions(text);
  if (text.masks > 0) {
    const masked = findMaskedWords(index.masked, text);
    for (const { term, first, last } of masked) if (term.id !== PHRASE_WORD) hits.push(new LexiconHit(index.terms, term.id, tagOf(index, index.patternInfo[term.id]!), first, last));
    const unmasked = unmaskedText(text, masked);
    if (unmasked) scanHits(index, unmasked.text, excused, hits, reachesPast(unmasked.words));
  }
  const plain = plainLetters(text);
  if (plain) {
    const decorationOnly = (first: number, last: number, id: number): boolean =>
      DISGUISED_TAGS.has(tagOf(index, index.patternInfo[id]!)) && readsThroughDecoration(text, plain.text, first, last, index.terms[id]!.lang);
    // Only a word that, written plain, is a word of terms in whose language its accents decorate can be part of a hit.
    const lexicon = lexiconWords(index.masked);
    const languagesOf = ({ first, last }: UnitSpan): number => lexiconWordLanguages(lexicon, plain.text.codes, first, last + 1, 1, Infinity);
    const words = plain.words.filter((word) => mayReadThroughDecoration(text, plain.text, word, languagesOf(word)));
    for (const window of readingWindows(text, words)) scanHits(index, plain.text, excused, hits, decorationOnly, window);
  }
  if (spacedRuns.length > 0) readSplitRuns(index, text, spacedRuns, excused, hits);
  return hits;
};
