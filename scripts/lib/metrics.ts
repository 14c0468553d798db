/** Counts of one binary decision ("flagged") against gold ("should not be allowed"). */
export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

/** Undefined means "no evidence either way" (nothing predicted, or nothing to find), not zero. */
export interface Scores {
  readonly precision: number | undefined;
  readonly recall: number | undefined;
  readonly f1: number | undefined;
}

/** A confusion with every count at zero. */
export const emptyConfusion = (): Confusion => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 });

/** Adds one prediction to the counts. */
export const tally = (confusion: Confusion, predicted: boolean, gold: boolean): void => {
  if (predicted && gold) confusion.truePositives += 1;
  else if (predicted) confusion.falsePositives += 1;
  else if (gold) confusion.falseNegatives += 1;
  else confusion.trueNegatives += 1;
};

const ratio = (numerator: number, denominator: number): number | undefined => (denominator === 0 ? undefined : numerator / denominator);

/**
 * Precision, recall and F1. F1 is 2TP / (2TP + FP + FN), which equals the harmonic mean where both are
 * defined and is 0 for a classifier that flags nothing while there was something to find.
 */
export const scoresOf = ({ truePositives: tp, falsePositives: fp, falseNegatives: fn }: Confusion): Scores => ({
  precision: ratio(tp, tp + fp),
  recall: ratio(tp, tp + fn),
  f1: ratio(2 * tp, 2 * tp + fp + fn),
});

/** Total number of rows counted. */
export const rowsOf = (confusion: Confusion): number =>
  confusion.truePositives + confusion.falsePositives + confusion.falseNegatives + confusion.trueNegatives;
