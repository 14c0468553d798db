/** Feature occurrences over folded units: feature i covers units firsts[i]..lasts[i] and weighs weights[i]. */
export interface UnitFeatures {
  readonly count: number;
  readonly firsts: Int32Array;
  readonly lasts: Int32Array;
  readonly weights: Float64Array;
  /** 1 per folded unit that is a space (padding included): a span of spaces alone shows a moderator nothing. */
  readonly spaces: Uint8Array;
}

/** A span of units, inclusive, and the weight of every feature inside it. */
export interface WeightedSpan {
  readonly first: number;
  readonly last: number;
  readonly weight: number;
}

/** Features grouped by their first unit (a counting sort). */
const byFirstUnit = (features: UnitFeatures): { order: Int32Array; startOf: Int32Array } => {
  const startOf = new Int32Array(features.spaces.length + 1);
  for (let i = 0; i < features.count; i += 1) {
    const next = features.firsts[i]! + 1;
    startOf[next] = startOf[next]! + 1;
  }
  for (let u = 0; u < features.spaces.length; u += 1) startOf[u + 1] = startOf[u + 1]! + startOf[u]!;
  const filled = startOf.slice(0, features.spaces.length);
  const order = new Int32Array(features.count);
  for (let i = 0; i < features.count; i += 1) {
    const first = features.firsts[i]!;
    order[filled[first]!] = i;
    filled[first] = filled[first]! + 1;
  }
  return { order, startOf };
};

/**
 * The weight of every feature inside each feature's own span: a sweep from the last unit back to the
 * first adds the features starting there to a Fenwick tree keyed by their last unit, so the features
 * inside [first, last] are those added so far that end at or before `last`. O(n log units).
 */
const weightsInside = (features: UnitFeatures): Float64Array => {
  const { order, startOf } = byFirstUnit(features);
  const tree = new Float64Array(features.spaces.length + 1);
  const inside = new Float64Array(features.count);
  for (let u = features.spaces.length - 1; u >= 0; u -= 1) {
    for (let at = startOf[u]!; at < startOf[u + 1]!; at += 1) {
      const i = order[at]!;
      for (let node = features.lasts[i]! + 1; node <= features.spaces.length; node += node & -node) tree[node] = tree[node]! + features.weights[i]!;
    }
    for (let at = startOf[u]!; at < startOf[u + 1]!; at += 1) {
      const i = order[at]!;
      let sum = 0;
      for (let node = features.lasts[i]! + 1; node > 0; node -= node & -node) sum += tree[node]!;
      inside[i] = sum;
    }
  }
  return inside;
};

const overlapsAny = (spans: readonly WeightedSpan[], first: number, last: number): boolean => {
  for (const span of spans) if (first <= span.last && span.first <= last) return true;
  return false;
};

/**
 * The k strongest non-overlapping spans among the features' own spans, strongest first (among equals
 * the earlier, then the shorter). A span weighs as much as every feature inside it: "bitch" outweighs
 * its parts "bit" and "tch", and an ordinary word around a strong n-gram pulls the span down.
 */
export const strongestSpans = (features: UnitFeatures, k: number): WeightedSpan[] => {
  const inside = weightsInside(features);
  const { firsts, lasts } = features;
  // Spaces before each unit, so "is this span only spaces" is one subtraction.
  const spacesBefore = new Int32Array(features.spaces.length + 1);
  for (let u = 0; u < features.spaces.length; u += 1) spacesBefore[u + 1] = spacesBefore[u]! + features.spaces[u]!;
  const chosen: WeightedSpan[] = [];
  // k is a handful: k scans for the strongest span clear of those taken beat sorting every candidate.
  while (chosen.length < k) {
    let best = -1;
    for (let i = 0; i < features.count; i += 1) {
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
};
