import { decide } from './decide';
import { modelFindings } from './model-findings';
import { readRules } from './rule-reading';
import type { TextCheckInput, TextVerdict } from './types';

/**
 * Checks a text against every text rule of the policy, in every language at once: the rules' findings
 * and the learned scorer's (./model-findings) decided together, with evidence spans in the original text.
 */
export const checkText = (input: TextCheckInput): TextVerdict => {
  const reading = readRules(input);
  const learned = modelFindings(input.text, input.surface, reading);
  return decide(learned.length === 0 ? reading.findings : [...reading.findings, ...learned], input.surface);
};

/**
 * Builds (or reads) the lexicon automaton and loads the model, and runs one check through both: what the
 * first check of a process would otherwise pay. Lambdas call it while they initialise, the bench before it times.
 * The text is spaced out so that the words spaced-out runs are split into are gathered too (../match/spaced-words).
 */
export const warmTextEngine = (): void => {
  checkText({ text: 'w a r m up', surface: 'chat' });
};

/** The rules alone, without the learned scorer: what `npm run eval` reports as "rules alone". */
export const checkTextRules = (input: TextCheckInput): TextVerdict => decide(readRules(input).findings, input.surface);
