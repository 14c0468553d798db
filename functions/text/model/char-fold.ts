/**
 * Per-code-point folding for the scorer's features: NFKC, lower case, every decimal digit to `0`, and
 * a class (word character, space, symbol). Each distinct code point is computed once and cached, so the
 * per-message cost is a table lookup; regexes only ever run on a code point seen for the first time.
 *
 * The folding is the model's own, versioned with the model file: changing it changes every hash, so it
 * must not follow edits to the rule engine's normaliser.
 */

export const UnitKind = { space: 0, word: 1, symbol: 2 } as const;

/** A folded unit packed as `codePoint << 2 | kind`. */
export const unitCodePoint = (packed: number): number => packed >>> 2;
export const unitKind = (packed: number): number => packed & 3;

const WORD = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /[\s\p{Z}\p{Cc}]/u;

/** Zero-width, bidi controls, variation selectors, soft hyphen, tatweel: dropped without breaking a word. */
const isIgnorable = (cp: number): boolean =>
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x202a && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x206f) ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0xe0000 && cp <= 0xe01ef) ||
  cp === 0xfeff || cp === 0x00ad || cp === 0x0640;

const packOne = (cp: number): number => {
  const ch = String.fromCodePoint(cp);
  if (DIGIT.test(ch)) return (0x30 << 2) | UnitKind.word;
  if (WORD.test(ch)) return (cp << 2) | UnitKind.word;
  return SPACE.test(ch) ? (0x20 << 2) | UnitKind.space : (cp << 2) | UnitKind.symbol;
};

const EMPTY: readonly number[] = [];

const computeUnits = (cp: number): readonly number[] => {
  if (isIgnorable(cp)) return EMPTY;
  const units: number[] = [];
  for (const ch of String.fromCodePoint(cp).normalize('NFKC').toLowerCase()) units.push(packOne(ch.codePointAt(0)!));
  return units;
};

/** BMP cache: the packed unit, or one of these markers. */
const UNKNOWN = -1;
const SEVERAL = -2;
const bmpUnit = new Int32Array(0x10000).fill(UNKNOWN);
const severalUnits = new Map<number, readonly number[]>();

/** The packed unit `cp` folds to, or -1 when it folds to none or several (then ask `foldedUnits`). */
export const foldedUnit = (cp: number): number => {
  if (cp >= 0x10000) {
    const units = foldedUnits(cp);
    return units.length === 1 ? units[0]! : -1;
  }
  let packed = bmpUnit[cp]!;
  if (packed === UNKNOWN) {
    const units = computeUnits(cp);
    packed = units.length === 1 ? units[0]! : SEVERAL;
    if (packed === SEVERAL) severalUnits.set(cp, units);
    bmpUnit[cp] = packed;
  }
  return packed === SEVERAL ? -1 : packed;
};

/** Every packed unit `cp` folds to ("ﬁ" -> f, i; a zero-width space -> none). */
export const foldedUnits = (cp: number): readonly number[] => {
  let units = severalUnits.get(cp);
  if (units === undefined) {
    units = computeUnits(cp);
    severalUnits.set(cp, units);
  }
  return units;
};
