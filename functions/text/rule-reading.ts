import { CONTACT_POLICY } from '../policy/text-thresholds';
import { amountHits } from './detect/amounts';
import { contactFindings } from './detect/contact-findings';
import { lexiconFindings } from './detect/lexicon-findings';
import type { UnitSpan } from './detect/nearby';
import { termIndex } from './lexicon-index';
import { findTerms } from './match/term-index';
import { normalise } from './normalise/normalise';
import type { Finding, RuleReading, TextCheckInput } from './types';

/** Spam wording next to a way to reach the sender is the shape of an SMS scam: the spam grows surer. */
const boostSpam = (findings: readonly Finding[]): Finding[] =>
  findings.map((finding) =>
    finding.signal === 'spam' || finding.signal === 'ads' ? { ...finding, confidence: Math.min(1, finding.confidence + CONTACT_POLICY.spamWithContactBoost) } : finding,
  );

/**
 * Reads a text with every rule detector (lexicons of every language, cues, contacts, links), with
 * evidence spans in the original text.
 */
export const readRules = (input: Pick<TextCheckInput, 'text' | 'lang'>): RuleReading => {
  // The index first: building it normalises every term, and a normalised text lives in shared buffers.
  const index = termIndex();
  const normalised = normalise(input.text);
  const excused: UnitSpan[] = [];
  const hits = findTerms(index, normalised, excused);
  hits.push(...amountHits(input.text, normalised));
  const lexical = lexiconFindings(input.text, normalised, hits);
  const contacts = contactFindings(input.text, normalised, hits, input.lang);
  const lexicalFindings = contacts.reachable ? boostSpam(lexical.findings) : lexical.findings;
  const findings = contacts.findings.length === 0 ? lexicalFindings : [...lexicalFindings, ...contacts.findings];
  const cleared = excused.length === 0 ? lexical.cleared : [...lexical.cleared, ...excused.map(({ first, last }) => ({ start: normalised.starts[first]!, end: normalised.ends[last]! }))];
  return { findings, cleared, hits };
};
