import type { Split } from '../../../../scripts/lib/labelled-data';
import type { ModelGroup } from '../groups';
import type { ModelScorer } from '../model-scorer';
import type { GroupThresholds } from '../text-model';
import { bestF1Threshold, scoresAt, thresholdForPrecision, type BinaryScores, type ScoredRow } from './metrics';
import type { RowOfSet } from './encoded-rows';
import { groupTarget } from './targets';

/** Precision the `block` threshold must reach on validation. */
export const BLOCK_PRECISION = 0.95;

export interface SplitRow extends RowOfSet {
  readonly set: string;
  readonly split: Split;
}

/** A row scored by the shipped (quantised) model. */
export interface ScoredExample {
  readonly source: SplitRow;
  readonly probabilities: Readonly<Record<ModelGroup, number>>;
}

/** Scores rows through the same code path the Lambda uses. */
export const scoreExamples = (scorer: ModelScorer, rows: readonly SplitRow[]): ScoredExample[] =>
  rows.map((source) => ({ source, probabilities: scorer.score(source.row.text) }));

/** The rows whose own set labels `group` (metrics are only honest where the annotators looked). */
export const groupRows = (examples: readonly ScoredExample[], group: ModelGroup): ScoredRow[] =>
  examples
    .filter(({ source }) => source.setGroups.has(group))
    .map(({ source, probabilities }) => ({ probability: probabilities[group], target: groupTarget(source.row, group, source.setGroups) }));

/** Review at the best pooled validation F1; block where pooled validation precision reaches BLOCK_PRECISION. */
export const pickThresholds = (validation: readonly ScoredExample[], group: ModelGroup): GroupThresholds => {
  const rows = groupRows(validation, group);
  const review = bestF1Threshold(rows);
  return { review, block: Math.max(review, thresholdForPrecision(rows, BLOCK_PRECISION)) };
};

const formatScores = ({ precision, recall, f1 }: BinaryScores): string => `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`;

/**
 * One line per (group, split, set or language): scores at the review and the block threshold.
 */
export const metricLines = (examples: readonly ScoredExample[], group: ModelGroup, thresholds: GroupThresholds): string[] => {
  const lines: string[] = [];
  const splits = [...new Set(examples.map(({ source }) => source.split))];
  for (const split of splits) {
    const inSplit = examples.filter(({ source }) => source.split === split && source.setGroups.has(group));
    const slices = [
      ...[...new Set(inSplit.map(({ source }) => source.set))].map((set) => [`set ${set}`, inSplit.filter(({ source }) => source.set === set)] as const),
      ...[...new Set(inSplit.map(({ source }) => source.row.lang))].map((lang) => [`lang ${lang}`, inSplit.filter(({ source }) => source.row.lang === lang)] as const),
    ];
    for (const [name, slice] of slices) {
      const rows = groupRows(slice, group);
      const positives = rows.filter((row) => row.target === 1).length;
      // A slice without positives (an all-clean set) has no recall to show: what matters is what it flags.
      const at = (threshold: number): string =>
        positives === 0 ? `flagged ${String(rows.filter(({ probability }) => probability >= threshold).length).padStart(4)}` : formatScores(scoresAt(rows, threshold));
      lines.push(
        `${group.padEnd(5)} ${split.padEnd(10)} ${name.padEnd(22)} n=${String(rows.length).padStart(5)} pos=${String(positives).padStart(5)}  ` +
          `review: ${at(thresholds.review)}  block: ${at(thresholds.block)}`,
      );
    }
  }
  return lines;
};
