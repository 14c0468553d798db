import { FeatureExtractor, occurrenceValue } from './features';
import type { ModelGroup } from './groups';
import type { TextModel } from './text-model';

/** One n-gram that pushed a score up, located in the ORIGINAL text (end exclusive). */
export interface ScoreEvidence {
  readonly ngram: string;
  readonly start: number;
  readonly end: number;
  /** The share of the group's logit of every feature inside the span. */
  readonly weight: number;
}

export interface ModelScorer {
  readonly model: TextModel;
  /** Probability per group. */
  score(text: string): Readonly<Record<ModelGroup, number>>;
  /** The k strongest non-overlapping n-gram spans pushing `group` up, strongest first. */
  explain(text: string, group: ModelGroup, k: number): ScoreEvidence[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Long texts are also scored in overlapping windows of two blocks (stride one block, in UTF-16 units of
 * the original text), and a group's probability is the highest of the whole text and every window: under
 * the 1/sqrt(occurrences) normalisation one insult in a 1,000-character post would otherwise be diluted
 * to nothing. A window is about as long as the tweets, SMS and comments the model learned from, so its
 * probability means what the thresholds expect. Texts of up to two blocks score exactly as before.
 */
export const WINDOW_BLOCK = 100;

/**
 * Scores texts with one model. The extractor and the sums are reused across calls: scoring allocates
 * only its result once the buffers have grown to the longest text seen.
 */
export const createScorer = (model: TextModel, windowBlock = WINDOW_BLOCK): ModelScorer => {
  const extractor = new FeatureExtractor(model.features);
  const groupCount = model.groups.length;
  const sums = new Float64Array(groupCount);
  const best = new Float64Array(groupCount);
  let blockSums = new Float64Array(16 * groupCount);
  let blockCounts = new Int32Array(16);
  const { weights } = model;
  const biases = model.parameters.map(({ bias }) => bias);
  const scales = model.parameters.map(({ scale }) => scale);

  /** Per block of WINDOW_BLOCK original characters, by where each feature starts: summed weights and occurrences. */
  const sumBlocks = (count: number, blocks: number): void => {
    if (blockCounts.length < blocks) {
      blockCounts = new Int32Array(blocks * 2);
      blockSums = new Float64Array(blocks * 2 * groupCount);
    }
    blockCounts.fill(0, 0, blocks);
    blockSums.fill(0, 0, blocks * groupCount);
    const { buckets, starts } = extractor;
    for (let k = 0; k < count; k += 1) {
      const block = (starts[k]! / windowBlock) | 0;
      const base = buckets[k]! * groupCount;
      const at = block * groupCount;
      blockCounts[block] = blockCounts[block]! + 1;
      for (let g = 0; g < groupCount; g += 1) blockSums[at + g] = blockSums[at + g]! + weights[base + g]!;
    }
  };

  const score = (text: string): Readonly<Record<ModelGroup, number>> => {
    const count = extractor.extract(text);
    const blocks = Math.max(1, Math.ceil(text.length / windowBlock));
    sums.fill(0);
    if (blocks <= 2) {
      const buckets = extractor.buckets;
      for (let k = 0; k < count; k += 1) {
        const base = buckets[k]! * groupCount;
        for (let g = 0; g < groupCount; g += 1) sums[g] = sums[g]! + weights[base + g]!;
      }
      const value = occurrenceValue(count);
      for (let g = 0; g < groupCount; g += 1) best[g] = sums[g]! * value;
    } else {
      sumBlocks(count, blocks);
      for (let b = 0; b < blocks; b += 1) for (let g = 0; g < groupCount; g += 1) sums[g] = sums[g]! + blockSums[b * groupCount + g]!;
      const value = occurrenceValue(count);
      for (let g = 0; g < groupCount; g += 1) best[g] = sums[g]! * value;
      for (let b = 0; b + 1 < blocks; b += 1) {
        const windowValue = occurrenceValue(blockCounts[b]! + blockCounts[b + 1]!);
        for (let g = 0; g < groupCount; g += 1) {
          const logit = (blockSums[b * groupCount + g]! + blockSums[(b + 1) * groupCount + g]!) * windowValue;
          if (logit > best[g]!) best[g] = logit;
        }
      }
    }
    const result = {} as Record<ModelGroup, number>;
    model.groups.forEach((group, g) => {
      result[group] = sigmoid(biases[g]! + best[g]! * scales[g]!);
    });
    return result;
  };

  const explain = (text: string, group: ModelGroup, k: number): ScoreEvidence[] => {
    const g = model.groups.indexOf(group);
    if (g < 0) throw new Error(`the model has no group ${JSON.stringify(group)}`);
    const count = extractor.extract(text);
    const unit = model.parameters[g]!.scale * occurrenceValue(count);
    const { starts, ends } = extractor;
    const byStart = Int32Array.from({ length: count }, (_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
    const firstAtOrAfter = (position: number): number => {
      let [low, high] = [0, count];
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (starts[byStart[middle]!]! < position) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    // A span's weight is that of every feature inside it: "bitch" outweighs its parts "bit" and "tch",
    // and an ordinary word around a strong n-gram pulls the span down.
    const candidates: ScoreEvidence[] = [];
    for (let i = 0; i < count; i += 1) {
      const [start, end] = [starts[i]!, ends[i]!];
      // Padding and spaces alone show a moderator nothing.
      if (text.slice(start, end).trim() === '') continue;
      let weight = 0;
      for (let j = firstAtOrAfter(start); j < count && starts[byStart[j]!]! < end; j += 1) {
        const inner = byStart[j]!;
        if (ends[inner]! <= end) weight += weights[extractor.buckets[inner]! * groupCount + g]! * unit;
      }
      if (weight > 0) candidates.push({ ngram: text.slice(start, end), start, end, weight });
    }
    candidates.sort((a, b) => b.weight - a.weight || a.start - b.start || a.end - b.end);
    const chosen: ScoreEvidence[] = [];
    for (const candidate of candidates) {
      if (chosen.length >= k) break;
      if (!chosen.some((taken) => candidate.start < taken.end && taken.start < candidate.end)) chosen.push(candidate);
    }
    return chosen;
  };

  return { model, score, explain };
};
