import { foldedUnit, foldedUnits, unitCodePoint, unitKind, UnitKind } from './char-fold';

/** What the features are; stored in the model file because every hash depends on it. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  readonly bucketBits: number;
  readonly charMin: number;
  readonly charMax: number;
  /** A run of one unit longer than this is cut to this length ("soooo" -> "soo"). */
  readonly repeatCap: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { bucketBits: 20, charMin: 1, charMax: 5, repeatCap: 2 };

const FNV_PRIME = 0x01000193;
const CHAR_SEED = 0x811c9dc5;
const WORD_SEED = 0x2f6b1a37;
const BIGRAM_SEED = 0x6a09e667;
const SPACE_UNIT = (0x20 << 2) | UnitKind.space;

/** Murmur3's finaliser: FNV alone leaves the low bits, which pick the bucket, poorly mixed. */
const finalise = (hash: number): number => {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/**
 * Every feature occurrence of a text is worth 1/sqrt(occurrences): a length normalisation the scorer can
 * apply without counting distinct features, so training and scoring compute the very same logit.
 */
export const occurrenceValue = (occurrences: number): number => (occurrences === 0 ? 0 : 1 / Math.sqrt(occurrences));

const grow = (array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> => {
  if (array.length >= needed) return array;
  const grown = new Int32Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
};

/**
 * Turns a text into hashed features: character n-grams over the folded text (which work for scripts
 * with and without spaces alike) plus word unigrams and bigrams. One extractor reuses its buffers
 * across calls, so scoring allocates nothing once the buffers have grown to the longest text seen.
 * After `extract`, `buckets`, `starts` and `ends` hold one entry per feature occurrence, the spans in
 * ORIGINAL text indices (end exclusive).
 */
export class FeatureExtractor {
  buckets = new Int32Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  private units = new Int32Array(1024);
  private unitStarts = new Int32Array(1024);
  private unitEnds = new Int32Array(1024);
  private unitCount = 0;
  private featureCount = 0;
  private readonly mask: number;

  constructor(readonly config: FeatureConfig = DEFAULT_FEATURE_CONFIG) {
    this.mask = (1 << config.bucketBits) - 1;
  }

  /** Extracts the features of `text`; returns how many occurrences the buffers now hold. */
  extract(text: string): number {
    this.fold(text);
    const perUnit = this.config.charMax - this.config.charMin + 3;
    const capacity = this.unitCount * perUnit;
    this.buckets = grow(this.buckets, capacity);
    this.starts = grow(this.starts, capacity);
    this.ends = grow(this.ends, capacity);
    this.featureCount = 0;
    this.charNgrams();
    this.wordNgrams();
    return this.featureCount;
  }

  /** The folded text as a string (for tests and for reading what the model saw). */
  foldedText(): string {
    let folded = '';
    for (let i = 0; i < this.unitCount; i += 1) folded += String.fromCodePoint(unitCodePoint(this.units[i]!));
    return folded;
  }

  private fold(text: string): void {
    this.ensureUnits(text.length + 2);
    this.unitCount = 0;
    // A space on each side gives the first and last word the same boundary n-grams as the others.
    this.push(SPACE_UNIT, 0, 0);
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const end = i + (cp > 0xffff ? 2 : 1);
      const single = foldedUnit(cp);
      if (single >= 0) this.push(single, i, end);
      else for (const unit of foldedUnits(cp)) this.push(unit, i, end);
      i = end;
    }
    this.push(SPACE_UNIT, text.length, text.length);
  }

  private ensureUnits(needed: number): void {
    // NFKC can expand one code point into several units ("㈱" -> "(株)"); grow on demand beyond this.
    this.units = grow(this.units, needed);
    this.unitStarts = grow(this.unitStarts, needed);
    this.unitEnds = grow(this.unitEnds, needed);
  }

  private push(unit: number, start: number, end: number): void {
    const count = this.unitCount;
    const kind = unitKind(unit);
    if (count > 0) {
      const last = this.units[count - 1]!;
      // Runs of spaces are one space; a long run of one unit is cut, its evidence still covering all of it.
      if ((kind === UnitKind.space && unitKind(last) === UnitKind.space) || this.repeats(unit)) {
        if (kind !== UnitKind.space) this.unitEnds[count - 1] = end;
        return;
      }
    }
    if (count >= this.units.length) this.ensureUnits(count * 2);
    this.units[count] = unit;
    this.unitStarts[count] = start;
    this.unitEnds[count] = end;
    this.unitCount = count + 1;
  }

  private repeats(unit: number): boolean {
    const cap = this.config.repeatCap;
    if (this.unitCount < cap) return false;
    for (let back = 1; back <= cap; back += 1) if (this.units[this.unitCount - back] !== unit) return false;
    return true;
  }

  private emit(hash: number, start: number, end: number): void {
    const index = this.featureCount;
    this.buckets[index] = finalise(hash) & this.mask;
    this.starts[index] = start;
    this.ends[index] = end;
    this.featureCount = index + 1;
  }

  private charNgrams(): void {
    const { charMin, charMax } = this.config;
    const units = this.units;
    const count = this.unitCount;
    for (let i = 0; i < count; i += 1) {
      let hash = CHAR_SEED;
      const longest = Math.min(charMax, count - i);
      for (let n = 1; n <= longest; n += 1) {
        hash = Math.imul(hash ^ units[i + n - 1]!, FNV_PRIME);
        if (n >= charMin) this.emit(hash ^ n, this.unitStarts[i]!, this.unitEnds[i + n - 1]!);
      }
    }
  }

  private wordNgrams(): void {
    const units = this.units;
    let hash = WORD_SEED;
    let wordStart = -1;
    let previousHash = 0;
    let previousStart = -1;
    for (let i = 0; i < this.unitCount; i += 1) {
      const unit = units[i]!;
      if (unitKind(unit) === UnitKind.word) {
        if (wordStart < 0) {
          wordStart = i;
          hash = WORD_SEED;
        }
        hash = Math.imul(hash ^ unit, FNV_PRIME);
        continue;
      }
      if (wordStart < 0) continue;
      // The padding space guarantees every word ends before the last unit.
      const start = this.unitStarts[wordStart]!;
      const end = this.unitEnds[i - 1]!;
      this.emit(hash, start, end);
      if (previousStart >= 0) this.emit(Math.imul(previousHash ^ BIGRAM_SEED, FNV_PRIME) ^ hash, previousStart, end);
      previousHash = hash;
      previousStart = start;
      wordStart = -1;
    }
  }
}
