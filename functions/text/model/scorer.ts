import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextSpan } from './features';
import type { ModelGroup } from './groups';
import { decodeModel } from './model-format';
import { createScorer, type ModelReading, type ModelScorer, type ScoreEvidence } from './model-scorer';
import type { GroupThresholds } from './text-model';

/**
 * The committed model file, read next to this module under tsx and vitest. A bundled Lambda is one
 * file, so the infra copies the model next to the bundle (NodejsFunction `commandHooks.afterBundling`:
 * `cp <inputDir>/functions/text/model/text-model.bin <outputDir>/text-model.bin`).
 */
export const MODEL_FILE = fileURLToPath(new URL('./text-model.bin', import.meta.url));

let scorer: ModelScorer | undefined;

/** The process-wide scorer, loaded on first use: once per Lambda cold start. */
const defaultScorer = (): ModelScorer => (scorer ??= createScorer(decodeModel(readFileSync(MODEL_FILE))));

/** Probability per rule group that `text` breaks it, from the learned model alone; `hidden` spans do not count. */
export const scoreText = (text: string, hidden?: readonly TextSpan[]): Readonly<Record<ModelGroup, number>> => defaultScorer().score(text, hidden);

/** The scores with each group's strongest window, which `explainScore` can take instead of reading the text again. */
export const readText = (text: string, hidden?: readonly TextSpan[]): ModelReading => defaultScorer().read(text, hidden);

/** readText into the caller's arrays, indexed as MODEL_GROUPS, allocating nothing (see ModelScorer.readInto). */
export const readTextInto = (text: string, hidden: readonly TextSpan[] | undefined, probabilities: Float64Array, windows: Int32Array): void =>
  defaultScorer().readInto(text, hidden, probabilities, windows);

/** The k strongest n-grams behind a group's score, with ORIGINAL-text offsets, for moderator evidence. */
export const explainScore = (text: string, group: ModelGroup, k = 5, hidden?: readonly TextSpan[], window?: number): ScoreEvidence[] =>
  defaultScorer().explain(text, group, k, hidden, window);

/** The thresholds calibrated with the committed model, per group. */
export const modelThresholds = (): Readonly<Record<ModelGroup, GroupThresholds>> => {
  const { model } = defaultScorer();
  return Object.fromEntries(model.groups.map((group, g) => [group, { review: model.parameters[g]!.review, block: model.parameters[g]!.block }])) as Record<ModelGroup, GroupThresholds>;
};
