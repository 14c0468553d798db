import { BlockSums } from './block-sums';
import type { TextSpan } from './features';
import { GroupEvidence, type ScoreEvidence } from './group-evidence';
import type { ModelGroup } from './groups';
import type { TextModel } from './text-model';

export type { ScoreEvidence } from './group-evidence';

export type GroupScores = Readonly<Record<ModelGroup, number>>;

export interface ModelScorer {
  readonly model: TextModel;
  /** Probability per group; features touching a `masked` span do not count. */
  score(text: string, masked?: readonly TextSpan[]): GroupScores;
  /** The k strongest non-overlapping n-gram spans pushing `group` up, strongest first. */
  explain(text: string, group: ModelGroup, k: number, masked?: readonly TextSpan[]): ScoreEvidence[];
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
 * Scores texts with one model. The walkers and their sums are reused across calls: scoring allocates
 * only its result once the buffers have grown to the longest text seen.
 */
export const createScorer = (model: TextModel, windowBlock = WINDOW_BLOCK): ModelScorer => {
  const groupCount = model.groups.length;
  const blockSums = new BlockSums(model.features, model.weights, groupCount, windowBlock);
  const evidence = new GroupEvidence(model.features, model.weights, groupCount, windowBlock);

  const score = (text: string, masked?: readonly TextSpan[]): GroupScores => {
    blockSums.add(text, masked);
    const result = {} as Record<ModelGroup, number>;
    model.groups.forEach((group, g) => {
      const { bias, scale } = model.parameters[g]!;
      result[group] = sigmoid(bias + blockSums.bestLogit(g) * scale);
    });
    return result;
  };

  const explain = (text: string, group: ModelGroup, k: number, masked?: readonly TextSpan[]): ScoreEvidence[] => {
    const g = model.groups.indexOf(group);
    if (g < 0) throw new Error(`the model has no group ${JSON.stringify(group)}`);
    return evidence.explain(text, g, model.parameters[g]!.scale, k, masked);
  };

  return { model, score, explain };
};
