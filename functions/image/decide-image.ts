import { RULE_IDS, RULES, type RuleId, type Verdict } from '../policy/rules';
import type { SupportFlag } from '../text/types';
import type { ImageEvidence, ImageFinding, ImageRuleHit } from './types';

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { allow: 0, review: 1, block: 2 };

export interface ImageVerdict {
  readonly decision: Verdict;
  readonly rules: readonly ImageRuleHit[];
  readonly support?: SupportFlag;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Joins what every image detector found: the strictest verdict wins, each rule keeps its highest confidence
 * and all its evidence, and self-harm sets the support flag (the author is offered help, never struck).
 */
export const decideImage = (findings: readonly ImageFinding[]): ImageVerdict => {
  let decision: Verdict = 'allow';
  let support = false;
  const byRule = new Map<RuleId, { confidence: number; evidence: ImageEvidence[] }>();
  for (const finding of findings) {
    if (finding.verdict === 'allow' || finding.rules.length === 0) continue;
    if (VERDICT_ORDER[finding.verdict] > VERDICT_ORDER[decision]) decision = finding.verdict;
    if (finding.support === true) support = true;
    for (const id of finding.rules) {
      const hit = byRule.get(id) ?? { confidence: 0, evidence: [] };
      hit.confidence = Math.max(hit.confidence, finding.confidence);
      hit.evidence.push(...finding.evidence);
      byRule.set(id, hit);
    }
  }
  const rules = RULE_IDS.filter((id) => byRule.has(id)).map((id): ImageRuleHit => {
    const hit = byRule.get(id)!;
    return { id, severity: RULES[id].severity, confidence: round(hit.confidence), evidence: [], image: hit.evidence };
  });
  return { decision, rules, ...(support ? { support: { reason: 'self-harm' as const } } : {}) };
};
