import { firstAbove } from '../ascending';
import { grow, SpanLog } from '../growable';
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

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { bucketBits: 20, charMin: 1, charMax: 4, repeatCap: 2 };

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


/**
 * Walks the hashed features of a text: character n-grams over the folded text (which work for scripts
 * with and without spaces alike) plus word unigrams and bigrams. A subclass decides what the features do
 * (the extractor records them, the scorer adds up their weights), so every consumer hashes the same way.
 * Buffers are reused across calls: a walk allocates nothing once they have grown to the longest text.
 */
export abstract class FeatureWalker {
  /** Folded units packed as in ./char-fold, with the ORIGINAL span each came from (end exclusive). */
  protected units = new Int32Array(1024);
  protected unitStarts = new Int32Array(1024);
  protected unitEnds = new Int32Array(1024);
  protected unitCount = 0;
  /** The buckets of the character n-grams starting at one unit, shortest (charMin units) first. */
  protected readonly grams: Int32Array;
  /** Per unit, the first masked unit at or after it (unitCount when none). */
  private nextMasked = new Int32Array(1024);
  /** The text the units were folded from. */
  private folded: string | undefined;
  /** How many units the folded text ends with that equal its last one (counted, not looked back on per unit). */
  private run = 0;
  private readonly mask: number;

  constructor(readonly config: FeatureConfig = DEFAULT_FEATURE_CONFIG) {
    this.mask = (1 << config.bucketBits) - 1;
    this.grams = new Int32Array(config.charMax);
  }

  /**
   * The `count` character n-grams starting at unit `first`, in `grams`: the k-th covers units
   * first..first + charMin - 1 + k. Handed over per unit so a scorer can add them up in registers.
   */
  protected abstract charGrams(first: number, count: number): void;

  /** One word unigram or bigram: its bucket and the units it covers (first..last inclusive). */
  protected abstract wordGram(bucket: number, first: number, last: number): void;

  /** The ORIGINAL span of units first..last of the last text. */
  unitSpan(first: number, last: number): TextSpan {
    return { start: this.unitStarts[first]!, end: this.unitEnds[last]! };
  }

  /** How many units the last text folded to. */
  get foldedLength(): number {
    return this.unitCount;
  }

  /** Writes 1 for every unit of the last text that is a space (padding included), 0 for the others. */
  markSpaces(spaces: Uint8Array): void {
    for (let u = 0; u < this.unitCount; u += 1) spaces[u] = unitKind(this.units[u]!) === UnitKind.space ? 1 : 0;
  }

  /** The folded text as a string (for tests and for reading what the model saw). */
  foldedText(): string {
    let folded = '';
    for (let i = 0; i < this.unitCount; i += 1) folded += String.fromCodePoint(unitCodePoint(this.units[i]!));
    return folded;
  }

  /**
   * Folds `text` into units, a space of padding on each side. Folding depends on the text alone, so the
   * text folded last is not folded again: evidence walks the text its scoring has just walked.
   */
  protected fold(text: string): void {
    if (text === this.folded) return;
    this.folded = text;
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
   * Hands over every feature of the folded text except those touching a masked span, and returns how many
   * there were: the occurrences a score is normalised by.
   */
  protected walkFeatures(masked: readonly TextSpan[] = NO_SPANS): number {
    this.markMasked(masked);
    return this.charNgrams() + this.wordNgrams();
  }

  /** The first unit starting at or after an original position (unitCount when none). */
  protected firstUnitFrom(position: number): number {
    return firstAbove(this.unitStarts, this.unitCount, position - 1);
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
    // Runs of spaces are one space (every space folds to the same unit); a long run of one unit is cut,
    // its evidence still covering all of it.
    if (count > 0 && unit === this.units[count - 1]) {
      if (unitKind(unit) === UnitKind.space || this.run >= this.config.repeatCap) {
        if (unitKind(unit) !== UnitKind.space) this.unitEnds[count - 1] = end;
        return;
      }
      this.run += 1;
    } else {
      this.run = 1;
    }
    if (count >= this.units.length) this.ensureUnits(count * 2);
    this.units[count] = unit;
    this.unitStarts[count] = start;
    this.unitEnds[count] = end;
    this.unitCount = count + 1;
  }

  /** A unit is masked when its original span overlaps a masked span (spans need not be sorted). */
  private markMasked(masked: readonly TextSpan[]): void {
    const count = this.unitCount;
    const next = this.nextMasked;
    next.fill(count, 0, count);
    if (masked.length === 0) return;
    // Unit starts and ends never decrease, so the units overlapping a span are one run.
    for (const { start, end } of masked) {
      for (let u = firstAbove(this.unitEnds, count, start); u < count && this.unitStarts[u]! < end; u += 1) next[u] = u;
    }
    for (let i = count - 2; i >= 0; i -= 1) if (next[i] !== i) next[i] = next[i + 1]!;
  }

  private charNgrams(): number {
    const { charMin, charMax } = this.config;
    const units = this.units;
    const grams = this.grams;
    const count = this.unitCount;
    const mask = this.mask;
    let emitted = 0;
    for (let i = 0; i < count; i += 1) {
      let hash = CHAR_SEED;
      const longest = Math.min(charMax, count - i, this.nextMasked[i]! - i);
      for (let n = 1; n <= longest; n += 1) {
        hash = Math.imul(hash ^ units[i + n - 1]!, FNV_PRIME);
        if (n >= charMin) grams[n - charMin] = finalise(hash ^ n) & mask;
      }
      const made = longest - charMin + 1;
      if (made <= 0) continue;
      this.charGrams(i, made);
      emitted += made;
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
        this.wordGram(finalise(hash) & mask, wordStart, last);
        emitted += 1;
      }
      if (previousStart >= 0 && next[previousStart]! > last) {
        this.wordGram(finalise(Math.imul(previousHash ^ BIGRAM_SEED, FNV_PRIME) ^ hash) & mask, previousStart, last);
        emitted += 1;
      }
      previousHash = hash;
      previousStart = wordStart;
      wordStart = -1;
    }
    return emitted;
  }
}

/** Records every feature of a text: after `extract`, `log` holds one entry per occurrence. */
export class FeatureExtractor extends FeatureWalker {
  /** Feature occurrences in order of the walk: bucket and units first..last. */
  readonly log = new SpanLog();

  /** Extracts the features of `text`, leaving out those touching `masked`; returns how many the log now holds. */
  extract(text: string, masked?: readonly TextSpan[]): number {
    this.fold(text);
    this.log.count = 0;
    return this.walkFeatures(masked);
  }

  /** The buckets of the last text's features. */
  get buckets(): Int32Array {
    return this.log.values;
  }

  /** The ORIGINAL span of feature i of the last text. */
  spanOf(i: number): TextSpan {
    return this.unitSpan(this.log.firsts[i]!, this.log.lasts[i]!);
  }



  protected charGrams(first: number, count: number): void {
    for (let k = 0; k < count; k += 1) this.log.add(this.grams[k]!, first, first + this.config.charMin - 1 + k);
  }

  protected wordGram(bucket: number, first: number, last: number): void {
    this.log.add(bucket, first, last);
  }
}
