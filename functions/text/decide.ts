import { POLICY_VERSION, RULE_IDS, RULES, type RuleId, type Surface, type Verdict } from '../policy/rules';
import { SIGNALS, type SignalId } from '../policy/signals';
import { TEXT_THRESHOLDS } from '../policy/text-thresholds';
import type { Evidence, Finding, RuleHit, TextVerdict } from './types';

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { allow: 0, review: 1, block: 2 };

/** Independent pieces of evidence for the same signal: 1 - prod(1 - c). */
const combine = (confidences: readonly number[]): number => 1 - confidences.reduce((rest, confidence) => rest * (1 - confidence), 1);

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Evidence sorted by position, each span once (sorting keeps a text with thousands of spans linear-logarithmic). */
const distinctSpans = (evidence: Evidence[]): Evidence[] => {
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  return evidence.filter((item, i) => i === 0 || item.start !== evidence[i - 1]!.start || item.end !== evidence[i - 1]!.end);
};

const NOTHING_FOUND: TextVerdict = Object.freeze({ decision: 'allow', rules: Object.freeze([]), policyVersion: POLICY_VERSION });

/**
 * Applies the policy to what the detectors saw: per signal, the surface's verdict when confidence
 * reaches the block threshold, `review` between the thresholds, nothing below; rules gather the
 * signals that act. Self-harm sets the support flag.
 */
export const decide = (findings: readonly Finding[], surface: Surface): TextVerdict => {
  if (findings.length === 0) return NOTHING_FOUND;
  const bySignal = new Map<SignalId, Finding[]>();
  for (const finding of findings) {
    const same = bySignal.get(finding.signal);
    if (same) same.push(finding);
    else bySignal.set(finding.signal, [finding]);
  }

  let decision: Verdict = 'allow';
  let support = false;
  // Evidence is gathered only for the signals that act.
  const rules = new Map<RuleId, { confidence: number; evidence: Evidence[] }>();
  for (const [signal, same] of bySignal) {
    const policy = SIGNALS[signal];
    const surfaceVerdict = policy.verdict[surface];
    const confidence = Math.min(1, combine(same.map((finding) => finding.confidence)));
    if (surfaceVerdict === 'allow' || confidence < TEXT_THRESHOLDS.review) continue;
    const verdict: Verdict = confidence >= TEXT_THRESHOLDS.block ? surfaceVerdict : 'review';
    if (VERDICT_ORDER[verdict] > VERDICT_ORDER[decision]) decision = verdict;
    if ('support' in policy && policy.support) support = true;
    for (const id of policy.rules) {
      const hit = rules.get(id) ?? { confidence: 0, evidence: [] };
      hit.confidence = Math.max(hit.confidence, confidence);
      for (const finding of same) hit.evidence.push(...finding.evidence);
      rules.set(id, hit);
    }
  }

  const ruleHits: RuleHit[] = RULE_IDS.filter((id) => rules.has(id)).map((id) => {
    const hit = rules.get(id)!;
    return { id, severity: RULES[id].severity, confidence: round(hit.confidence), evidence: distinctSpans(hit.evidence) };
  });
  return { decision, rules: ruleHits, ...(support ? { support: { reason: 'self-harm' as const } } : {}), policyVersion: POLICY_VERSION };
};
