import { describe, expect, it } from 'vitest';
import { strongestBuckets } from '../../../functions/text/model/training/strongest-buckets';
import { packTable, slotOf, slotWeight } from '../../../functions/text/model/weight-table';

/** 16 buckets of 3 groups in 2^2 sets: bucket b lies in set b % 4. */
const SET_BITS = 2;
const BUCKETS = 16;
const dense = (entries: Record<number, [number, number, number]>): Int8Array => {
  const weights = new Int8Array(BUCKETS * 3);
  for (const [bucket, groups] of Object.entries(entries)) weights.set(groups, Number(bucket) * 3);
  return weights;
};
const kept = (...buckets: number[]): Uint8Array => Uint8Array.from({ length: BUCKETS }, (_, bucket) => (buckets.includes(bucket) ? 1 : 0));
const weightsOf = (slots: Int32Array, bucket: number): number[] => [0, 1, 2].map((g) => slotWeight(slotOf(slots, SET_BITS, bucket), g));

describe('the weight table', () => {
  it('gives every kept bucket its own weights, negative ones and the extremes included', () => {
    // Prepare: buckets 1 and 5 share set 1; 9 would too, but is not kept.
    const weights = dense({ 1: [127, -128, 0], 5: [-1, 2, -3], 9: [50, 50, 50], 14: [0, 0, 7] });

    // Act
    const { slots } = packTable(weights, 3, kept(1, 5, 14), SET_BITS);

    // Assess
    expect(weightsOf(slots, 1)).toEqual([127, -128, 0]);
    expect(weightsOf(slots, 5)).toEqual([-1, 2, -3]);
    expect(weightsOf(slots, 14)).toEqual([0, 0, 7]);
    expect(weightsOf(slots, 9)).toEqual([0, 0, 0]);
    expect(weightsOf(slots, 2)).toEqual([0, 0, 0]);
  });

  it('refuses to keep more buckets in a set than it has slots', () => {
    expect(() => packTable(dense({}), 3, kept(3, 7, 11), SET_BITS)).toThrow(/set 3/);
  });

  it('keeps, per set, the buckets that move scores the most over the data: weight times occurrences', () => {
    // Prepare: set 0 holds buckets 0, 4, 8, 12. Bucket 4 has the largest weight but is rare.
    const weights = Float32Array.from({ length: BUCKETS * 3 }, () => 0);
    weights.set([0.5, 0, 0], 0);
    weights.set([0, 9, 0], 4 * 3);
    weights.set([0.2, 0.2, 0.2], 8 * 3);
    weights.set([0.1, 0, 0], 12 * 3);
    const counts = Int32Array.from({ length: BUCKETS }, (_, bucket) => ({ 0: 100, 4: 1, 8: 100, 12: 100 })[bucket] ?? 0);

    // Act
    const chosen = strongestBuckets(weights, counts, 3, SET_BITS);

    // Assess: 0 (50) and 8 (60) beat 4 (9) and 12 (10); no other set has a weight to keep.
    expect([...chosen.keys()].filter((bucket) => chosen[bucket] === 1)).toEqual([0, 8]);
  });
});
