import type { TextCheckInput, TextVerdict } from '../../../functions/text/types';
import type { TextClassifier } from './types';

/** Anything shaped like the engine's `checkText`; tests pass a stub. */
export type CheckText = (input: TextCheckInput) => TextVerdict;

/** Wraps a policy engine: anything but `allow` (review included) counts as flagged. */
export const policyEngineClassifier = (checkText: CheckText): TextClassifier => ({
  classify: (sample) => {
    const verdict = checkText(sample);
    return { flagged: verdict.decision !== 'allow', rules: verdict.rules.map((hit) => hit.id) };
  },
});
