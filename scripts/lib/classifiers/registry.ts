import { badWordsEntry, leoProfanityEntry, obscenityEntry } from './peers';
import type { ClassifierEntry } from './types';

/**
 * Every classifier `npm run eval` and `npm run bench` compare, in column order. A learned scorer joins
 * with one more entry, `rowFilter: TEST_SPLIT` (./row-filters) so it is never scored on its training rows.
 * The engine joins (as `policyEngineClassifier(checkText)`, ./engine) once functions/text/engine.ts exists.
 */
export const TEXT_CLASSIFIERS: readonly ClassifierEntry[] = [obscenityEntry, badWordsEntry, leoProfanityEntry];
