import { grow, SpanLog } from '../growable';
import { FeatureWalker, occurrenceValue, type FeatureConfig, type TextSpan } from './features';
import type { SpanRanker } from './strongest-spans';
import { checkTableShape, slotOf, slotWeight, type WeightTable } from './weight-table';

/**
 * Per block of `windowBlock` original characters, the summed weights (per group) of the features whose
 * first unit starts in it, and how many they are, in one pass: every window is then two blocks added,
 * with no n-gram hashed twice. The pass also logs the table slot of every feature it met, so explaining
 * a group's score afterwards ranks the logged features instead of hashing and looking them up again.
 */
export class BlockSums extends FeatureWalker {
  /** sums[block * groupCount + g]: integer sums of the int8 weights, exact in any order. */
  sums = new Int32Array(64);
  counts = new Int32Array(16);
  blocks = 0;
  /** Feature occurrences in the whole text. */
  occurrences = 0;
  private unitBlocks = new Int32Array(1024);

  /**
   * The slot of every feature of the last text, as the walk met them: the character n-grams unit-major
   * (the k-th starting at unit u in charSlots[u * gramsPerUnit + k], charCounts[u] of them), then the
   * word n-grams with the units they cover.
   */
  private charSlots = new Int32Array(4096);
  private charCounts = new Int32Array(1024);
  private readonly gramsPerUnit: number;
  private readonly words = new SpanLog();
  /** What the log was made from: the text and the hidden spans (by identity). */
  private loggedText: string | undefined;
  private loggedMasked: readonly TextSpan[] | undefined;

  constructor(
    config: FeatureConfig,
    protected readonly table: WeightTable,
    protected readonly groupCount: number,
    private readonly windowBlock: number,
  ) {
    super(config);
    checkTableShape(config.bucketBits, table.setBits, groupCount);
    this.gramsPerUnit = config.charMax - config.charMin + 1;
  }

  /** Sums the features of `text`, leaving out those touching `masked`, and logs their slots. */
  add(text: string, masked?: readonly TextSpan[]): void {
    this.fold(text);
    const blocks = Math.max(1, Math.ceil(text.length / this.windowBlock));
    this.sums = grow(this.sums, blocks * this.groupCount);
    this.counts = grow(this.counts, blocks);
    this.sums.fill(0, 0, blocks * this.groupCount);
    this.counts.fill(0, 0, blocks);
    this.unitBlocks = grow(this.unitBlocks, this.unitCount);
    this.charSlots = grow(this.charSlots, this.unitCount * this.gramsPerUnit);
    this.charCounts = grow(this.charCounts, this.unitCount);
    this.charCounts.fill(0, 0, this.unitCount);
    this.words.count = 0;
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
    this.occurrences = this.walkFeatures(masked);
    this.loggedText = text;
    this.loggedMasked = masked;
  }

  /** Whether the last `add` was of this text with these hidden spans, so its log can be ranked. */
  holds(text: string, masked: readonly TextSpan[] | undefined): boolean {
    return text === this.loggedText && masked === this.loggedMasked;
  }

  /**
   * Hands the ranker every logged feature whose first unit starts `within` a span of the original text,
   * with its weight for group g, in the order the walk met them; returns how many there were.
   */
  rank(ranker: SpanRanker, g: number, within: TextSpan): number {
    const from = this.firstUnitFrom(within.start);
    const to = this.firstUnitFrom(within.end);
    ranker.begin(from, this.unitCount);
    const shortest = this.config.charMin - 1;
    let ranked = 0;
    for (let u = from; u < to; u += 1) {
      const count = this.charCounts[u]!;
      for (let k = 0; k < count; k += 1) ranker.add(u, u + shortest + k, slotWeight(this.charSlots[u * this.gramsPerUnit + k]!, g));
      ranked += count;
    }
    const words = this.words;
    for (let w = 0; w < words.count; w += 1) {
      const first = words.firsts[w]!;
      if (first < from || first >= to) continue;
      ranker.add(first, words.lasts[w]!, slotWeight(words.values[w]!, g));
      ranked += 1;
    }
    return ranked;
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

  /**
   * Adds the weights of the `count` character n-grams starting at unit `first` to its block and logs their
   * slots, each group's sum in a register of its own (V8 does not unroll a loop over a group count known
   * only at run time). A slot holds every group's weight.
   */
  protected override charGrams(first: number, count: number): void {
    const { setBits, slots } = this.table;
    const grams = this.grams;
    const logged = first * this.gramsPerUnit;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < count; k += 1) {
      const slot = slotOf(slots, setBits, grams[k]!);
      this.charSlots[logged + k] = slot;
      s0 += slotWeight(slot, 0);
      s1 += slotWeight(slot, 1);
      s2 += slotWeight(slot, 2);
    }
    this.charCounts[first] = count;
    this.addToBlock(this.unitBlocks[first]!, count, s0, s1, s2);
  }

  protected override wordGram(bucket: number, first: number, last: number): void {
    const slot = slotOf(this.table.slots, this.table.setBits, bucket);
    this.words.add(slot, first, last);
    this.addToBlock(this.unitBlocks[first]!, 1, slotWeight(slot, 0), slotWeight(slot, 1), slotWeight(slot, 2));
  }

  /** Adds `count` features weighing s0, s1 and s2 (per group) to a block. */
  private addToBlock(block: number, count: number, s0: number, s1: number, s2: number): void {
    const { groupCount, sums } = this;
    this.counts[block] = this.counts[block]! + count;
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
