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

/** A span of the ORIGINAL text, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

const FNV_PRIME = 0x01000193;
const CHAR_SEED = 0x811c9dc5;
const WORD_SEED = 0x2f6b1a37;
const BIGRAM_SEED = 0x6a09e667;
const SPACE_UNIT = (0x20 << 2) | UnitKind.space;
const NO_SPANS: readonly TextSpan[] = [];

/** Murmur3's finaliser: FNV alone leaves the low bits, which pick the bucket, poorly mixed. */
const finalise = (hash: number): number => {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/**
 * Every feature occurrence of a text is worth 1/sqrt(occurrences): a length normalisation the scorer can
 * apply without counting distinct features, so training and scoring compute the very same logit.
 */
export const occurrenceValue = (occurrences: number): number => (occurrences === 0 ? 0 : 1 / Math.sqrt(occurrences));

export const grow = (array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> => {
  if (array.length >= needed) return array;
  const grown = new Int32Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
};

/**
 * Walks the hashed features of a text: character n-grams over the folded text (which work for scripts
 * with and without spaces alike) plus word unigrams and bigrams. A subclass decides what a feature does
 * (the extractor records it, the scorer adds up its weights), so every consumer hashes the same way.
 * Buffers are reused across calls: a walk allocates nothing once they have grown to the longest text.
 */
export abstract class FeatureWalker {
  /** Folded units packed as in ./char-fold, with the ORIGINAL span each came from (end exclusive). */
  protected units = new Int32Array(1024);
  protected unitStarts = new Int32Array(1024);
  protected unitEnds = new Int32Array(1024);
  protected unitCount = 0;
  /** Per unit, the first masked unit at or after it (unitCount when none). */
  private nextMasked = new Int32Array(1024);
  private readonly mask: number;

  constructor(readonly config: FeatureConfig = DEFAULT_FEATURE_CONFIG) {
    this.mask = (1 << config.bucketBits) - 1;
  }

  /** One feature occurrence: its bucket and the units it covers (first..last inclusive). */
  protected abstract feature(bucket: number, first: number, last: number): void;

  /** The folded text as a string (for tests and for reading what the model saw). */
  foldedText(): string {
    let folded = '';
    for (let i = 0; i < this.unitCount; i += 1) folded += String.fromCodePoint(unitCodePoint(this.units[i]!));
    return folded;
  }

  /** Folds `text` into units, a space of padding on each side. */
  protected fold(text: string): void {
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

  /**
   * Calls `feature` for every feature of the folded text except those touching a masked span, and
   * returns how many there were: the occurrences its score is normalised by.
   */
  protected walkFeatures(masked: readonly TextSpan[] = NO_SPANS): number {
    this.markMasked(masked);
    return this.charNgrams() + this.wordNgrams();
  }

  private ensureUnits(needed: number): void {
    // NFKC can expand one code point into several units ("㈱" -> "(株)"); grow on demand beyond this.
    this.units = grow(this.units, needed);
    this.unitStarts = grow(this.unitStarts, needed);
    this.unitEnds = grow(this.unitEnds, needed);
    this.nextMasked = grow(this.nextMasked, needed);
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

  /** A unit is masked when its original span overlaps a masked span (spans need not be sorted). */
  private markMasked(masked: readonly TextSpan[]): void {
    const count = this.unitCount;
    const next = this.nextMasked;
    next.fill(count, 0, count);
    if (masked.length === 0) return;
    for (let i = count - 1; i >= 0; i -= 1) {
      const [start, end] = [this.unitStarts[i]!, this.unitEnds[i]!];
      const hit = masked.some((span) => start < span.end && span.start < end);
      next[i] = hit ? i : i + 1 < count ? next[i + 1]! : count;
    }
  }

  private charNgrams(): number {
    const { charMin, charMax } = this.config;
    const units = this.units;
    const count = this.unitCount;
    const mask = this.mask;
    let emitted = 0;
    for (let i = 0; i < count; i += 1) {
      let hash = CHAR_SEED;
      const longest = Math.min(charMax, count - i, this.nextMasked[i]! - i);
      for (let n = 1; n <= longest; n += 1) {
        hash = Math.imul(hash ^ units[i + n - 1]!, FNV_PRIME);
        if (n < charMin) continue;
        this.feature(finalise(hash ^ n) & mask, i, i + n - 1);
        emitted += 1;
      }
    }
    return emitted;
  }

  private wordNgrams(): number {
    const units = this.units;
    const next = this.nextMasked;
    const mask = this.mask;
    let emitted = 0;
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
      const last = i - 1;
      if (next[wordStart]! > last) {
        this.feature(finalise(hash) & mask, wordStart, last);
        emitted += 1;
      }
      if (previousStart >= 0 && next[previousStart]! > last) {
        this.feature(finalise(Math.imul(previousHash ^ BIGRAM_SEED, FNV_PRIME) ^ hash) & mask, previousStart, last);
        emitted += 1;
      }
      previousHash = hash;
      previousStart = wordStart;
      wordStart = -1;
    }
    return emitted;
  }
}

/**
 * Records every feature of a text: after `extract`, `buckets`, `starts` and `ends` hold one entry per
 * occurrence, the spans in ORIGINAL text indices (end exclusive).
 */
export class FeatureExtractor extends FeatureWalker {
  buckets = new Int32Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  private recorded = 0;

  /** Extracts the features of `text`, leaving out those touching `masked`; returns how many the buffers now hold. */
  extract(text: string, masked?: readonly TextSpan[]): number {
    this.fold(text);
    this.recorded = 0;
    return this.walkFeatures(masked);
  }

  protected feature(bucket: number, first: number, last: number): void {
    const index = this.recorded;
    if (index >= this.buckets.length) {
      this.buckets = grow(this.buckets, index + 1);
      this.starts = grow(this.starts, index + 1);
      this.ends = grow(this.ends, index + 1);
    }
    this.buckets[index] = bucket;
    this.starts[index] = this.unitStarts[first]!;
    this.ends[index] = this.unitEnds[last]!;
    this.recorded = index + 1;
  }
}
