/** A span of normalised units, inclusive. */
export interface UnitSpan {
  readonly first: number;
  readonly last: number;
}

/** Units between two spans (0 when they touch or overlap). */
export const gap = (a: UnitSpan, b: UnitSpan): number => Math.max(0, b.first - a.last - 1, a.first - b.last - 1);

const inOrder = (spans: readonly UnitSpan[]): boolean => {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.first < spans[i - 1]!.first) return false;
  return true;
};

/**
 * Hits of one kind sorted by position, so "the nearest within n units" looks only at the hits that can
 * be that near: a 10,000-character text with thousands of cues stays linear instead of pairing them all.
 */
export class Nearby<T extends UnitSpan> {
  private readonly sorted: readonly T[];
  private readonly longest: number;

  constructor(spans: readonly T[]) {
    // Hits of one tag mostly come in order already: then there is nothing to copy or sort.
    this.sorted = inOrder(spans) ? spans : [...spans].sort((a, b) => a.first - b.first);
    let longest = 0;
    for (const span of spans) longest = Math.max(longest, span.last - span.first + 1);
    this.longest = longest;
  }

  get size(): number {
    return this.sorted.length;
  }

  /** The closest span within `window` units of `span` that `accept` agrees to, or undefined. */
  nearest(span: UnitSpan, window: number, accept: (candidate: T) => boolean = () => true): T | undefined {
    const sorted = this.sorted;
    // Candidates start no earlier than this (they are at most `longest` long) and no later than the window's end.
    const from = this.firstStartingAt(span.first - window - this.longest);
    let best: T | undefined;
    let bestGap = Infinity;
    for (let i = from; i < sorted.length && sorted[i]!.first <= span.last + window + 1; i++) {
      const candidate = sorted[i]!;
      const distance = gap(span, candidate);
      if (distance <= window && distance < bestGap && accept(candidate)) {
        best = candidate;
        bestGap = distance;
      }
    }
    return best;
  }

  private firstStartingAt(unit: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]!.first < unit) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
