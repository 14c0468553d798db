import { grow, SpanLog } from '../growable';

/** A span of units, inclusive, and the summed weight of every feature inside it. */
export interface WeightedSpan {
  readonly first: number;
  readonly last: number;
  readonly weight: number;
}

/**
 * Spans up to this many units (every character n-gram, most words) are weighed from per-unit running
 * sums; longer ones (word n-grams) are few enough to weigh one by one.
 */
const SHORT = 8;

const overlapsAny = (spans: readonly WeightedSpan[], first: number, last: number): boolean => {
  for (const span of spans) if (first <= span.last && span.first <= last) return true;
  return false;
};

/**
 * Finds the k strongest non-overlapping spans among the spans of the features it is given, one by one as
 * a walk meets them (`begin`, `add` per feature, then `strongest`): feature weights are integers (int8
 * model weights), so every sum is exact whatever order it is added in. Its buffers are reused across
 * calls: typed arrays made per call would each be a buffer outside the heap for the collector to track.
 */
export class SpanRanker {
  /**
   * endingAt[e * SHORT + d]: the weight of the short features ending at unit lo + e that start d units
   * before it (once `strongest` has summed them: at most d units before it). A span's weight is then one
   * such value per unit it ends at, so the spans starting at one unit are weighed longest-last with one
   * addition each.
   */
  private endingAt = new Int32Array(SHORT * 256);
  /** Per unit, bit l set when some feature starting there is exactly l + 1 units long. */
  private lengths = new Int32Array(256);
  private spacesBefore = new Int32Array(256);
  /** The features longer than SHORT: weight and units. */
  private readonly long = new SpanLog();
  private candidateFirsts = new Int32Array(1024);
  private candidateLasts = new Int32Array(1024);
  private candidateWeights = new Int32Array(1024);
  private lo = 0;
  private units = 0;

  /** Starts a ranking of features lying within units from..to - 1. */
  begin(from: number, to: number): void {
    const units = Math.max(0, to - from);
    if (this.lengths.length < units + 1) {
      const length = (units + 1) * 2;
      [this.endingAt, this.lengths, this.spacesBefore] = [new Int32Array(length * SHORT), new Int32Array(length), new Int32Array(length)];
    }
    this.endingAt.fill(0, 0, units * SHORT);
    this.lengths.fill(0, 0, units);
    this.lo = from;
    this.units = units;
    this.long.count = 0;
  }

  /** One feature: units first..last (within the range `begin` was given) weighing `weight`. */
  add(first: number, last: number, weight: number): void {
    const span = last - first;
    if (span < SHORT) {
      const at = (last - this.lo) * SHORT + span;
      this.endingAt[at] = this.endingAt[at]! + weight;
      this.lengths[first - this.lo] = this.lengths[first - this.lo]! | (1 << span);
      return;
    }
    this.long.add(weight, first, last);
  }

  /**
   * The k strongest non-overlapping spans of the features added, strongest first (among equals the
   * earlier, then the shorter). A span weighs as much as every feature inside it: "bitch" outweighs its
   * parts "bit" and "tch", and an ordinary word around a strong n-gram pulls the span down. Only spans of
   * positive weight that are not all spaces (`spaces[u]` is 1 for a space unit) are ranked.
   */
  strongest(spaces: Uint8Array, k: number): WeightedSpan[] {
    const candidates = this.weighCandidates(spaces);
    const { candidateFirsts: firsts, candidateLasts: lasts, candidateWeights: weights } = this;
    const chosen: WeightedSpan[] = [];
    // k is a handful: k scans for the strongest span clear of those taken beat sorting every candidate.
    while (chosen.length < k) {
      let best = -1;
      // The best so far in registers: most candidates lose on weight alone, without another read.
      let bestWeight = 0;
      let bestFirst = 0;
      let bestLast = 0;
      for (let c = 0; c < candidates; c += 1) {
        const weight = weights[c]!;
        if (best >= 0 && weight < bestWeight) continue;
        const first = firsts[c]!;
        const last = lasts[c]!;
        if (best >= 0 && weight === bestWeight && (first > bestFirst || (first === bestFirst && last >= bestLast))) continue;
        if (overlapsAny(chosen, first, last)) continue;
        best = c;
        bestWeight = weight;
        bestFirst = first;
        bestLast = last;
      }
      if (best < 0) break;
      chosen.push({ first: bestFirst, last: bestLast, weight: bestWeight });
    }
    return chosen;
  }

  /**
   * Weighs every distinct feature span, keeping those of positive weight that are not all spaces; returns
   * how many it kept. O(units * SHORT + long features * their length), with no sort.
   */
  private weighCandidates(spaces: Uint8Array): number {
    const { endingAt, lengths, spacesBefore, lo, units } = this;
    const candidateRoom = units * SHORT + this.long.count;
    this.candidateFirsts = grow(this.candidateFirsts, candidateRoom);
    this.candidateLasts = grow(this.candidateLasts, candidateRoom);
    this.candidateWeights = grow(this.candidateWeights, candidateRoom);
    spacesBefore[0] = 0;
    for (let e = 0; e < units; e += 1) {
      // Summed in a register: reading back the value just stored would wait on the store each step.
      let sum = 0;
      for (let at = e * SHORT; at < (e + 1) * SHORT; at += 1) {
        sum += endingAt[at]!;
        endingAt[at] = sum;
      }
      spacesBefore[e + 1] = spacesBefore[e]! + spaces[lo + e]!;
    }
    let kept = 0;
    for (let u = 0; u < units; u += 1) {
      const bits = lengths[u]!;
      if (bits === 0) continue;
      // Growing the span by one unit adds the features ending at its new last unit that start within it;
      // no span starting here is longer than its longest feature.
      const longest = Math.min(31 - Math.clz32(bits), units - 1 - u);
      let weight = 0;
      for (let l = 0; l <= longest; l += 1) {
        weight += endingAt[(u + l) * SHORT + l]!;
        if (bits & (1 << l)) kept = this.keep(kept, u, u + l, weight);
      }
    }
    for (let j = 0; j < this.long.count; j += 1) {
      const [first, last] = [this.long.firsts[j]! - lo, this.long.lasts[j]! - lo];
      kept = this.keep(kept, first, last, this.longWeight(first, last));
    }
    return kept;
  }

  /** Keeps units first..last (relative to lo) as candidate number `kept` when it weighs more than 0 and is not all spaces; returns the new count. */
  private keep(kept: number, first: number, last: number, weight: number): number {
    if (weight <= 0 || this.spacesBefore[last + 1]! - this.spacesBefore[first]! === last - first + 1) return kept;
    this.candidateFirsts[kept] = first + this.lo;
    this.candidateLasts[kept] = last + this.lo;
    this.candidateWeights[kept] = weight;
    return kept + 1;
  }

  /** The weight of every feature inside units a..b (relative to lo), a span longer than SHORT. */
  private longWeight(a: number, b: number): number {
    let sum = 0;
    for (let e = a; e <= b; e += 1) sum += this.endingAt[e * SHORT + Math.min(e - a, SHORT - 1)]!;
    for (let j = 0; j < this.long.count; j += 1) {
      if (this.long.firsts[j]! - this.lo >= a && this.long.lasts[j]! - this.lo <= b) sum += this.long.values[j]!;
    }
    return sum;
  }
}
