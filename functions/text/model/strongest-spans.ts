/** Feature occurrences over folded units: feature i covers units firsts[i]..lasts[i] and weighs weights[i]. */
export interface UnitFeatures {
  readonly count: number;
  readonly firsts: Int32Array;
  readonly lasts: Int32Array;
  readonly weights: Float64Array;
  /** 1 per folded unit that is a space (padding included): a span of spaces alone shows a moderator nothing. */
  readonly spaces: Uint8Array;
  readonly unitCount: number;
}

/** A span of units, inclusive, and the weight of every feature inside it. */
export interface WeightedSpan {
  readonly first: number;
  readonly last: number;
  readonly weight: number;
}

const overlapsAny = (spans: readonly WeightedSpan[], first: number, last: number): boolean => {
  for (const span of spans) if (first <= span.last && span.first <= last) return true;
  return false;
};

/**
 * Finds the k strongest non-overlapping spans among the features' own spans. Its buffers are reused
 * across calls: typed arrays made per call would each be a buffer outside the heap for the collector to track.
 */
export class SpanRanker {
  private startOf = new Int32Array(256);
  private filled = new Int32Array(256);
  private order = new Int32Array(1024);
  private tree = new Float64Array(256);
  private inside = new Float64Array(1024);
  private spacesBefore = new Int32Array(256);

  /**
   * The k strongest non-overlapping spans, strongest first (among equals the earlier, then the shorter).
   * A span weighs as much as every feature inside it: "bitch" outweighs its parts "bit" and "tch", and an
   * ordinary word around a strong n-gram pulls the span down.
   */
  strongest(features: UnitFeatures, k: number): WeightedSpan[] {
    this.reserve(features.count, features.unitCount);
    this.weighInside(features);
    const { firsts, lasts, spaces, unitCount, count } = features;
    const { inside, spacesBefore } = this;
    for (let u = 0; u < unitCount; u += 1) spacesBefore[u + 1] = spacesBefore[u]! + spaces[u]!;
    const chosen: WeightedSpan[] = [];
    // k is a handful: k scans for the strongest span clear of those taken beat sorting every candidate.
    while (chosen.length < k) {
      let best = -1;
      for (let i = 0; i < count; i += 1) {
        const first = firsts[i]!;
        const last = lasts[i]!;
        const weight = inside[i]!;
        if (weight <= 0 || spacesBefore[last + 1]! - spacesBefore[first]! === last - first + 1) continue;
        if (best >= 0) {
          const bestWeight = inside[best]!;
          if (weight < bestWeight || (weight === bestWeight && (first > firsts[best]! || (first === firsts[best]! && last >= lasts[best]!)))) continue;
        }
        if (!overlapsAny(chosen, first, last)) best = i;
      }
      if (best < 0) break;
      chosen.push({ first: firsts[best]!, last: lasts[best]!, weight: inside[best]! });
    }
    return chosen;
  }

  private reserve(count: number, unitCount: number): void {
    if (this.order.length < count) [this.order, this.inside] = [new Int32Array(count * 2), new Float64Array(count * 2)];
    if (this.startOf.length < unitCount + 1) {
      const length = (unitCount + 1) * 2;
      [this.startOf, this.filled, this.tree, this.spacesBefore] = [new Int32Array(length), new Int32Array(length), new Float64Array(length), new Int32Array(length)];
    }
  }

  /**
   * The weight of every feature inside each feature's own span. Features grouped by first unit (a
   * counting sort); a sweep from the last unit back to the first adds those starting there to a Fenwick
   * tree keyed by last unit, so the features inside [first, last] are those added so far that end at or
   * before `last`. O(n log units).
   */
  private weighInside({ count, firsts, lasts, weights, unitCount }: UnitFeatures): void {
    const { startOf, filled, order, tree, inside } = this;
    startOf.fill(0, 0, unitCount + 1);
    tree.fill(0, 0, unitCount + 1);
    for (let i = 0; i < count; i += 1) startOf[firsts[i]! + 1] = startOf[firsts[i]! + 1]! + 1;
    for (let u = 0; u < unitCount; u += 1) startOf[u + 1] = startOf[u + 1]! + startOf[u]!;
    filled.set(startOf.subarray(0, unitCount));
    for (let i = 0; i < count; i += 1) {
      const first = firsts[i]!;
      order[filled[first]!] = i;
      filled[first] = filled[first]! + 1;
    }
    for (let u = unitCount - 1; u >= 0; u -= 1) {
      for (let at = startOf[u]!; at < startOf[u + 1]!; at += 1) {
        const i = order[at]!;
        for (let node = lasts[i]! + 1; node <= unitCount; node += node & -node) tree[node] = tree[node]! + weights[i]!;
      }
      for (let at = startOf[u]!; at < startOf[u + 1]!; at += 1) {
        const i = order[at]!;
        let sum = 0;
        for (let node = lasts[i]! + 1; node > 0; node -= node & -node) sum += tree[node]!;
        inside[i] = sum;
      }
    }
  }
}
