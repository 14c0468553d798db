import { Buffers } from './buffers';
import * as charInfo from './char-info';
import * as homoglyphs from './homoglyphs';
import * as leetspeak from './leetspeak';

// Bound once: module interop (tsx, esbuild's CommonJS output) turns every access to an imported binding into a getter call.
const { classOf, compose, foldMany, foldSingle, Kind, kindOf, plainUnit, Script, scriptOf } = charInfo;
const { CYRILLIC_LEET, TO_CYRILLIC, TO_LATIN } = homoglyphs;
const { LATIN_VOWELS, LEET_TO_LATIN, LOWER_I, LOWER_L, ONE } = leetspeak;

/**
 * The text as the matcher sees it: one unit per folded character, separators collapsed to a single
 * space, repeated characters squeezed into one unit that remembers how many it stood for, and for
 * every unit the span of the ORIGINAL string it came from.
 */
export interface NormalisedText {
  /** Units in use: the arrays below may be longer. */
  readonly length: number;
  /** How many units are digits, so number detectors can skip texts without any. */
  readonly digits: number;
  /** How many units are masks ("f**k"), so the masked-word search can skip texts without any. */
  readonly masks: number;
  /** Folded code points; 32 is a separator run. */
  readonly codes: Int32Array;
  /** How many identical characters this unit stands for ("fuuuck" -> u x3). */
  readonly runs: Int32Array;
  readonly kinds: Uint8Array;
  /** Original span of each unit (JavaScript string indices, end exclusive). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * The words of letters joined from letters typed spaced out ("f u c k"), units first..last each. Where one such
   * word ends inside the run, and another starts, the normaliser cannot know ("s e n d n u d e s").
   */
  readonly spacedWords: readonly SpacedWord[];
}

/** Units first..last inclusive of a normalised text. */
export interface SpacedWord {
  readonly first: number;
  readonly last: number;
}

const SPACE = 32;
/** Longest gap between single letters still read as one spaced-out word ("f . u . c . k"). */
const MAX_SPACED_GAP = 3;
/** Single Latin/Cyrillic letters in a row before they count as one word; Han/kana/Hangul need two. */
const MIN_SPACED_LETTERS = 3;
const MIN_SPACED_GLYPHS = 2;
const NOT_GLUE = new Set(["'", '’', '`', '\u3000', '\u00a0']);

const buffers = new Buffers();

const LETTER = Kind.letter;
const GLYPH = Kind.glyph;
const MARK = Kind.mark;
const IGNORABLE = Kind.ignorable;
const DIGIT = Kind.digit;
const LEET = Kind.leet;
const MASK = Kind.mask;
const SEPARATOR = Kind.separator;
const SYMBOL = Kind.symbol;
const { latin: LATIN, cyrillic: CYRILLIC, greek: GREEK, other: OTHER_SCRIPT } = Script;
const HAN_KANA_GLYPH = Kind.glyph | (Script.hanKana << 4);
const HANGUL_GLYPH = Kind.glyph | (Script.hangul << 4);

const isWordish = (kind: number): boolean => kind === LETTER || kind === GLYPH || kind === DIGIT || kind === MASK;

/** Units written so far by stage 1, and whether any may stand for a letter (module state: normalising is synchronous). */
let unitCount = 0;
let symbolsSeen = false;

const pushUnit = (b: Buffers, code: number, cls: number, start: number, end: number): void => {
  if (unitCount >= b.capacity) b.reserveUnits(unitCount + 1);
  b.code[unitCount] = code;
  b.cls[unitCount] = cls;
  b.start[unitCount] = start;
  b.end[unitCount] = end;
  unitCount++;
};

/** A combining mark composes onto the unit before it, joins it (Devanagari vowel signs) or is dropped (Zalgo). */
const pushMark = (b: Buffers, mark: number, start: number, end: number): void => {
  const previous = unitCount - 1;
  if (previous < 0 || b.end[previous] !== start) return;
  const composed = compose(b.code[previous]!, mark);
  if (composed >= 0) {
    b.code[previous] = composed;
    b.end[previous] = end;
    return;
  }
  const previousCls = b.cls[previous]!;
  if (keepsMarks(previousCls)) pushUnit(b, mark, previousCls, start, end);
  // A dropped decoration still belongs to its letter's span, so evidence covers what the user typed.
  else b.end[previous] = end;
};

/**
 * Scripts that write vowels as marks (Devanagari, Thai ...) keep a mark that does not compose as a unit of its own,
 * of its letter's class. Elsewhere such a mark only decorates and is dropped: Latin, Cyrillic and Greek (Zalgo), Arabic
 * (whose harakat are dropped as ignorable), Han, kana (whose voicing marks compose) and Hangul.
 */
const keepsMarks = (cls: number): boolean => {
  const kind = kindOf(cls);
  return (kind === LETTER || kind === GLYPH) && scriptOf(cls) === OTHER_SCRIPT;
};

const pushFolded = (b: Buffers, cp: number, start: number, end: number): void => {
  const cls = classOf(cp);
  const kind = kindOf(cls);
  if (kind === IGNORABLE) {
    // Invisible characters right after a unit (keycap marks, variation selectors) stay inside its span.
    if (unitCount > 0 && b.end[unitCount - 1] === start) b.end[unitCount - 1] = end;
    return;
  }
  if (kind === MARK) pushMark(b, cp, start, end);
  else {
    // Full-width and other non-ASCII forms fold to ASCII symbols too.
    if (kind === LEET || kind === MASK) symbolsSeen = true;
    pushUnit(b, cp, cls, start, end);
  }
};

/** Stage 1: the code points of text[from, to) -> folded, classified units; invisible characters gone, marks composed. */
const foldUnits = (text: string, b: Buffers, from: number, to: number): number => {
  unitCount = 0;
  symbolsSeen = false;
  let count = 0;
  let { code, cls, start, end, capacity } = b;
  for (let i = from; i < to; ) {
    const unit = text.charCodeAt(i);
    const plain = plainUnit(unit);
    // A unit that expanded ("ﬁ") may have filled the buffers: then the general path grows them.
    if (plain >= 0 && count < capacity) {
      code[count] = plain >> 8;
      cls[count] = plain & 255;
      start[count] = i;
      end[count] = ++i;
      count++;
      continue;
    }
    unitCount = count;
    const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    const width = cp > 0xffff ? 2 : 1;
    const single = foldSingle(cp);
    if (single >= 0) pushFolded(b, single, i, i + width);
    else for (const folded of foldMany(cp)) pushFolded(b, folded, i, i + width);
    count = unitCount;
    ({ code, cls, start, end, capacity } = b);
    i += width;
  }
  unitCount = count;
  return count;
};

/** Stage 2: leet symbols and masks between letters join the word; elsewhere they are punctuation. */
const settleSymbols = (n: number, b: Buffers): void => {
  for (let i = 0; i < n; ) {
    const kind = kindOf(b.cls[i]!);
    if (kind !== LEET && kind !== MASK) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && (kindOf(b.cls[j]!) === LEET || kindOf(b.cls[j]!) === MASK)) j++;
    const before = i > 0 && b.end[i - 1] === b.start[i] ? kindOf(b.cls[i - 1]!) : SEPARATOR;
    const after = j < n && b.start[j] === b.end[j - 1] ? kindOf(b.cls[j]!) : SEPARATOR;
    const inside = isWordish(before) && isWordish(after);
    for (let k = i; k < j; k++) {
      const cp = b.code[k]!;
      const joins = cp === 0x24 ? before === LETTER || after === LETTER : inside;
      if (!joins) b.cls[k] = SEPARATOR;
      else if (cp === 0x2a) b.cls[k] = MASK;
      else b.cls[k] = LEET;
    }
    i = j;
  }
};

const isTokenKind = (kind: number): boolean => kind !== SEPARATOR && kind !== SYMBOL;

/** A token with digits or leet symbols, or with Latin letters mixed with Cyrillic/Greek ones, needs resolveWord. */
const TOKEN_NEEDS_RESOLVING = 1;
const HAS_LATIN = 2;
const HAS_LOOKALIKE_SCRIPT = 4;

/** What one unit class adds to its token's bits (ENDS_TOKEN: it is no part of a word token); one table read per unit. */
const ENDS_TOKEN = 8;
const CLASS_BITS = Uint8Array.from({ length: 256 }, (_, cls) => {
  const kind = cls & 15;
  const script = cls >> 4;
  if (!isTokenKind(kind)) return ENDS_TOKEN;
  if (kind === DIGIT || kind === LEET) return TOKEN_NEEDS_RESOLVING;
  if (kind !== LETTER) return 0;
  return script === LATIN ? HAS_LATIN : script === CYRILLIC || script === GREEK ? HAS_LOOKALIKE_SCRIPT : 0;
});

/** A two-letter word that may join a spaced-out word next to it ("ch.u.t.i.y.a"); single units have their MIN_SPACED_* need instead. */
const SHORT_WORD = 1;
const NO_SHAPE = 0;
/** A letter that may be typed spaced out: Latin, Cyrillic, Greek, Arabic (other scripts' letters stand alone). */
const isSpacedLetter = (cls: number): boolean => (cls & 15) === LETTER && cls >> 4 !== OTHER_SCRIPT;
/** Per unit class, how many single units in a row a one-unit token needs to read as a word (NO_SHAPE: it never does). */
const SINGLE_NEED = Uint8Array.from({ length: 256 }, (_, cls) => ((cls & 15) === GLYPH ? MIN_SPACED_GLYPHS : isSpacedLetter(cls) ? MIN_SPACED_LETTERS : NO_SHAPE));

/** A token's part in spaced-out words: its need when it is one unit, SHORT_WORD for two letters, else NO_SHAPE. */
const tokenShapeOf = (cls: Int32Array, from: number, to: number): number => {
  if (to - from === 1) return SINGLE_NEED[cls[from]!]!;
  return to - from === 2 && isSpacedLetter(cls[from]!) && (cls[from + 1]! & 15) === LETTER ? SHORT_WORD : NO_SHAPE;
};

/** Stage 3: tokens are runs of word units, or runs of symbols. Returns the token count. */
const findTokens = (n: number, b: Buffers): number => {
  const { cls, tokenStart, tokenEnd, tokenFlags, tokenShape } = b;
  let count = 0;
  for (let i = 0; i < n; ) {
    const kind = cls[i]! & 15;
    if (kind === SEPARATOR) {
      i++;
      continue;
    }
    let j = i;
    let seen = 0;
    if (kind === SYMBOL) while (j < n && (cls[j]! & 15) === SYMBOL) j++;
    else {
      for (; j < n; j++) {
        const bits = CLASS_BITS[cls[j]!]!;
        if (bits === ENDS_TOKEN) break;
        seen |= bits;
      }
    }
    tokenStart[count] = i;
    tokenEnd[count] = j;
    tokenFlags[count] = seen & TOKEN_NEEDS_RESOLVING || (seen & HAS_LATIN && seen & HAS_LOOKALIKE_SCRIPT) ? TOKEN_NEEDS_RESOLVING : 0;
    tokenShape[count] = tokenShapeOf(cls, i, j);
    count++;
    i = j;
  }
  return count;
};

/** 0 when the token is not a single letter; otherwise the minimum run of singles that reads as a word. */
const spacedLetterNeed = (b: Buffers, token: number): number => {
  const shape = b.tokenShape[token]!;
  return shape === SHORT_WORD ? 0 : shape;
};

/** Gap between two tokens in the original, or -1 when it is too long or holds a space (only punctuation glues a short word on). */
const gapBetween = (text: string, b: Buffers, left: number, right: number, punctuationOnly: boolean): number => {
  const from = b.end[b.tokenEnd[left]! - 1]!;
  const to = b.start[b.tokenStart[right]!]!;
  if (to - from > MAX_SPACED_GAP) return -1;
  // Spaces and apostrophes separate real words ("K I'll"), so they never glue a short piece on.
  if (punctuationOnly) for (let i = from; i < to; i++) if (NOT_GLUE.has(text[i]!) || text.charCodeAt(i) <= 32) return -1;
  return to - from;
};

const WIDE_SPACES = new Set(['\u00a0', '\u3000']);
/** Whether the gap between two tokens holds a space of any width. */
const gapHasSpace = (text: string, b: Buffers, left: number, right: number): boolean => {
  for (let i = b.end[b.tokenEnd[left]! - 1]!; i < b.start[b.tokenStart[right]!]!; i++) if (text.charCodeAt(i) <= 32 || WIDE_SPACES.has(text[i]!)) return true;
  return false;
};

const isShortWord = (b: Buffers, token: number): boolean => b.tokenShape[token] === SHORT_WORD;

/**
 * End (exclusive) of the spaced-out word starting at token t ("f.u.c.k", "w e c h a t", "微 信",
 * "ch.u.t.i.y.a"), or t + 1 when t starts none. A two-letter piece joins only across punctuation.
 */
const spacedGroupEnd = (text: string, b: Buffers, t: number, tokens: number): number => {
  const leadingShort = isShortWord(b, t) && t + 1 < tokens && spacedLetterNeed(b, t + 1) === MIN_SPACED_LETTERS && gapBetween(text, b, t, t + 1, true) >= 0;
  const first = leadingShort ? t + 1 : t;
  const need = spacedLetterNeed(b, first);
  if (need === 0) return t + 1;
  let end = first + 1;
  // One word is spaced out with one kind of gap: where dots give way to a space, a word ends ("s.e.n.d n.u.d.e.s").
  const spaced = end < tokens && gapHasSpace(text, b, first, end);
  while (end < tokens && spacedLetterNeed(b, end) === need && gapBetween(text, b, end - 1, end, false) >= 0 && gapHasSpace(text, b, end - 1, end) === spaced) end++;
  const trailingShort = need === MIN_SPACED_LETTERS && end < tokens && isShortWord(b, end) && gapBetween(text, b, end - 1, end, true) >= 0;
  const singles = end - first;
  if (singles >= need) return trailingShort ? end + 1 : end;
  if ((leadingShort || trailingShort) && singles >= 2) return trailingShort ? end + 1 : end;
  return t + 1;
};

/** Resolves homoglyphs and leetspeak for one word's units (indices in b.word) into b.wordCode. */
const resolveWord = (b: Buffers, size: number): void => {
  let latin = 0;
  let cyrillicOrGreek = 0;
  let unconfusable = 0;
  let cyrillic = 0;
  let numeric = 0;
  let digitRun = 0;
  let longestDigitRun = 0;
  for (let k = 0; k < size; k++) {
    const unit = b.word[k]!;
    const cls = b.cls[unit]!;
    const kind = kindOf(cls);
    b.wordCode[k] = b.code[unit]!;
    if (kind === DIGIT || kind === LEET) numeric++;
    digitRun = kind === DIGIT ? digitRun + 1 : 0;
    if (digitRun > longestDigitRun) longestDigitRun = digitRun;
    if (kind !== LETTER) continue;
    const script = scriptOf(cls);
    if (script === LATIN) latin++;
    else if (script === CYRILLIC || script === GREEK) {
      cyrillicOrGreek++;
      if (script === CYRILLIC) cyrillic++;
      if (!TO_LATIN.has(b.code[unit]!)) unconfusable++;
    }
  }
  let readsLatin = latin > 0 && cyrillicOrGreek === 0;
  if (latin > 0 && cyrillicOrGreek > 0) {
    const toLatin = unconfusable === 0;
    readsLatin = toLatin;
    for (let k = 0; k < size; k++) {
      const code = b.wordCode[k]!;
      const swapped = toLatin ? TO_LATIN.get(code) : TO_CYRILLIC.get(code);
      if (swapped !== undefined) b.wordCode[k] = swapped;
    }
  }
  // Leetspeak swaps a letter or two ("sh1t", "a55"); a word carrying a number ("mika1990", "call0906...") keeps its digits.
  if (numeric === 0 || size < 3 || numeric > size - numeric + 1 || longestDigitRun >= 3) return;
  const readsCyrillic = !readsLatin && cyrillic > 0 && latin === 0;
  for (let k = 0; k < size; k++) {
    const code = b.wordCode[k]!;
    const kind = kindOf(b.cls[b.word[k]!]!);
    if (kind !== DIGIT && kind !== LEET) continue;
    if (readsCyrillic) {
      b.wordCode[k] = CYRILLIC_LEET.get(code) ?? code;
      continue;
    }
    if (!readsLatin && kind === DIGIT) continue;
    if (code === ONE) {
      const previous = k > 0 ? b.wordCode[k - 1]! : -1;
      const next = k + 1 < size ? b.wordCode[k + 1]! : -1;
      const nextLetter = next === ONE ? LOWER_L : (LEET_TO_LATIN.get(next) ?? next);
      b.wordCode[k] = (previous === LOWER_I || previous === LOWER_L) && !LATIN_VOWELS.has(nextLetter) ? LOWER_L : LOWER_I;
      continue;
    }
    b.wordCode[k] = LEET_TO_LATIN.get(code) ?? code;
  }
};

/** The text being normalised (module state, as above). */
let source = '';

const isKatakana = (code: number): boolean => (code >= 0x30a1 && code <= 0x30fa) || (code >= 0xff66 && code <= 0xff9d);
/**
 * Whether two characters that fold to one kana are written in different kana: a word's edge, not a
 * stretched sound ("よかったら" + "ライン" is ら|ら, not one ら of two), so they are not squeezed.
 */
const kanaChanges = (first: number, next: number): boolean => isKatakana(source.charCodeAt(first)) !== isKatakana(source.charCodeAt(next));

/** Output units written so far, digits and masks among them, and where the last token ended in the original (module state, as above). */
let outCount = 0;
let digitUnits = 0;
let maskUnits = 0;
let previousEnd = -1;
/** Allocated for the rare text that has one. */
let spacedWords: SpacedWord[] | undefined;
const NO_SPACED_WORDS: readonly SpacedWord[] = [];

const emitUnit = (b: Buffers, code: number, kind: number, start: number, end: number): void => {
  const last = outCount - 1;
  // Squeeze repeats within a word or symbol run; digits stay as typed (phone numbers, prices).
  if (last >= 0 && kind !== DIGIT && b.outCode[last] === code && b.outKind[last] === kind && b.outEnd[last]! >= previousEnd && !kanaChanges(b.outStart[last]!, start)) {
    b.outRun[last]!++;
    b.outEnd[last] = end;
    return;
  }
  if (kind === DIGIT) digitUnits++;
  else if (kind === MASK) maskUnits++;
  b.outCode[outCount] = code;
  b.outKind[outCount] = kind;
  b.outRun[outCount] = 1;
  b.outStart[outCount] = start;
  b.outEnd[outCount] = end;
  outCount++;
};

/** Characters that may stand between Han or kana glyphs without ending a word: spaces and dots typed to split a term ("加我微 信"). */
const SOFT_GAP = new Set([' ', '\u00a0', '\u3000', '\t', '.', '·', '・', '_', '-', '/']);
/**
 * One of these may stand between Hangul syllables: Korean puts spaces between words, and never one dot or hyphen
 * inside one ("병.신", "지-랄"). Two or more are a pause ("아..다야"), a slash stands between words ("남/여").
 */
const SOFT_HANGUL_GAP = new Set(['.', '·', '・', '_', '-']);

/**
 * Han and kana are written without spaces, so a short gap of spaces or dots between two glyphs is an evasion, not a
 * word break; so is one dot or hyphen between two Hangul syllables.
 */
const isSoftGap = (text: string, b: Buffers, from: number, to: number, nextClass: number): boolean => {
  const soft = nextClass === HAN_KANA_GLYPH ? SOFT_GAP : nextClass === HANGUL_GLYPH && to - from === 1 ? SOFT_HANGUL_GAP : undefined;
  if (soft === undefined || to - from > MAX_SPACED_GAP || outCount === 0 || b.outKind[outCount - 1] !== GLYPH) return false;
  if (classOf(b.outCode[outCount - 1]!) !== nextClass) return false;
  for (let i = from; i < to; i++) if (!soft.has(text[i]!)) return false;
  return true;
};

/** Whether a separator unit goes between the last word and the next one, which starts at `start` with a unit of class `nextClass`. */
const separates = (text: string, b: Buffers, start: number, nextClass: number): boolean =>
  previousEnd >= 0 && previousEnd !== start && !isSoftGap(text, b, previousEnd, start, nextClass);

const separateFrom = (text: string, b: Buffers, start: number, nextClass: number): void => {
  if (separates(text, b, start, nextClass)) emitUnit(b, SPACE, SEPARATOR, previousEnd, start);
  previousEnd = start;
};

/** Emits a token that needs no resolving straight from the stage-1 units (emitUnit's squeeze, unrolled over local arrays: the hottest loop). */
const emitToken = (b: Buffers, from: number, to: number): void => {
  const { code, cls, start, end, outCode, outKind, outRun, outStart, outEnd } = b;
  const squeezeFrom = previousEnd;
  let count = outCount;
  for (let unit = from; unit < to; unit++) {
    const unitCode = code[unit]!;
    const kind = cls[unit]! & 15;
    const last = count - 1;
    if (last >= 0 && kind !== DIGIT && outCode[last] === unitCode && outKind[last] === kind && outEnd[last]! >= squeezeFrom && !kanaChanges(outStart[last]!, start[unit]!)) {
      outRun[last]!++;
      outEnd[last] = end[unit]!;
      continue;
    }
    if (kind === DIGIT) digitUnits++;
    else if (kind === MASK) maskUnits++;
    outCode[count] = unitCode;
    outKind[count] = kind;
    outRun[count] = 1;
    outStart[count] = start[unit]!;
    outEnd[count] = end[unit]!;
    count++;
  }
  outCount = count;
};

/** Emits a spaced-out group or a word with leetspeak or mixed scripts, resolved into the letters it imitates. */
const emitResolved = (b: Buffers, fromToken: number, toToken: number): void => {
  let size = 0;
  for (let g = fromToken; g < toToken; g++) for (let unit = b.tokenStart[g]!; unit < b.tokenEnd[g]!; unit++) b.word[size++] = unit;
  resolveWord(b, size);
  for (let k = 0; k < size; k++) {
    const unit = b.word[k]!;
    const code = b.wordCode[k]!;
    let kind = kindOf(b.cls[unit]!);
    if (kind === LEET) kind = code === b.code[unit] ? SYMBOL : LETTER;
    else if (kind === DIGIT && code !== b.code[unit]) kind = LETTER;
    emitUnit(b, code, kind, b.start[unit]!, b.end[unit]!);
  }
};

/** Stages 2 to 4 over the stage-1 units of a stretch of text: symbols settled, tokens found, spaced-out words joined, each token emitted. */
const emitUnits = (text: string, b: Buffers, n: number): void => {
  // Each unit makes at most one output unit, each token at most one separator before it.
  b.reserveOutput(outCount + 2 * n + 1);
  if (symbolsSeen) settleSymbols(n, b);
  const tokens = findTokens(n, b);
  const { tokenShape } = b;
  for (let t = 0; t < tokens; ) {
    // Most tokens are neither single letters nor a short word before one: no spaced-out word starts there.
    const shape = tokenShape[t]!;
    const alone = shape === NO_SHAPE || (shape === SHORT_WORD && (t + 1 === tokens || tokenShape[t + 1] !== MIN_SPACED_LETTERS));
    const groupEnd = alone ? t + 1 : spacedGroupEnd(text, b, t, tokens);
    const from = b.tokenStart[t]!;
    separateFrom(text, b, b.start[from]!, b.cls[from]!);
    if (groupEnd === t + 1 && b.tokenFlags[t] === 0) emitToken(b, from, b.tokenEnd[t]!);
    else if (groupEnd === t + 1 || kindOf(b.cls[from]!) !== LETTER) emitResolved(b, t, groupEnd);
    else {
      const first = outCount;
      emitResolved(b, t, groupEnd);
      (spacedWords ??= []).push({ first, last: outCount - 1 });
    }
    previousEnd = b.end[b.tokenEnd[groupEnd - 1]! - 1]!;
    t = groupEnd;
  }
};

const isPlainSeparator = (unit: number): boolean => {
  const plain = plainUnit(unit);
  return plain >= 0 && (plain & 15) === SEPARATOR;
};

/** A letter, glyph or digit that makes one unit: two in a row are a token of two units or more, never one. */
const isPlainWordChar = (unit: number): boolean => {
  const plain = plainUnit(unit);
  const kind = plain & 15;
  return plain >= 0 && (kind === LETTER || kind === GLYPH || kind === DIGIT);
};

/**
 * Whether the text before `from` surely has no one-unit token within MAX_SPACED_GAP: the only way a
 * one-unit or two-letter word can be part of a spaced-out word (spacedGroupEnd), so without one on
 * either side such a word is plain. Anything unusual in the way counts as a possible one-unit token.
 */
const noSingleBefore = (text: string, from: number): boolean => {
  let at = from - 1;
  while (at >= 0 && from - at <= MAX_SPACED_GAP + 1 && isPlainSeparator(text.charCodeAt(at))) at--;
  if (at < 0 || from - at > MAX_SPACED_GAP + 1) return true;
  return at > 0 && isPlainWordChar(text.charCodeAt(at)) && isPlainWordChar(text.charCodeAt(at - 1));
};

/** noSingleBefore for the text from `end` on. */
const noSingleAfter = (text: string, end: number): boolean => {
  let at = end;
  while (at < text.length && at - end <= MAX_SPACED_GAP && isPlainSeparator(text.charCodeAt(at))) at++;
  if (at === text.length || at - end > MAX_SPACED_GAP) return true;
  return at + 1 < text.length && isPlainWordChar(text.charCodeAt(at)) && isPlainWordChar(text.charCodeAt(at + 1));
};

/**
 * The UTF-16 unit `unit` after a unit (code, cls) as the unit stage 1 would make of it, `folded << 8 | class`,
 * when it is a mark kept as a unit of its own (a Devanagari vowel sign); -1 otherwise.
 */
const keptMark = (unit: number, code: number, cls: number): number => {
  if (unit >= 0xd800 && unit <= 0xdfff) return -1;
  const mark = foldSingle(unit);
  if (mark < 0 || kindOf(classOf(mark)) !== MARK || !keepsMarks(cls) || compose(code, mark) >= 0) return -1;
  return (mark << 8) | cls;
};

/**
 * End of the leet symbols and masks at `at` ("!!", "*") when a separator or the text's end follows
 * them: settleSymbols makes them punctuation then. -1 otherwise, and for "$", a letter beside a letter.
 */
const punctuationSymbolsEnd = (text: string, at: number): number => {
  let end = at;
  for (; end < text.length; end++) {
    const unit = text.charCodeAt(end);
    const folded = foldSingle(unit);
    if (unit === 0x24 || folded < 0) break;
    const kind = kindOf(classOf(folded));
    if (kind !== LEET && kind !== MASK) break;
  }
  return end > at && (end === text.length || isPlainSeparator(text.charCodeAt(end))) ? end : -1;
};

/** Where the separators at `at` end: separator characters, and leet symbols that are punctuation there. */
const separatorsEnd = (text: string, at: number): number => {
  while (at < text.length) {
    const plain = plainUnit(text.charCodeAt(at));
    if (plain >= 0 && (plain & 15) === SEPARATOR) at++;
    // Leet symbols are never plain units.
    else if (plain >= 0) break;
    else {
      const symbolsEnd = punctuationSymbolsEnd(text, at);
      if (symbolsEnd < 0) break;
      at = symbolsEnd;
    }
  }
  return at;
};

/** Output units the last writePlainWord wrote. */
let plainWordUnits = 0;

/**
 * Writes the plain word starting at text[from] into the output from unit `base` on, squeezing repeats
 * as emitToken does, and returns its end; -1 when no plain word starts there. A plain word is a run of
 * letters and glyphs (marks kept as units among them), of digits, or of symbols, each folding to one
 * ordinary unit, ended by a separator, by leet symbols that are punctuation there, or by the text's
 * end; with no leetspeak or mixed scripts to resolve (digits alone resolve to themselves), and no part
 * of a spaced-out word (too long, or with no one-unit token near): the stages would make it one token
 * emitted as folded, so it skips them. What is written counts only once the caller moves outCount past it.
 */
const writePlainWord = (text: string, b: Buffers, from: number, base: number): number => {
  const first = plainUnit(text.charCodeAt(from));
  const firstKind = first & 15;
  const symbols = firstKind === SYMBOL;
  const digits = firstKind === DIGIT;
  if (first < 0 || !(symbols || digits || firstKind === LETTER || firstKind === GLYPH)) return -1;
  const { outCode, outKind, outRun, outStart, outEnd } = b;
  const length = text.length;
  let count = base;
  // The unit before the word ends before it: only the word's own units squeeze together.
  let lastCode = -1;
  let lastKind = -1;
  let seen = 0;
  let end = from;
  for (let plain = first; ; ) {
    const code = plain >> 8;
    const kind = plain & 15;
    const cls = plain & 255;
    seen |= CLASS_BITS[cls]!;
    end++;
    if (code === lastCode && kind === lastKind && !digits && !kanaChanges(outStart[count - 1]!, end - 1)) {
      outRun[count - 1]!++;
      outEnd[count - 1] = end;
    } else {
      outCode[count] = code;
      outKind[count] = kind;
      outRun[count] = 1;
      outStart[count] = end - 1;
      outEnd[count] = end;
      count++;
      lastCode = code;
      lastKind = kind;
    }
    if (end === length) break;
    const unit = text.charCodeAt(end);
    plain = plainUnit(unit);
    if (plain < 0) plain = keptMark(unit, code, cls);
    if (plain < 0) {
      // Anything else (a digit after letters, a mark that composes or is dropped, an invisible or leet character) may still join the word.
      if (punctuationSymbolsEnd(text, end) < 0) return -1;
      break;
    }
    const nextKind = plain & 15;
    if (symbols ? nextKind !== SYMBOL : digits ? nextKind !== DIGIT : nextKind !== LETTER && nextKind !== GLYPH) {
      if (nextKind !== SEPARATOR) return -1;
      break;
    }
  }
  if (seen & HAS_LATIN && seen & HAS_LOOKALIKE_SCRIPT) return -1;
  const size = end - from;
  // Each character made one stage-1 unit, so this is tokenShapeOf's test (lastKind is the second unit's kind).
  const spacedShape = size === 1 ? SINGLE_NEED[first & 255] !== NO_SHAPE : size === 2 && isSpacedLetter(first & 255) && lastKind === LETTER;
  if (spacedShape && !(noSingleBefore(text, from) && noSingleAfter(text, end))) return -1;
  plainWordUnits = count - base;
  return end;
};

/** Emits the plain word at text[from] with the separator before it and returns its end, or returns -1 having emitted nothing. */
const emitPlainWord = (text: string, b: Buffers, from: number): number => {
  const first = plainUnit(text.charCodeAt(from));
  if (first < 0) return -1;
  // A separator never squeezes into the unit before it (always a word's), so it takes one slot of its own.
  const separated = separates(text, b, from, first & 255) ? 1 : 0;
  const end = writePlainWord(text, b, from, outCount + separated);
  if (end < 0) return -1;
  if (separated) {
    b.outCode[outCount] = SPACE;
    b.outKind[outCount] = SEPARATOR;
    b.outRun[outCount] = 1;
    b.outStart[outCount] = previousEnd;
    b.outEnd[outCount] = from;
  }
  outCount += separated + plainWordUnits;
  // A plain word of digits is digits only.
  if ((first & 15) === DIGIT) digitUnits += plainWordUnits;
  previousEnd = end;
  return end;
};

/** Where the next plain word after the one at `from` starts (after a separator), or the text's length; trial writes go past outCount. */
const nextPlainWord = (text: string, b: Buffers, from: number): number => {
  let afterSeparator = false;
  for (let at = from + 1; at < text.length; at++) {
    const separator = isPlainSeparator(text.charCodeAt(at));
    if (afterSeparator && !separator && writePlainWord(text, b, at, outCount) >= 0) return at;
    afterSeparator = separator;
  }
  return text.length;
};

/**
 * Normalises text for matching: NFKC and case folding, invisible characters removed, homoglyphs and
 * leetspeak read as the letters they imitate, spaced-out letters joined, separator runs collapsed and
 * repeated characters squeezed; every unit keeps its span in the original string.
 * The result lends shared buffers, longer than `length`: it is valid until the next call (copy what must outlive it).
 */
export const normalise = (text: string): NormalisedText => {
  const b = buffers;
  const length = text.length;
  b.reserveUnits(length + 16);
  source = text;
  outCount = 0;
  digitUnits = 0;
  maskUnits = 0;
  previousEnd = -1;
  spacedWords = undefined;
  // Plain words go straight to the output; the stretches between them, separators before them included, take the stages.
  for (let at = 0; at < length; ) {
    const gapStart = at;
    at = separatorsEnd(text, at);
    if (at === length) break;
    // A plain character makes at most one unit, a word at most one separator.
    b.reserveOutput(outCount + length - at + 1);
    const wordEnd = emitPlainWord(text, b, at);
    if (wordEnd >= 0) {
      at = wordEnd;
      continue;
    }
    const stretchEnd = nextPlainWord(text, b, at);
    emitUnits(text, b, foldUnits(text, b, gapStart, stretchEnd));
    at = stretchEnd;
  }

  return {
    length: outCount,
    digits: digitUnits,
    masks: maskUnits,
    codes: b.outCode,
    runs: b.outRun,
    kinds: b.outKind,
    starts: b.outStart,
    ends: b.outEnd,
    spacedWords: spacedWords ?? NO_SPACED_WORDS,
  };
};

/** The normalised text as a string, for tests and debugging. */
export const normalisedString = (normalised: NormalisedText): string => {
  let text = '';
  for (let i = 0; i < normalised.length; i++) text += String.fromCodePoint(normalised.codes[i]!);
  return text;
};
