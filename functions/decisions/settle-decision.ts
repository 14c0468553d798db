import type { EventPublisher } from '../events/ports';
import { reviewPriority } from '../policy/review';
import { RULES, type RuleId } from '../policy/rules';
import type { ReviewQueue } from '../review/model';
import type { StandingService } from '../standing/standing-service';
import type { DecisionStore, StoredDecision } from './decision';

export interface SettleDeps {
  readonly decisions: DecisionStore;
  readonly standing: Pick<StandingService, 'applyStrike'>;
  readonly review: ReviewQueue;
  readonly events: EventPublisher;
  readonly now: () => Date;
}

/** The rule a decision strikes under: the costliest one that fired. */
const costliestRule = (decision: StoredDecision): RuleId | undefined =>
  [...decision.rules].sort((a, b) => RULES[b.id].strikePoints - RULES[a.id].strikePoints)[0]?.id;

/**
 * Applies what a decision implies, once: a block strikes the author (never for self-harm support cases),
 * a review goes to the queue, and the app hears of it. Every step is idempotent, and the decision is marked
 * settled only after all of them, so a retry after a crash finishes the job without doubling anything.
 */
export const settleDecision = async (deps: SettleDeps, decision: StoredDecision): Promise<StoredDecision> => {
  if (decision.settledAt !== undefined) return decision;
  const ruleId = costliestRule(decision);
  if (decision.decision === 'block' && decision.support === undefined && ruleId !== undefined) {
    await deps.standing.applyStrike({
      accountId: decision.accountId,
      ruleId,
      source: { kind: 'content', id: decision.contentId },
      actor: 'system',
      because: { contentId: decision.contentId },
      context: { surface: decision.surface, contentKind: decision.kind },
    });
  }
  if (decision.decision === 'review' && ruleId !== undefined) {
    await deps.review.enqueue({
      id: `${decision.kind}-${decision.contentId}`,
      kind: decision.kind === 'text' ? 'text-decision' : 'image-decision',
      status: 'open',
      priority: reviewPriority(RULES[ruleId].severity, 1),
      accountId: decision.accountId,
      createdAt: decision.decidedAt,
      details: { contentId: decision.contentId, ruleId, surface: decision.surface },
    });
  }
  await deps.events.publish({
    type: 'DecisionMade',
    contentId: decision.contentId,
    accountId: decision.accountId,
    kind: decision.kind,
    decision: decision.decision,
    ruleIds: decision.rules.map((rule) => rule.id),
    at: decision.decidedAt,
  });
  const settledAt = deps.now().toISOString();
  await deps.decisions.markSettled(decision.contentId, settledAt);
  return { ...decision, settledAt };
};
