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
 * Scores texts with one model. The extractor and the sums are reused across calls: scoring allocates
 * only its result once the buffers have grown to the longest text seen.
 */
export const createScorer = (model: TextModel): ModelScorer => {
  const extractor = new FeatureExtractor(model.features);
  const groupCount = model.groups.length;
  const sums = new Float64Array(groupCount);
  const { weights } = model;

  const score = (text: string): Readonly<Record<ModelGroup, number>> => {
    const count = extractor.extract(text);
    const buckets = extractor.buckets;
    sums.fill(0);
    for (let k = 0; k < count; k += 1) {
      const base = buckets[k]! * groupCount;
      for (let g = 0; g < groupCount; g += 1) sums[g] = sums[g]! + weights[base + g]!;
    }
    const value = occurrenceValue(count);
    const result = {} as Record<ModelGroup, number>;
    model.groups.forEach((group, g) => {
      const { bias, scale } = model.parameters[g]!;
      result[group] = sigmoid(bias + sums[g]! * scale * value);
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
