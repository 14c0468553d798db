import { describe, expect, it } from 'vitest';
import { emptyConfusion, rowsOf, scoresOf, tally, type Confusion } from '../../../scripts/lib/metrics';

const counts = (truePositives: number, falsePositives: number, falseNegatives: number, trueNegatives = 0): Confusion => ({
  truePositives,
  falsePositives,
  falseNegatives,
  trueNegatives,
});

describe('scoresOf', () => {
  it('computes precision, recall and F1 from known counts', () => {
    // Prepare: 8 caught, 2 wrongly flagged, 8 missed
    const confusion = counts(8, 2, 8, 82);

    // Act
    const scores = scoresOf(confusion);

    // Assess: P = 8/10, R = 8/16, F1 = 2PR/(P+R) = 0.8/1.3
    expect(scores.precision).toBeCloseTo(0.8);
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });

  it('leaves precision undefined, not zero, when nothing was flagged', () => {
    const scores = scoresOf(counts(0, 0, 5, 95));

    expect(scores.precision).toBeUndefined();
    expect(scores.recall).toBe(0);
    expect(scores.f1).toBe(0);
  });

  it('leaves recall and F1 undefined when there was nothing to find and nothing flagged', () => {
    const scores = scoresOf(counts(0, 0, 0, 40));

    expect(scores).toEqual({ precision: undefined, recall: undefined, f1: undefined });
  });

  it('scores F1 zero when every flag is wrong and nothing was to be found', () => {
    const scores = scoresOf(counts(0, 3, 0, 10));

    expect(scores.precision).toBe(0);
    expect(scores.recall).toBeUndefined();
    expect(scores.f1).toBe(0);
  });
});

describe('tally', () => {
  it('puts each prediction in its cell of the confusion', () => {
    const confusion = emptyConfusion();

    tally(confusion, true, true);
    tally(confusion, true, false);
    tally(confusion, false, true);
    tally(confusion, false, true);
    tally(confusion, false, false);

    expect(confusion).toEqual(counts(1, 1, 2, 1));
    expect(rowsOf(confusion)).toBe(5);
  });
});
