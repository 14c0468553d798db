import { POLICY_VERSION, RULE_IDS, RULES, type RuleId, type Surface, type Verdict } from '../policy/rules';
import { SIGNALS, type SignalId } from '../policy/signals';
import { TEXT_THRESHOLDS } from '../policy/text-thresholds';
import type { Evidence, Finding, RuleHit, TextVerdict } from './types';

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { allow: 0, review: 1, block: 2 };

/** Independent pieces of evidence for the same signal: 1 - prod(1 - c). */
const combine = (confidences: readonly number[]): number => 1 - confidences.reduce((rest, confidence) => rest * (1 - confidence), 1);

const round = (value: number): number => Math.round(value * 1000) / 1000;

const mergeEvidence = (into: Evidence[], more: readonly Evidence[]): void => {
  for (const evidence of more) if (!into.some((known) => known.start === evidence.start && known.end === evidence.end)) into.push(evidence);
};

const NOTHING_FOUND: TextVerdict = Object.freeze({ decision: 'allow', rules: Object.freeze([]), policyVersion: POLICY_VERSION });

/**
 * Applies the policy to what the detectors saw: per signal, the surface's verdict when confidence
 * reaches the block threshold, `review` between the thresholds, nothing below; rules gather the
 * signals that act. Self-harm sets the support flag.
 */
export const decide = (findings: readonly Finding[], surface: Surface): TextVerdict => {
  if (findings.length === 0) return NOTHING_FOUND;
  const bySignal = new Map<SignalId, { confidences: number[]; evidence: Evidence[] }>();
  for (const finding of findings) {
    const entry = bySignal.get(finding.signal) ?? { confidences: [], evidence: [] };
    entry.confidences.push(finding.confidence);
    mergeEvidence(entry.evidence, finding.evidence);
    bySignal.set(finding.signal, entry);
  }

  let decision: Verdict = 'allow';
  let support = false;
  const rules = new Map<RuleId, { confidence: number; evidence: Evidence[] }>();
  for (const [signal, { confidences, evidence }] of bySignal) {
    const policy = SIGNALS[signal];
    const surfaceVerdict = policy.verdict[surface];
    const confidence = Math.min(1, combine(confidences));
    if (surfaceVerdict === 'allow' || confidence < TEXT_THRESHOLDS.review) continue;
    const verdict: Verdict = confidence >= TEXT_THRESHOLDS.block ? surfaceVerdict : 'review';
    if (VERDICT_ORDER[verdict] > VERDICT_ORDER[decision]) decision = verdict;
    if ('support' in policy && policy.support) support = true;
    for (const id of policy.rules) {
      const hit = rules.get(id) ?? { confidence: 0, evidence: [] };
      hit.confidence = Math.max(hit.confidence, confidence);
      mergeEvidence(hit.evidence, evidence);
      rules.set(id, hit);
    }
  }

  const ruleHits: RuleHit[] = RULE_IDS.filter((id) => rules.has(id)).map((id) => {
    const hit = rules.get(id)!;
    return { id, severity: RULES[id].severity, confidence: round(hit.confidence), evidence: [...hit.evidence].sort((a, b) => a.start - b.start) };
  });
  return { decision, rules: ruleHits, ...(support ? { support: { reason: 'self-harm' as const } } : {}), policyVersion: POLICY_VERSION };
};
