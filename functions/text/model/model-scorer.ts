import { BlockSums } from './block-sums';
import type { TextSpan } from './features';
import { GroupEvidence, type ScoreEvidence } from './group-evidence';
import { MODEL_GROUPS, type ModelGroup } from './groups';
import type { TextModel } from './text-model';

export type { ScoreEvidence } from './group-evidence';

export type GroupScores = Readonly<Record<ModelGroup, number>>;

/** A text as the model read it: probability per group, and where each group weighs the most. */
export interface ModelReading {
  readonly scores: GroupScores;
  /** Per group, the first block of its strongest two-block window; -1 when the text is no longer than a window. */
  readonly windows: Readonly<Record<ModelGroup, number>>;
}

export interface ModelScorer {
  readonly model: TextModel;
  /** Probability per group and strongest windows; features touching a `hidden` span do not count. */
  read(text: string, hidden?: readonly TextSpan[]): ModelReading;
  /**
   * The same into the caller's arrays, indexed as MODEL_GROUPS (a group the model lacks reads 0 and -1),
   * allocating nothing: the engine reads every text it checks this way.
   */
  readInto(text: string, hidden: readonly TextSpan[] | undefined, probabilities: Float64Array, windows: Int32Array): void;
  /** Probability per group; features touching a `hidden` span do not count. */
  score(text: string, hidden?: readonly TextSpan[]): GroupScores;
  /**
   * The k strongest non-overlapping n-gram spans pushing `group` up in its strongest window (give the
   * `window` a `read` of the same text and hidden spans found, and the text is not walked twice), strongest first.
   */
  explain(text: string, group: ModelGroup, k: number, hidden?: readonly TextSpan[], window?: number): ScoreEvidence[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Long texts are also scored in overlapping windows of two blocks (stride one block, in UTF-16 units of
 * the original text), and a group's probability is the highest of the whole text and every window: under
 * the 1/sqrt(occurrences) normalisation one insult in a 1,000-character post would otherwise be diluted
 * to nothing. A window is about as long as the tweets, SMS and comments the model learned from, so its
 * probability means what the thresholds expect. Texts of up to two blocks score exactly as before.
 * Evidence comes from a group's strongest window, where one insult in a long post stands out.
 */
export const WINDOW_BLOCK = 100;

/**
 * Scores texts with one model. The walkers and their sums are reused across calls: scoring allocates
 * only its result once the buffers have grown to the longest text seen.
 */
export const createScorer = (model: TextModel, windowBlock = WINDOW_BLOCK): ModelScorer => {
  const groupCount = model.groups.length;
  const blockSums = new BlockSums(model.features, model.table, groupCount, windowBlock);
  const evidence = new GroupEvidence(blockSums);

  // Per group of MODEL_GROUPS, its index in the model, or -1.
  const modelIndex = MODEL_GROUPS.map((group) => model.groups.indexOf(group));

  const readInto = (text: string, hidden: readonly TextSpan[] | undefined, probabilities: Float64Array, windows: Int32Array): void => {
    blockSums.add(text, hidden);
    for (let k = 0; k < MODEL_GROUPS.length; k += 1) {
      const g = modelIndex[k]!;
      probabilities[k] = g < 0 ? 0 : sigmoid(model.parameters[g]!.bias + blockSums.bestLogit(g) * model.parameters[g]!.scale);
      windows[k] = g < 0 ? -1 : blockSums.strongestWindow(g);
    }
  };

  const read = (text: string, hidden?: readonly TextSpan[]): ModelReading => {
    const [probabilities, windows] = [new Float64Array(MODEL_GROUPS.length), new Int32Array(MODEL_GROUPS.length)];
    readInto(text, hidden, probabilities, windows);
    // The model's own groups only.
    const of = (values: ArrayLike<number>) => Object.fromEntries(model.groups.map((group) => [group, values[MODEL_GROUPS.indexOf(group)]!])) as Record<ModelGroup, number>;
    return { scores: of(probabilities), windows: of(windows) };
  };

  const explain = (text: string, group: ModelGroup, k: number, hidden?: readonly TextSpan[], window = read(text, hidden).windows[group]): ScoreEvidence[] => {
    const g = model.groups.indexOf(group);
    if (g < 0) throw new Error(`the model has no group ${JSON.stringify(group)}`);
    // The last window also holds the closing padding, which starts at text.length.
    const within = window < 0 ? { start: 0, end: Infinity } : { start: window * windowBlock, end: (window + 2) * windowBlock >= text.length ? Infinity : (window + 2) * windowBlock };
    return evidence.explain(text, g, model.parameters[g]!.scale, k, hidden, within);
  };

  return { model, read, readInto, score: (text, hidden) => read(text, hidden).scores, explain };
};
