import { digitOf } from '../digits';
import { LATIN_ONLY_LOOKALIKES } from './homoglyphs';
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional-chinese';

/**
 * What one code point is to the matcher: its folded form (NFKC, lower case, a few script-level
 * foldings) and its class. Everything here is computed once per distinct code point and cached, so the
 * per-message cost is a table or map lookup.
 */

/** Unit kinds in the normalised stream. */
export const Kind = {
  separator: 0,
  /** A letter of a script that separates words with spaces (Latin, Cyrillic, Arabic, Devanagari ...). */
  letter: 1,
  /** A letter of a script written without spaces (Han, kana, Hangul, Thai): terms match anywhere. */
  glyph: 2,
  digit: 3,
  /** Emoji and other symbols: kept as literal units, never part of a word. */
  symbol: 4,
  /** `*` standing for masked letters inside a word ("f**k"). */
  mask: 5,
  /** `$ @ ! |` that may stand for letters, decided by their neighbours. */
  leet: 6,
  /** Zero-width, bidi, variation selectors, keycap marks, skin tones: removed without breaking words. */
  ignorable: 7,
  /** A combining mark: composed onto the previous unit when possible. */
  mark: 8,
} as const;

/** Scripts the normaliser treats differently: look-alike folding (Latin, Cyrillic, Greek), spaced letters (Arabic), invisible spaces (Han and kana). */
export const Script = { none: 0, latin: 1, cyrillic: 2, greek: 3, other: 4, arabic: 5, hanKana: 6, hangul: 7 } as const;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const SYMBOL = /[\p{Sm}\p{Sc}\p{So}\p{Extended_Pictographic}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC]/u;

const isIgnorable = (cp: number): boolean =>
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x202a && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x206f) ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0xe0100 && cp <= 0xe01ef) ||
  (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
  (cp >= 0xe0000 && cp <= 0xe007f) ||
  cp === 0xfeff || cp === 0x00ad || cp === 0x034f || cp === 0x180e || cp === 0x061c || cp === 0x20e3 ||
  cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0 ||
  // Arabic tatweel stretches words (كـــلب) and harakat are left out in everyday writing.
  cp === 0x0640 || (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670;

/** Letters people swap freely in informal writing: folded so terms need not list every spelling. */
const SCRIPT_FOLDS = new Map<number, number>([
  [0x03c2, 0x03c3], // final sigma
  [0x0623, 0x0627], [0x0625, 0x0627], [0x0622, 0x0627], [0x0671, 0x0627], // alef with hamza/madda -> alef
  [0x0649, 0x064a], [0x06cc, 0x064a], // alef maqsura, Persian yeh -> yeh
  [0x0629, 0x0647], // ta marbuta -> heh
  [0x06a9, 0x0643], // keheh -> kaf
]);

/** Enclosed Latin letters NFKC keeps (🅰 🄰 🅐): folded to a-z. */
const ENCLOSED_LETTER_BLOCKS = [0x1f130, 0x1f150, 0x1f170];

const foldOne = (cp: number): number => {
  const folded = SCRIPT_FOLDS.get(cp) ?? LATIN_ONLY_LOOKALIKES.get(cp) ?? TRADITIONAL_TO_SIMPLIFIED.get(cp);
  if (folded !== undefined) return folded;
  // Katakana -> hiragana: the same word in either kana is the same word.
  if (cp >= 0x30a1 && cp <= 0x30f6) return cp - 0x60;
  const digit = digitOf(cp);
  if (digit >= 0) return 0x30 + digit;
  for (const first of ENCLOSED_LETTER_BLOCKS) if (cp >= first && cp < first + 26) return 0x61 + cp - first;
  return cp;
};

const computeFold = (cp: number): readonly number[] => {
  // Compatibility jamo stay as typed (ㅅㅂ): NFKC would turn them into conjoining jamo for no gain.
  if (cp >= 0x3131 && cp <= 0x318e) return [cp];
  const text = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
  const out: number[] = [];
  for (const ch of text) out.push(foldOne(ch.codePointAt(0)!));
  return out;
};

const computeClass = (cp: number): number => {
  if (isIgnorable(cp)) return Kind.ignorable;
  const ch = String.fromCodePoint(cp);
  if (cp === 0x2a) return Kind.mask;
  if (cp === 0x24 || cp === 0x40 || cp === 0x21 || cp === 0x7c) return Kind.leet;
  if (MARK.test(ch)) return Kind.mark;
  if (DIGIT.test(ch)) return Kind.digit;
  if (LETTER.test(ch) || cp === 0x30fc) {
    if (UNSPACED.test(ch)) return Kind.glyph | ((HAN_KANA.test(ch) ? Script.hanKana : HANGUL.test(ch) ? Script.hangul : Script.other) << 4);
    const script = LATIN.test(ch) ? Script.latin : CYRILLIC.test(ch) ? Script.cyrillic : GREEK.test(ch) ? Script.greek : ARABIC.test(ch) ? Script.arabic : Script.other;
    return Kind.letter | (script << 4);
  }
  if (SYMBOL.test(ch)) return Kind.symbol;
  return Kind.separator;
};

/** Per-code-point caches: typed arrays for the BMP (most text), maps for the rest. -1 = not computed yet. */
const BMP_CLASS = new Int32Array(0x10000).fill(-1);
const astralClass = new Map<number, number>();
/** A BMP code point's fold when it is a single code point; MULTI when it folds to several (kept in foldCache). */
const BMP_FOLD = new Int32Array(0x10000).fill(-1);
const MULTI = -2;
const foldCache = new Map<number, readonly number[]>();

/** Kind in the low 4 bits, script above them. */
export const classOf = (cp: number): number => {
  if (cp < 0x10000) {
    let cached = BMP_CLASS[cp]!;
    if (cached < 0) {
      cached = computeClass(cp);
      BMP_CLASS[cp] = cached;
    }
    return cached;
  }
  let cached = astralClass.get(cp);
  if (cached === undefined) {
    cached = computeClass(cp);
    astralClass.set(cp, cached);
  }
  return cached;
};

export const kindOf = (packed: number): number => packed & 15;
export const scriptOf = (packed: number): number => packed >> 4;

/** Folded code points of one code point that folds to several ("ﬁ" -> f, i; "⑩" -> 1, 0). */
export const foldMany = (cp: number): readonly number[] => {
  let cached = foldCache.get(cp);
  if (cached === undefined) {
    cached = computeFold(cp);
    foldCache.set(cp, cached);
  }
  return cached;
};

/** The single code point `cp` folds to, or -1 when it folds to several (then ask foldMany). */
export const foldSingle = (cp: number): number => {
  if (cp >= 0x10000) {
    const many = foldMany(cp);
    return many.length === 1 ? many[0]! : -1;
  }
  let cached = BMP_FOLD[cp]!;
  if (cached === -1) {
    const many = computeFold(cp);
    cached = many.length === 1 ? many[0]! : MULTI;
    BMP_FOLD[cp] = cached;
  }
  return cached === MULTI ? -1 : cached;
};

/** BMP code point -> (folded code point << 8 | class) when it is one ordinary unit; NOT_PLAIN otherwise; -2 = not computed. */
const BMP_PLAIN = new Int32Array(0x10000).fill(-2);
const NOT_PLAIN = -1;

const computePlain = (cp: number): number => {
  // A surrogate is half of a code point: the general path reads the pair.
  if (cp >= 0xd800 && cp <= 0xdfff) return NOT_PLAIN;
  const folded = foldSingle(cp);
  if (folded < 0) return NOT_PLAIN;
  const cls = classOf(folded);
  const kind = kindOf(cls);
  return kind === Kind.ignorable || kind === Kind.mark || kind === Kind.leet || kind === Kind.mask ? NOT_PLAIN : (folded << 8) | cls;
};

/**
 * A UTF-16 code unit that is a code point folding to one visible, ordinary unit, as `folded << 8 | class`,
 * or -1 when it needs the general path (a surrogate, several code points, invisible, a mark, a symbol
 * that may be a letter). One table read for the common case, ASCII or not.
 */
export const plainUnit = (cp: number): number => {
  let packed = BMP_PLAIN[cp]!;
  if (packed === -2) {
    packed = computePlain(cp);
    BMP_PLAIN[cp] = packed;
  }
  return packed;
};

const composeUncached = (base: number, mark: number): number => {
  const composed = String.fromCodePoint(base, mark).normalize('NFC');
  const first = composed.codePointAt(0)!;
  return composed.length === String.fromCodePoint(first).length ? foldOne(first) : -1;
};

/**
 * Recent compose() answers, direct-mapped by (base, mark): scripts that write vowels as marks
 * (Devanagari) ask about the same few pairs all the time, and a fixed table cannot be grown by text
 * made of endless different pairs (Zalgo).
 */
const COMPOSE_SLOTS = 1024;
const composeBase = new Int32Array(COMPOSE_SLOTS).fill(-1);
const composeMark = new Int32Array(COMPOSE_SLOTS);
const composeAnswer = new Int32Array(COMPOSE_SLOTS);

/** The single precomposed code point `base + mark` makes, or -1 when they do not compose. */
export const compose = (base: number, mark: number): number => {
  const slot = (Math.imul(base, 31) + mark) & (COMPOSE_SLOTS - 1);
  if (composeBase[slot] === base && composeMark[slot] === mark) return composeAnswer[slot]!;
  const answer = composeUncached(base, mark);
  composeBase[slot] = base;
  composeMark[slot] = mark;
  composeAnswer[slot] = answer;
  return answer;
};
