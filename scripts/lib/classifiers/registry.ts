import { policyEngineClassifier } from './engine';
import { badWordsEntry, leoProfanityEntry, obscenityEntry } from './peers';
import type { ClassifierEntry } from './types';

/** Our policy engine: every text rule, every language. */
const engineEntry: ClassifierEntry = {
  name: 'engine',
  reportsRules: true,
  create: async () => policyEngineClassifier((await import('../../../functions/text/engine')).checkText),
};

/**
 * Every classifier `npm run eval` and `npm run bench` compare, in column order. A learned scorer joins
 * with one more entry, `rowFilter: TEST_SPLIT` (./row-filters) so it is never scored on its training rows.
 */
export const TEXT_CLASSIFIERS: readonly ClassifierEntry[] = [engineEntry, obscenityEntry, badWordsEntry, leoProfanityEntry];
