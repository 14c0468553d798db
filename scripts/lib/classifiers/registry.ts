import { policyEngineClassifier } from './engine';
import { badWordsEntry, leoProfanityEntry, obscenityEntry } from './peers';
import { TEST_SPLIT } from './row-filters';
import type { ClassifierEntry } from './types';

/**
 * The engine module, warmed as a Lambda warms it while it initialises: its first check builds the lexicon
 * automaton, which no timed run should include.
 */
const warmedEngine = async (): Promise<typeof import('../../../functions/text/engine')> => {
  const engine = await import('../../../functions/text/engine');
  engine.warmTextEngine();
  return engine;
};

/** Our policy engine as it ships: the rules and the learned scorer decided together, every language. */
const engineEntry: ClassifierEntry = {
  name: 'engine',
  reportsRules: true,
  create: async () => policyEngineClassifier((await warmedEngine()).checkText),
  // The learned scorer trained on the other splits.
  rowFilter: TEST_SPLIT,
};

/** The engine without the learned scorer: lexicons, cues, contacts and links. */
const rulesAloneEntry: ClassifierEntry = {
  name: 'rules alone',
  reportsRules: true,
  create: async () => policyEngineClassifier((await warmedEngine()).checkTextRules),
};

/** The learned scorer without the rules, at its own trained thresholds. */
const modelAloneEntry: ClassifierEntry = {
  name: 'model alone',
  reportsRules: true,
  create: async () => (await import('./model-alone')).modelAloneClassifier(),
  rowFilter: TEST_SPLIT,
};

/** Every classifier `npm run eval` and `npm run bench` compare, in column order. */
export const TEXT_CLASSIFIERS: readonly ClassifierEntry[] = [engineEntry, rulesAloneEntry, modelAloneEntry, obscenityEntry, badWordsEntry, leoProfanityEntry];
