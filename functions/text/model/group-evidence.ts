import type { BlockSums } from './block-sums';
import { FeatureLog, grow, occurrenceValue, type TextSpan } from './features';
import { SpanRanker } from './strongest-spans';
import { slotOf, slotWeight, type WeightTable } from './weight-table';

/** One n-gram that pushed a score up, located in the ORIGINAL text (end exclusive). */
export interface ScoreEvidence {
  readonly ngram: string;
  readonly start: number;
  readonly end: number;
  /** The share of the group's logit of every feature inside the span. */
  readonly weight: number;
}

/**
 * Finds the n-grams behind a group's score: walks the features of one window of the text, weighs them
 * for the group and ranks their spans. Reuses its buffers across calls.
 */
export class GroupEvidence {
  private readonly log = new FeatureLog();
  private readonly ranker = new SpanRanker();
  private groupWeights = new Int32Array(1024);
  private spaces = new Uint8Array(1024);

  constructor(
    private readonly walker: BlockSums,
    private readonly table: WeightTable,
  ) {}

  /**
   * The k strongest non-overlapping n-gram spans pushing group g (whose weights scale by `scale`) up
   * among the features whose first unit starts `within` a span of the text, strongest first.
   */
  explain(text: string, g: number, scale: number, k: number, hidden: readonly TextSpan[] | undefined, within: TextSpan): ScoreEvidence[] {
    const { log, walker } = this;
    log.count = 0;
    walker.add(text, hidden, within, log);
    const count = log.count;
    this.groupWeights = grow(this.groupWeights, count);
    if (this.spaces.length < walker.foldedLength) this.spaces = new Uint8Array(walker.foldedLength * 2);
    for (let i = 0; i < count; i += 1) this.groupWeights[i] = slotWeight(slotOf(this.table.slots, this.table.setBits, log.buckets[i]!), g);
    walker.markSpaces(this.spaces);
    const spans = this.ranker.strongest({ count, firsts: log.firsts, lasts: log.lasts, weights: this.groupWeights, spaces: this.spaces }, k);
    // Each weight as its share of the window's logit.
    const unit = scale * occurrenceValue(count);
    return spans.map(({ first, last, weight }) => {
      const { start, end } = walker.unitSpan(first, last);
      return { ngram: text.slice(start, end), start, end, weight: weight * unit };
    });
  }
}
