import { BlockSums } from './block-sums';
import { unitKind, UnitKind } from './char-fold';
import { grow, occurrenceValue, type TextSpan } from './features';
import { strongestSpans } from './strongest-spans';

/** One n-gram that pushed a score up, located in the ORIGINAL text (end exclusive). */
export interface ScoreEvidence {
  readonly ngram: string;
  readonly start: number;
  readonly end: number;
  /** The share of the group's logit of every feature inside the span. */
  readonly weight: number;
}

/**
 * Block sums that also keep every feature (its bucket and the units it covers), so the n-grams behind a
 * group's score can be found after one walk over the text.
 */
export class GroupEvidence extends BlockSums {
  private buckets = new Int32Array(4096);
  private firsts = new Int32Array(4096);
  private lasts = new Int32Array(4096);
  private recorded = 0;

  /** The k strongest non-overlapping n-gram spans pushing group g up, strongest first. */
  explain(text: string, g: number, scale: number, k: number, masked?: readonly TextSpan[]): ScoreEvidence[] {
    this.recorded = 0;
    this.add(text, masked);
    // Evidence comes from the strongest window, where one insult in a long post stands out (and which
    // bounds the work on a long text that is abusive throughout, where the whole text scores highest).
    let window = -1;
    if (this.blocks > 2) {
      window = 0;
      for (let b = 1; b + 1 < this.blocks; b += 1) if (this.windowLogit(g, b) > this.windowLogit(g, window)) window = b;
    }
    const regionCount = window < 0 ? this.occurrences : this.counts[window]! + this.counts[window + 1]!;
    const unit = scale * occurrenceValue(regionCount);
    const firsts = new Int32Array(regionCount);
    const lasts = new Int32Array(regionCount);
    const weights = new Float64Array(regionCount);
    const { buckets, groupCount } = this;
    let kept = 0;
    for (let i = 0; i < this.recorded; i += 1) {
      const first = this.firsts[i]!;
      const block = this.blockOf(first);
      if (window >= 0 && block !== window && block !== window + 1) continue;
      firsts[kept] = first;
      lasts[kept] = this.lasts[i]!;
      weights[kept] = this.weights[buckets[i]! * groupCount + g]! * unit;
      kept += 1;
    }
    const spaces = new Uint8Array(this.unitCount);
    for (let u = 0; u < this.unitCount; u += 1) spaces[u] = unitKind(this.units[u]!) === UnitKind.space ? 1 : 0;
    return strongestSpans({ count: kept, firsts, lasts, weights, spaces }, k).map(({ first, last, weight }) => {
      const [start, end] = [this.unitStarts[first]!, this.unitEnds[last]!];
      return { ngram: text.slice(start, end), start, end, weight };
    });
  }

  protected override feature(bucket: number, first: number, last: number): void {
    super.feature(bucket, first, last);
    const index = this.recorded;
    if (index >= this.buckets.length) {
      this.buckets = grow(this.buckets, index + 1);
      this.firsts = grow(this.firsts, index + 1);
      this.lasts = grow(this.lasts, index + 1);
    }
    this.buckets[index] = bucket;
    this.firsts[index] = first;
    this.lasts[index] = last;
    this.recorded = index + 1;
  }
}
