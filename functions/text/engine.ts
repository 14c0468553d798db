import { CONTACT_POLICY } from '../policy/text-thresholds';
import { decide } from './decide';
import { contactFindings } from './detect/contact-findings';
import { lexiconFindings } from './detect/lexicon-findings';
import { termIndex } from './lexicon-index';
import { findTerms } from './match/term-index';
import { normalise } from './normalise/normalise';
import type { Finding, TextCheckInput, TextVerdict } from './types';

/** Spam wording next to a way to reach the sender is the shape of an SMS scam: the spam grows surer. */
const boostSpam = (findings: Finding[]): Finding[] =>
  findings.map((finding) =>
    finding.signal === 'spam' || finding.signal === 'ads' ? { ...finding, confidence: Math.min(1, finding.confidence + CONTACT_POLICY.spamWithContactBoost) } : finding,
  );

/**
 * Checks a text against every text rule of the policy, in every language at once, and returns the
 * decision for its surface with evidence spans in the original text.
 */
export const checkText = (input: TextCheckInput): TextVerdict => {
  // The index first: building it normalises every term, and a normalised text lives in shared buffers.
  const index = termIndex();
  const normalised = normalise(input.text);
  const hits = findTerms(index, normalised);
  const lexical = lexiconFindings(input.text, normalised, hits);
  const contacts = contactFindings(input.text, normalised, hits, input.lang);
  const findings = [...(contacts.reachable ? boostSpam(lexical) : lexical), ...contacts.findings];
  return decide(findings, input.surface);
};
