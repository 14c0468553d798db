import type { TextCheckInput, TextVerdict } from '../../../functions/text/types';
import type { TextClassifier } from './types';

/** Anything shaped like the engine's `checkText`; tests pass a stub. */
export type CheckText = (input: TextCheckInput) => TextVerdict;

/**
 * Wraps a policy engine: anything but `allow` (review included) counts as flagged. The engine is warmed
 * here, as a Lambda warms it while it initialises: its first check builds the lexicon automaton, which
 * no timed run should include.
 */
export const policyEngineClassifier = (checkText: CheckText): TextClassifier => {
  checkText({ text: 'warm up', surface: 'chat' });
  return {
    classify: (sample) => {
      const verdict = checkText(sample);
      return { flagged: verdict.decision !== 'allow', rules: verdict.rules.map((hit) => hit.id) };
    },
  };
};
