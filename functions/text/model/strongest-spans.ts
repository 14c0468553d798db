import { grow } from './features';

/**
 * Feature occurrences over folded units: feature i covers units firsts[i]..lasts[i] and weighs weights[i],
 * an integer (the int8 model weight), so every sum is exact whatever order it is added in.
 */
export interface UnitFeatures {
  readonly count: number;
  readonly firsts: Int32Array;
  readonly lasts: Int32Array;
  readonly weights: Int32Array;
  /** 1 per folded unit that is a space (padding included): a span of spaces alone shows a moderator nothing. */
  readonly spaces: Uint8Array;
}

/** A span of units, inclusive, and the summed weight of every feature inside it. */
export interface WeightedSpan {
  readonly first: number;
  readonly last: number;
  readonly weight: number;
}

/**
 * Spans up to this many units (every character n-gram, most words) are weighed from a table of per-unit
 * prefix sums; longer ones (word n-grams) are few enough to weigh one by one.
 */
const SHORT = 8;

const overlapsAny = (spans: readonly WeightedSpan[], first: number, last: number): boolean => {
  for (const span of spans) if (first <= span.last && span.first <= last) return true;
  return false;
};

/**
 * Finds the k strongest non-overlapping spans among the features' own spans. Its buffers are reused
 * across calls: typed arrays made per call would each be a buffer outside the heap for the collector to track.
 */
export class SpanRanker {
  /** below[u * SHORT + l]: the weight of the features starting at unit lo + u that are at most l + 1 units long. */
  private below = new Int32Array(SHORT * 256);
  /** Per unit, bit l set when some feature starting there is exactly l + 1 units long. */
  private lengths = new Int32Array(256);
  /** rowsBefore[u]: the weight of every short feature starting before unit lo + u. */
  private rowsBefore = new Int32Array(256);
  private spacesBefore = new Int32Array(256);
  private longOnes = new Int32Array(64);
  private candidateFirsts = new Int32Array(1024);
  private candidateLasts = new Int32Array(1024);
  private candidateWeights = new Int32Array(1024);
  private lo = 0;
  private longCount = 0;

  /**
   * The k strongest non-overlapping spans, strongest first (among equals the earlier, then the shorter).
   * A span weighs as much as every feature inside it: "bitch" outweighs its parts "bit" and "tch", and an
   * ordinary word around a strong n-gram pulls the span down. Only spans of positive weight that are not
   * all spaces are ranked.
   */
  strongest(features: UnitFeatures, k: number): WeightedSpan[] {
    const candidates = this.weighCandidates(features);
    const { candidateFirsts: firsts, candidateLasts: lasts, candidateWeights: weights } = this;
    const chosen: WeightedSpan[] = [];
    // k is a handful: k scans for the strongest span clear of those taken beat sorting every candidate.
    while (chosen.length < k) {
      let best = -1;
      for (let c = 0; c < candidates; c += 1) {
        const first = firsts[c]!;
        const last = lasts[c]!;
        const weight = weights[c]!;
        if (best >= 0) {
          const bestWeight = weights[best]!;
          if (weight < bestWeight || (weight === bestWeight && (first > firsts[best]! || (first === firsts[best]! && last >= lasts[best]!)))) continue;
        }
        if (!overlapsAny(chosen, first, last)) best = c;
      }
      if (best < 0) break;
      chosen.push({ first: firsts[best]!, last: lasts[best]!, weight: weights[best]! });
    }
    return chosen;
  }

  /**
   * Lays the features out by first unit and length over the units they cover, then weighs every distinct
   * feature span, keeping those of positive weight that are not all spaces; returns how many it kept.
   * O(features * SHORT + long features^2), with no sort.
   */
  private weighCandidates({ count, firsts, lasts, weights, spaces }: UnitFeatures): number {
    if (count === 0) return 0;
    let lo = firsts[0]!;
    let hi = lasts[0]!;
    for (let i = 1; i < count; i += 1) {
      lo = Math.min(lo, firsts[i]!);
      hi = Math.max(hi, lasts[i]!);
    }
    const units = hi - lo + 1;
    this.reserve(units, count);
    const { below, lengths, rowsBefore, spacesBefore } = this;
    below.fill(0, 0, units * SHORT);
    lengths.fill(0, 0, units);
    this.lo = lo;
    this.longCount = 0;
    for (let i = 0; i < count; i += 1) {
      const u = firsts[i]! - lo;
      const length = lasts[i]! - firsts[i]! + 1;
      if (length > SHORT) {
        this.longOnes[this.longCount] = i;
        this.longCount += 1;
        continue;
      }
      below[u * SHORT + length - 1] = below[u * SHORT + length - 1]! + weights[i]!;
      lengths[u] = lengths[u]! | (1 << (length - 1));
    }
    for (let u = 0; u < units; u += 1) {
      for (let l = 1; l < SHORT; l += 1) below[u * SHORT + l] = below[u * SHORT + l]! + below[u * SHORT + l - 1]!;
      rowsBefore[u + 1] = rowsBefore[u]! + below[u * SHORT + SHORT - 1]!;
      spacesBefore[u + 1] = spacesBefore[u]! + spaces[lo + u]!;
    }
    let kept = 0;
    for (let u = 0; u < units; u += 1) {
      for (let bits = lengths[u]!, l = 0; bits !== 0; bits >>>= 1, l += 1) if (bits & 1) kept = this.keep(kept, u, u + l, weights, firsts, lasts);
    }
    for (let j = 0; j < this.longCount; j += 1) {
      const i = this.longOnes[j]!;
      kept = this.keep(kept, firsts[i]! - lo, lasts[i]! - lo, weights, firsts, lasts);
    }
    return kept;
  }

  /** Keeps units first..last (relative to lo) as candidate number `kept` when it weighs more than 0 and is not all spaces; returns the new count. */
  private keep(kept: number, first: number, last: number, weights: Int32Array, firsts: Int32Array, lasts: Int32Array): number {
    if (this.spacesBefore[last + 1]! - this.spacesBefore[first]! === last - first + 1) return kept;
    const weight = this.inside(first, last, weights, firsts, lasts);
    if (weight <= 0) return kept;
    this.candidateFirsts[kept] = first + this.lo;
    this.candidateLasts[kept] = last + this.lo;
    this.candidateWeights[kept] = weight;
    return kept + 1;
  }

  /** The weight of every feature inside units a..b (relative to lo). */
  private inside(a: number, b: number, weights: Int32Array, firsts: Int32Array, lasts: Int32Array): number {
    const { below, rowsBefore } = this;
    // Features starting at u fit when at most b - u + 1 long: whole rows up to b - SHORT + 1, part rows after.
    const fullRows = Math.max(a, b - SHORT + 2);
    let sum = rowsBefore[fullRows]! - rowsBefore[a]!;
    for (let u = fullRows; u <= b; u += 1) sum += below[u * SHORT + b - u]!;
    if (b - a + 1 <= SHORT) return sum;
    for (let j = 0; j < this.longCount; j += 1) {
      const i = this.longOnes[j]!;
      if (firsts[i]! - this.lo >= a && lasts[i]! - this.lo <= b) sum += weights[i]!;
    }
    return sum;
  }

  private reserve(units: number, count: number): void {
    if (this.lengths.length < units + 1) {
      const length = (units + 1) * 2;
      [this.below, this.lengths, this.rowsBefore, this.spacesBefore] = [new Int32Array(length * SHORT), new Int32Array(length), new Int32Array(length), new Int32Array(length)];
    }
    this.longOnes = grow(this.longOnes, count);
    this.candidateFirsts = grow(this.candidateFirsts, count);
    this.candidateLasts = grow(this.candidateLasts, count);
    this.candidateWeights = grow(this.candidateWeights, count);
  }
}
