import { GROUP_RULES, MODEL_GROUPS } from '../../../functions/text/model/groups';
import { modelThresholds, scoreText } from '../../../functions/text/model/scorer';
import type { TextClassifier } from './types';

/**
 * The learned scorer on its own, at the review thresholds `npm run train` picked for it (best F1 on the
 * validation split): a group at or above its threshold flags the text under the group's rules.
 */
export const modelAloneClassifier = (): TextClassifier => {
  const thresholds = modelThresholds();
  return {
    classify: ({ text }) => {
      const scores = scoreText(text);
      const flaggedGroups = MODEL_GROUPS.filter((group) => scores[group] >= thresholds[group].review);
      return { flagged: flaggedGroups.length > 0, rules: [...new Set(flaggedGroups.flatMap((group) => GROUP_RULES[group]))] };
    },
  };
};
