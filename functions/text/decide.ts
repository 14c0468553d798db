import { POLICY_VERSION, RULE_IDS, RULES, type RuleId, type Surface, type Verdict } from '../policy/rules';
import { SIGNALS, type SignalId } from '../policy/signals';
import { TEXT_THRESHOLDS } from '../policy/text-thresholds';
import type { Evidence, Finding, RuleHit, TextVerdict } from './types';

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { allow: 0, review: 1, block: 2 };

const SIGNAL_IDS = Object.keys(SIGNALS) as SignalId[];
const SIGNAL_INDEX: ReadonlyMap<SignalId, number> = new Map(SIGNAL_IDS.map((signal, s) => [signal, s]));
const RULE_INDEX: ReadonlyMap<RuleId, number> = new Map(RULE_IDS.map((id, r) => [id, r]));
/** Per signal (by index), the rules it evidences, as indices into RULE_IDS. */
const SIGNAL_RULES: readonly (readonly number[])[] = SIGNAL_IDS.map((signal) => SIGNALS[signal].rules.map((id) => RULE_INDEX.get(id)!));

/**
 * Scratch for one call, indexed by signal and by rule (deciding is synchronous): every check decides, and
 * maps and arrays made per call were a good part of what a chat line left for the collector.
 * `doubt[s]` is the product of (1 - confidence) over signal s's findings: independent pieces of evidence
 * combine to 1 - doubt.
 */
const doubt = new Float64Array(SIGNAL_IDS.length);
const acts = new Uint8Array(SIGNAL_IDS.length);
/** The highest confidence of the acting signals behind each rule; -1 when none acts. */
const ruleConfidence = new Float64Array(RULE_IDS.length);
const ruleEvidence: (Evidence[] | undefined)[] = RULE_IDS.map(() => undefined);

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Evidence sorted by position, each span once (sorting keeps a text with thousands of spans linear-logarithmic). */
const distinctSpans = (evidence: Evidence[]): Evidence[] => {
  let ordered = true;
  for (let i = 1; i < evidence.length && ordered; i++) {
    const [before, item] = [evidence[i - 1]!, evidence[i]!];
    ordered = before.start < item.start || (before.start === item.start && before.end < item.end);
  }
  // Mostly one span, or a few already in order: nothing to sort or drop.
  if (ordered) return evidence;
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
  doubt.fill(1);
  for (const finding of findings) {
    const s = SIGNAL_INDEX.get(finding.signal)!;
    doubt[s] = doubt[s]! * (1 - finding.confidence);
  }

  let decision: Verdict = 'allow';
  let support = false;
  ruleConfidence.fill(-1);
  for (let s = 0; s < SIGNAL_IDS.length; s++) {
    acts[s] = 0;
    const policy = SIGNALS[SIGNAL_IDS[s]!];
    const surfaceVerdict = policy.verdict[surface];
    const confidence = Math.min(1, 1 - doubt[s]!);
    if (surfaceVerdict === 'allow' || confidence < TEXT_THRESHOLDS.review) continue;
    acts[s] = 1;
    const verdict: Verdict = confidence >= TEXT_THRESHOLDS.block ? surfaceVerdict : 'review';
    if (VERDICT_ORDER[verdict] > VERDICT_ORDER[decision]) decision = verdict;
    if ('support' in policy && policy.support) support = true;
    for (const r of SIGNAL_RULES[s]!) ruleConfidence[r] = Math.max(ruleConfidence[r]!, confidence);
  }
  if (decision === 'allow') return NOTHING_FOUND;

  // Evidence is gathered only for the signals that act.
  for (const finding of findings) {
    const s = SIGNAL_INDEX.get(finding.signal)!;
    if (acts[s] === 0) continue;
    for (const r of SIGNAL_RULES[s]!) {
      const evidence = (ruleEvidence[r] ??= []);
      for (const item of finding.evidence) evidence.push(item);
    }
  }
  const rules: RuleHit[] = [];
  for (let r = 0; r < RULE_IDS.length; r++) {
    const evidence = ruleEvidence[r];
    if (evidence === undefined) continue;
    ruleEvidence[r] = undefined;
    const id = RULE_IDS[r]!;
    rules.push({ id, severity: RULES[id].severity, confidence: round(ruleConfidence[r]!), evidence: distinctSpans(evidence) });
  }
  return support ? { decision, rules, support: { reason: 'self-harm' }, policyVersion: POLICY_VERSION } : { decision, rules, policyVersion: POLICY_VERSION };
};
