/** Precision, recall and F1 of the positive class at one threshold. */
export interface BinaryScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly positives: number;
  readonly rows: number;
}

/** A scored row: the model's probability and the row's 0/1 target. */
export interface ScoredRow {
  readonly probability: number;
  readonly target: number;
}

const f1Of = (precision: number, recall: number): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

/** Scores at `threshold`: a row is flagged when its probability is at least the threshold. */
export const scoresAt = (rows: readonly ScoredRow[], threshold: number): BinaryScores => {
  let truePositives = 0;
  let flagged = 0;
  let positives = 0;
  for (const { probability, target } of rows) {
    const isFlagged = probability >= threshold;
    if (isFlagged) flagged += 1;
    if (target === 1) positives += 1;
    if (isFlagged && target === 1) truePositives += 1;
  }
  const precision = flagged === 0 ? 0 : truePositives / flagged;
  const recall = positives === 0 ? 0 : truePositives / positives;
  return { precision, recall, f1: f1Of(precision, recall), positives, rows: rows.length };
};

/**
 * Every cut between distinct probabilities, highest first: the probability of the last row flagged, the
 * next lower probability (0 after the last row), and the counts flagged at the cut.
 */
const sweep = (
  rows: readonly ScoredRow[],
  visit: (lowestFlagged: number, nextLower: number, truePositives: number, flagged: number, positives: number) => void,
): void => {
  const sorted = [...rows].sort((a, b) => b.probability - a.probability);
  const positives = sorted.filter((row) => row.target === 1).length;
  let truePositives = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    if (sorted[i]!.target === 1) truePositives += 1;
    const next = sorted[i + 1];
    if (next === undefined || next.probability < sorted[i]!.probability) visit(sorted[i]!.probability, next?.probability ?? 0, truePositives, i + 1, positives);
  }
};

/**
 * The threshold with the best F1 on `rows`, halfway between the last row it flags and the next one down:
 * a cut right at a validation score would sit on the edge of what validation happened to contain.
 */
export const bestF1Threshold = (rows: readonly ScoredRow[]): number => {
  let best = { threshold: 0.5, f1: -1 };
  sweep(rows, (lowestFlagged, nextLower, truePositives, flagged, positives) => {
    const f1 = f1Of(truePositives / flagged, positives === 0 ? 0 : truePositives / positives);
    if (f1 > best.f1) best = { threshold: (lowestFlagged + nextLower) / 2, f1 };
  });
  return best.threshold;
};

/** The lowest threshold whose precision on `rows` is at least `minPrecision` (1 when none reaches it). */
export const thresholdForPrecision = (rows: readonly ScoredRow[], minPrecision: number): number => {
  let lowest = 1;
  sweep(rows, (lowestFlagged, nextLower, truePositives, flagged) => {
    if (truePositives / flagged >= minPrecision) lowest = (lowestFlagged + nextLower) / 2;
  });
  return lowest;
};
