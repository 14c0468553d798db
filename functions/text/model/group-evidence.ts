import type { BlockSums } from './block-sums';
import { occurrenceValue, type TextSpan } from './features';
import { SpanRanker } from './strongest-spans';

/** One n-gram that pushed a score up, located in the ORIGINAL text (end exclusive). */
export interface ScoreEvidence {
  readonly ngram: string;
  readonly start: number;
  readonly end: number;
  /** The share of the group's logit of every feature inside the span. */
  readonly weight: number;
}

/**
 * Finds the n-grams behind a group's score: ranks the spans of the features of one window of the text,
 * each weighed for the group, from the log the scoring walk left. Reuses its buffers across calls.
 */
export class GroupEvidence {
  private readonly ranker = new SpanRanker();
  private spaces = new Uint8Array(1024);

  constructor(private readonly walker: BlockSums) {}

  /**
   * The k strongest non-overlapping n-gram spans pushing group g (whose weights scale by `scale`) up
   * among the features whose first unit starts `within` a span of the text, strongest first.
   */
  explain(text: string, g: number, scale: number, k: number, hidden: readonly TextSpan[] | undefined, within: TextSpan): ScoreEvidence[] {
    const { walker, ranker } = this;
    // Explaining follows scoring the same text: its features are in the walker's log, hashed and weighed.
    if (!walker.holds(text, hidden)) walker.add(text, hidden);
    const occurrences = walker.rank(ranker, g, within);
    if (this.spaces.length < walker.foldedLength) this.spaces = new Uint8Array(walker.foldedLength * 2);
    walker.markSpaces(this.spaces);
    const spans = ranker.strongest(this.spaces, k);
    // Each weight as its share of the window's logit.
    const unit = scale * occurrenceValue(occurrences);
    return spans.map(({ first, last, weight }) => {
      const { start, end } = walker.unitSpan(first, last);
      return { ngram: text.slice(start, end), start, end, weight: weight * unit };
    });
  }
}
