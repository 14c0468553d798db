import { FeatureWalker, grow, occurrenceValue, type FeatureConfig, type TextSpan } from './features';

/**
 * Per block of `windowBlock` original characters, the summed weights (per group) of the features whose
 * first unit starts in it, and how many they are, in one pass: every window is then two blocks added,
 * with no n-gram hashed twice.
 */
export class BlockSums extends FeatureWalker {
  /** sums[block * groupCount + g]: integer sums of the int8 weights, exact in any order. */
  sums = new Int32Array(64);
  counts = new Int32Array(16);
  blocks = 0;
  /** Feature occurrences in the whole text. */
  occurrences = 0;
  private unitBlocks = new Int32Array(1024);

  constructor(
    config: FeatureConfig,
    protected readonly weights: Int8Array,
    protected readonly groupCount: number,
    private readonly windowBlock: number,
  ) {
    super(config);
  }

  /** Sums the features of `text`, leaving out those touching `masked`. */
  add(text: string, masked?: readonly TextSpan[]): void {
    this.fold(text);
    const blocks = Math.max(1, Math.ceil(text.length / this.windowBlock));
    this.sums = grow(this.sums, blocks * this.groupCount);
    this.counts = grow(this.counts, blocks);
    this.sums.fill(0, 0, blocks * this.groupCount);
    this.counts.fill(0, 0, blocks);
    this.unitBlocks = grow(this.unitBlocks, this.unitCount);
    // The closing padding starts at text.length, which is a block of its own when the length is a multiple of the block.
    for (let u = 0; u < this.unitCount; u += 1) this.unitBlocks[u] = Math.min(blocks - 1, (this.unitStarts[u]! / this.windowBlock) | 0);
    this.blocks = blocks;
    this.occurrences = this.walkFeatures(masked);
  }

  /** The normalised sum of group g over blocks b and b + 1. */
  windowLogit(g: number, b: number): number {
    const { sums, counts, groupCount } = this;
    return (sums[b * groupCount + g]! + sums[(b + 1) * groupCount + g]!) * occurrenceValue(counts[b]! + counts[b + 1]!);
  }

  /**
   * The highest normalised sum of group g over the whole text and every two-block window. A text of two
   * blocks has one window, the whole text itself, so short texts score exactly as the whole-text scorer does.
   */
  bestLogit(g: number): number {
    let whole = 0;
    for (let b = 0; b < this.blocks; b += 1) whole += this.sums[b * this.groupCount + g]!;
    let best = whole * occurrenceValue(this.occurrences);
    for (let b = 0; b + 1 < this.blocks; b += 1) best = Math.max(best, this.windowLogit(g, b));
    return best;
  }

  protected override feature(bucket: number, first: number, _last: number): void {
    const { groupCount, sums, weights, counts } = this;
    const block = this.unitBlocks[first]!;
    counts[block] = counts[block]! + 1;
    const base = bucket * groupCount;
    const at = block * groupCount;
    for (let g = 0; g < groupCount; g += 1) sums[at + g] = sums[at + g]! + weights[base + g]!;
  }

  /** The block a unit of the last text starts in. */
  protected blockOf(unit: number): number {
    return this.unitBlocks[unit]!;
  }
}
