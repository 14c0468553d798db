import { FeatureWalker, grow, occurrenceValue, type FeatureConfig, type TextSpan } from './features';
import type { SpanRanker } from './strongest-spans';
import { checkTableShape, slotOf, slotWeight, type WeightTable } from './weight-table';

/** Where a walk that explains a score sends each feature: to a ranker, weighed for one group. */
export interface RankedGroup {
  readonly ranker: SpanRanker;
  readonly group: number;
}

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

  private readonly oneGram = new Int32Array(1);
  private ranked: RankedGroup | undefined;

  constructor(
    config: FeatureConfig,
    protected readonly table: WeightTable,
    protected readonly groupCount: number,
    private readonly windowBlock: number,
  ) {
    super(config);
    checkTableShape(config.bucketBits, table.setBits, groupCount);
  }

  /**
   * Sums the features of `text`, leaving out those touching `masked` and, given `within`, those whose
   * first unit starts outside it. Given a `ranked` ranker, the walk explains instead: the ranker receives
   * every feature with its weight for the ranked group, and the sums stay empty. (One class sums and
   * ranks, so the walk's calls to it stay monomorphic and inlined.)
   */
  add(text: string, masked?: readonly TextSpan[], within?: TextSpan, ranked?: RankedGroup): void {
    this.ranked = ranked;
    this.fold(text);
    ranked?.ranker.begin(this.firstUnitWithin(within), this.unitCount);
    const blocks = Math.max(1, Math.ceil(text.length / this.windowBlock));
    this.sums = grow(this.sums, blocks * this.groupCount);
    this.counts = grow(this.counts, blocks);
    this.sums.fill(0, 0, blocks * this.groupCount);
    this.counts.fill(0, 0, blocks);
    this.unitBlocks = grow(this.unitBlocks, this.unitCount);
    // Unit starts never decrease, so blocks are counted up rather than divided out per unit. The closing
    // padding starts at text.length, which is a block of its own when the length is a multiple of the block.
    for (let u = 0, block = 0, blockEnd = this.windowBlock; u < this.unitCount; u += 1) {
      while (this.unitStarts[u]! >= blockEnd && block < blocks - 1) {
        block += 1;
        blockEnd += this.windowBlock;
      }
      this.unitBlocks[u] = block;
    }
    this.blocks = blocks;
    this.occurrences = this.walkFeatures(masked, within);
    this.ranked = undefined;
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

  protected override charGrams(first: number, count: number): void {
    if (this.ranked === undefined) {
      this.addWeights(this.unitBlocks[first]!, this.grams, count);
      return;
    }
    // A walk that explains ranks one group's features; the sums are the read's, already taken.
    const shortest = first + this.config.charMin - 1;
    for (let k = 0; k < count; k += 1) this.ranked.ranker.add(first, shortest + k, this.rankedWeight(this.grams[k]!));
  }

  protected override wordGram(bucket: number, first: number, last: number): void {
    if (this.ranked === undefined) {
      this.oneGram[0] = bucket;
      this.addWeights(this.unitBlocks[first]!, this.oneGram, 1);
      return;
    }
    this.ranked.ranker.add(first, last, this.rankedWeight(bucket));
  }

  /** A bucket's weight for the group an explaining walk ranks. */
  private rankedWeight(bucket: number): number {
    return slotWeight(slotOf(this.table.slots, this.table.setBits, bucket), this.ranked!.group);
  }

  /**
   * Adds the weights of `count` buckets to a block and counts them there, each group in a register of
   * its own (V8 does not unroll a loop over a group count known only at run time). A slot holds every
   * group's weight.
   */
  private addWeights(block: number, buckets: Int32Array, count: number): void {
    const { groupCount, sums } = this;
    this.counts[block] = this.counts[block]! + count;
    const { setBits, slots } = this.table;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < count; k += 1) {
      const slot = slotOf(slots, setBits, buckets[k]!);
      s0 += slotWeight(slot, 0);
      s1 += slotWeight(slot, 1);
      s2 += slotWeight(slot, 2);
    }
    const at = block * groupCount;
    sums[at] = sums[at]! + s0;
    if (groupCount > 1) sums[at + 1] = sums[at + 1]! + s1;
    if (groupCount > 2) sums[at + 2] = sums[at + 2]! + s2;
  }

  /**
   * The first block of the two-block window where group g weighs the most, or -1 for a text of two
   * blocks or fewer (its one window is the whole text).
   */
  strongestWindow(g: number): number {
    if (this.blocks <= 2) return -1;
    let best = 0;
    for (let b = 1; b + 1 < this.blocks; b += 1) if (this.windowLogit(g, b) > this.windowLogit(g, best)) best = b;
    return best;
  }
}
