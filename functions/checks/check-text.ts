import { behaviourSignals, fingerprintOf, type BehaviourLedger, type BehaviourSignal } from '../behaviour/behaviour';
import type { DecisionStore, StoredDecision } from '../decisions/decision';
import { settleDecision, type SettleDeps } from '../decisions/settle-decision';
import { RULES, type Language, type Surface, type Verdict } from '../policy/rules';
import type { RuleHit, TextCheckInput, TextVerdict } from '../text/types';

export interface TextCheckDeps extends SettleDeps {
  readonly decisions: DecisionStore;
  readonly engine: (input: TextCheckInput) => TextVerdict;
  readonly behaviour: BehaviourLedger;
}

export interface TextCheckRequest {
  readonly contentId: string;
  readonly accountId: string;
  readonly surface: Surface;
  readonly text: string;
  readonly lang?: Language;
  readonly recipientId?: string;
}

const SEVERITY: Record<Verdict, number> = { allow: 0, review: 1, block: 2 };
const stricter = (a: Verdict, b: Verdict): Verdict => (SEVERITY[b] > SEVERITY[a] ? b : a);

/** Behaviour signals become rule hits without text evidence; their counts travel in `behaviour`. */
const behaviourHits = (signals: readonly BehaviourSignal[], rules: readonly RuleHit[]): RuleHit[] =>
  signals
    .filter((signal) => !rules.some((rule) => rule.id === signal.ruleId))
    .map((signal) => ({ id: signal.ruleId, severity: RULES[signal.ruleId].severity, confidence: 1, evidence: [] }));

/**
 * Checks a message, post, comment or profile text: the engine's verdict on the text, the behaviour signals
 * of the account's stream, one stored decision per content id (a repeat returns it and counts nothing
 * twice), then its consequences (strike, review, event).
 */
export const checkTextContent = async (deps: TextCheckDeps, request: TextCheckRequest): Promise<StoredDecision> => {
  const known = await deps.decisions.find(request.contentId);
  if (known !== null) return settleDecision(deps, known);

  const verdict = deps.engine({ text: request.text, surface: request.surface, ...(request.lang === undefined ? {} : { lang: request.lang }) });
  const now = deps.now();
  const signals = await behaviourSignals(deps.behaviour, {
    accountId: request.accountId,
    fingerprint: fingerprintOf(request.text),
    at: now,
    ...(request.recipientId === undefined ? {} : { recipientId: request.recipientId }),
  });
  const decision: StoredDecision = {
    contentId: request.contentId,
    accountId: request.accountId,
    kind: 'text',
    surface: request.surface,
    decision: signals.reduce((strictest, signal) => stricter(strictest, signal.verdict), verdict.decision),
    rules: [...verdict.rules, ...behaviourHits(signals, verdict.rules)],
    policyVersion: verdict.policyVersion,
    decidedAt: now.toISOString(),
    ...(verdict.support === undefined ? {} : { support: verdict.support }),
    ...(signals.length === 0 ? {} : { behaviour: signals }),
  };
  const { stored } = await deps.decisions.saveIfAbsent(decision);
  return settleDecision(deps, stored);
};
