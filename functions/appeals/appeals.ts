import { createHash } from 'node:crypto';
import type { DecisionStore } from '../decisions/decision';
import { REVIEW_PRIORITY } from '../policy/review';
import type { ReviewQueue } from '../review/model';
import { DomainError } from '../shared/errors';
import type { Standing } from '../standing/model';
import { strikeIdFor } from '../standing/model';
import type { AccountRepository } from '../standing/repository';
import type { StandingService } from '../standing/standing-service';

export interface AppealDeps {
  readonly accounts: AccountRepository;
  readonly decisions: DecisionStore;
  readonly review: ReviewQueue;
  readonly standing: StandingService;
  readonly now: () => Date;
}

export type AppealTarget = { readonly strikeId: string } | { readonly contentId: string };

/** One appeal per account and target: filing twice is a conflict, not a second item. */
const appealIdFor = (accountId: string, target: AppealTarget): string =>
  `appeal-${createHash('sha256').update(`${accountId}\n${'strikeId' in target ? `strike:${target.strikeId}` : `content:${target.contentId}`}`).digest('hex').slice(0, 24)}`;

/** The strike an appeal is about, checked to be the appellant's own. */
const strikeUnderAppeal = async (deps: AppealDeps, accountId: string, target: AppealTarget): Promise<string> => {
  if ('contentId' in target) {
    const decision = await deps.decisions.find(target.contentId);
    if (decision === null) throw new DomainError('NotFound', `no decision for content ${JSON.stringify(target.contentId)}`);
    if (decision.accountId !== accountId) throw new DomainError('Forbidden', 'you can only appeal decisions about your own content');
    return strikeIdFor({ kind: 'content', id: target.contentId });
  }
  const account = await deps.accounts.load(accountId);
  if (!account.strikes.some((strike) => strike.id === target.strikeId)) throw new DomainError('NotFound', `your account has no strike ${JSON.stringify(target.strikeId)}`);
  return target.strikeId;
};

/** Files a user's appeal against one of their strikes or decisions; it lands in the review queue. */
export const fileAppeal = async (deps: AppealDeps, accountId: string, target: AppealTarget, message: string): Promise<{ appealId: string }> => {
  const strikeId = await strikeUnderAppeal(deps, accountId, target);
  const appealId = appealIdFor(accountId, target);
  const outcome = await deps.review.enqueue({
    id: appealId,
    kind: 'appeal',
    status: 'open',
    priority: REVIEW_PRIORITY.appeal,
    accountId,
    createdAt: deps.now().toISOString(),
    details: { strikeId, message, ...('contentId' in target ? { contentId: target.contentId } : {}) },
  });
  if (outcome === 'exists') throw new DomainError('Conflict', `this ${'strikeId' in target ? 'strike' : 'decision'} has been appealed already (${appealId})`);
  return { appealId };
};

export type AppealOutcome = 'grant' | 'deny';

/**
 * A moderator's answer. Exactly one resolution wins; granting voids the strike (audited) and the standing
 * is recomputed from what is left. Re-sending a grant completes one that was cut short.
 */
export const resolveAppeal = async (
  deps: AppealDeps,
  appealId: string,
  resolution: { readonly outcome: AppealOutcome; readonly note: string; readonly moderatorId: string },
): Promise<{ appealId: string; outcome: AppealOutcome; standing: Standing }> => {
  const item = await deps.review.get(appealId);
  if (item === null || item.kind !== 'appeal') throw new DomainError('NotFound', `no appeal ${JSON.stringify(appealId)}`);
  const strikeId = item.details.strikeId ?? '';
  const won = await deps.review.resolve(appealId, { outcome: resolution.outcome, by: resolution.moderatorId, at: deps.now().toISOString(), note: resolution.note });
  if (!won) {
    const outcome = item.resolution?.outcome ?? (await deps.review.get(appealId))?.resolution?.outcome;
    if (outcome !== resolution.outcome || outcome !== 'grant') throw new DomainError('Conflict', `appeal ${appealId} is resolved already (${outcome ?? 'unknown'})`);
  }
  if (resolution.outcome === 'deny') return { appealId, outcome: 'deny', standing: await deps.standing.getStanding(item.accountId) };
  const account = await deps.accounts.load(item.accountId);
  const strike = account.strikes.find((candidate) => candidate.id === strikeId);
  const standing =
    strike !== undefined && strike.voidedAt === undefined
      ? await deps.standing.voidStrike(item.accountId, strikeId, resolution.moderatorId, { appealId, note: resolution.note })
      : await deps.standing.getStanding(item.accountId);
  return { appealId, outcome: 'grant', standing };
};
