import { POLICY_VERSION, RULE_IDS, RULES, type RuleId, type Surface, type Verdict } from '../policy/rules';
import { SIGNALS, type SignalId } from '../policy/signals';
import { TEXT_THRESHOLDS } from '../policy/text-thresholds';
import type { Evidence, Finding, RuleHit, TextVerdict } from './types';

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { allow: 0, review: 1, block: 2 };

/** Independent pieces of evidence for the same signal: 1 - prod(1 - c). */
const combine = (confidences: readonly number[]): number => 1 - confidences.reduce((rest, confidence) => rest * (1 - confidence), 1);

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Evidence gathered for one signal or rule, each span once (a set of span keys keeps long texts linear). */
interface EvidenceList {
  readonly evidence: Evidence[];
  readonly spans: Set<number>;
}

const mergeEvidence = (into: EvidenceList, more: readonly Evidence[]): void => {
  for (const evidence of more) {
    // Spans index strings of at most 10,000 characters (the API's limit) - far below 2^26 - so one number keys both ends.
    const key = evidence.start * 0x4000000 + evidence.end;
    if (into.spans.has(key)) continue;
    into.spans.add(key);
    into.evidence.push(evidence);
  }
};

const NOTHING_FOUND: TextVerdict = Object.freeze({ decision: 'allow', rules: Object.freeze([]), policyVersion: POLICY_VERSION });

/**
 * Applies the policy to what the detectors saw: per signal, the surface's verdict when confidence
 * reaches the block threshold, `review` between the thresholds, nothing below; rules gather the
 * signals that act. Self-harm sets the support flag.
 */
export const decide = (findings: readonly Finding[], surface: Surface): TextVerdict => {
  if (findings.length === 0) return NOTHING_FOUND;
  const bySignal = new Map<SignalId, { confidences: number[]; found: EvidenceList }>();
  for (const finding of findings) {
    const entry = bySignal.get(finding.signal) ?? { confidences: [], found: { evidence: [], spans: new Set() } };
    entry.confidences.push(finding.confidence);
    mergeEvidence(entry.found, finding.evidence);
    bySignal.set(finding.signal, entry);
  }

  let decision: Verdict = 'allow';
  let support = false;
  const rules = new Map<RuleId, { confidence: number; found: EvidenceList }>();
  for (const [signal, { confidences, found }] of bySignal) {
    const policy = SIGNALS[signal];
    const surfaceVerdict = policy.verdict[surface];
    const confidence = Math.min(1, combine(confidences));
    if (surfaceVerdict === 'allow' || confidence < TEXT_THRESHOLDS.review) continue;
    const verdict: Verdict = confidence >= TEXT_THRESHOLDS.block ? surfaceVerdict : 'review';
    if (VERDICT_ORDER[verdict] > VERDICT_ORDER[decision]) decision = verdict;
    if ('support' in policy && policy.support) support = true;
    for (const id of policy.rules) {
      const hit = rules.get(id) ?? { confidence: 0, found: { evidence: [], spans: new Set<number>() } };
      hit.confidence = Math.max(hit.confidence, confidence);
      mergeEvidence(hit.found, found.evidence);
      rules.set(id, hit);
    }
  }

  const ruleHits: RuleHit[] = RULE_IDS.filter((id) => rules.has(id)).map((id) => {
    const hit = rules.get(id)!;
    return { id, severity: RULES[id].severity, confidence: round(hit.confidence), evidence: hit.found.evidence.sort((a, b) => a.start - b.start) };
  });
  return { decision, rules: ruleHits, ...(support ? { support: { reason: 'self-harm' as const } } : {}), policyVersion: POLICY_VERSION };
};
