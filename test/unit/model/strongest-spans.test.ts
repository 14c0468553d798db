import { describe, expect, it } from 'vitest';
import { SpanRanker, type WeightedSpan } from '../../../functions/text/model/strongest-spans';
import { seededRandom } from '../../../scripts/lib/seeded-random';

/** Feature i covers units firsts[i]..lasts[i] and weighs weights[i]; spaces[u] is 1 for a space unit. */
interface UnitFeatures {
  readonly count: number;
  readonly firsts: Int32Array;
  readonly lasts: Int32Array;
  readonly weights: Int32Array;
  readonly spaces: Uint8Array;
}

/** Hands the features to the ranker one by one, in the order given, as a walk does. */
const rank = (ranker: SpanRanker, { count, firsts, lasts, weights, spaces }: UnitFeatures, k: number): WeightedSpan[] => {
  ranker.begin(Math.min(...firsts), Math.max(...lasts) + 1);
  for (let i = 0; i < count; i += 1) ranker.add(firsts[i]!, lasts[i]!, weights[i]!);
  return ranker.strongest(spaces, k);
};

/** The ranking written the plain way: weigh every distinct feature span by every feature inside it, then pick greedily. */
const referenceStrongest = (features: UnitFeatures, k: number): WeightedSpan[] => {
  const spans = new Map<string, { first: number; last: number }>();
  for (let i = 0; i < features.count; i += 1) spans.set(`${features.firsts[i]}:${features.lasts[i]}`, { first: features.firsts[i]!, last: features.lasts[i]! });
  const candidates = [...spans.values()]
    .map(({ first, last }) => {
      let weight = 0;
      for (let i = 0; i < features.count; i += 1) if (features.firsts[i]! >= first && features.lasts[i]! <= last) weight += features.weights[i]!;
      let spaces = 0;
      for (let u = first; u <= last; u += 1) spaces += features.spaces[u]!;
      return { first, last, weight, allSpaces: spaces === last - first + 1 };
    })
    .filter(({ weight, allSpaces }) => weight > 0 && !allSpaces)
    .sort((a, b) => b.weight - a.weight || a.first - b.first || a.last - b.last);
  const chosen: WeightedSpan[] = [];
  for (const { first, last, weight } of candidates) {
    if (chosen.length === k) break;
    if (chosen.every((span) => last < span.first || span.last < first)) chosen.push({ first, last, weight });
  }
  return chosen;
};

/**
 * Character n-grams of 1 to 5 units at every unit plus word spans of up to 20 units, as a walk over a text
 * logs them; from unit `from` on, as the features of a later window of a long text start.
 */
const randomFeatures = (random: () => number, units: number, from = 0): UnitFeatures => {
  const firsts: number[] = [];
  const lasts: number[] = [];
  for (let u = from; u < units; u += 1) {
    for (let n = 1; n <= 5 && u + n <= units; n += 1) [firsts.push(u), lasts.push(u + n - 1)];
    if (random() < 0.2) {
      const length = 2 + Math.floor(random() * 19);
      if (u + length <= units) [firsts.push(u), lasts.push(u + length - 1)];
    }
  }
  const weights = Int32Array.from(firsts, () => Math.floor(random() * 61) - 30);
  const spaces = Uint8Array.from({ length: units }, () => (random() < 0.15 ? 1 : 0));
  return { count: firsts.length, firsts: Int32Array.from(firsts), lasts: Int32Array.from(lasts), weights, spaces };
};

describe('the strongest n-gram spans behind a score', () => {
  it('are exactly those the plain weigh-everything ranking finds, for short and long texts', () => {
    const random = seededRandom(11);
    const ranker = new SpanRanker();
    for (let round = 0; round < 300; round += 1) {
      const features = randomFeatures(random, 1 + Math.floor(random() * 120));
      for (const k of [1, 3, 5]) expect(rank(ranker, features, k)).toEqual(referenceStrongest(features, k));
    }
  });

  it('are the same when the features start deep into a long text, and for texts longer than any seen before', () => {
    const random = seededRandom(12);
    const ranker = new SpanRanker();
    for (const [units, from] of [[300, 100], [900, 0], [1200, 700], [40, 0]] as const) {
      const features = randomFeatures(random, units, from);
      for (const k of [3, 60]) expect(rank(ranker, features, k)).toEqual(referenceStrongest(features, k));
    }
  });
});
