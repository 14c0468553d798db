import { REPORT_POLICY } from '../policy/reports';
import { REVIEW_POLICY, REVIEW_PRIORITY } from '../policy/review';
import { isRuleId, type RuleId } from '../policy/rules';
import type { ReportStore } from '../reports/model';
import { DomainError } from '../shared/errors';
import type { StrikeSource } from '../standing/ports';
import type { StandingService } from '../standing/standing-service';
import type { ReviewItem, ReviewKind, ReviewPage, ReviewQueue } from './model';

export interface ReviewDeps {
  readonly review: ReviewQueue;
  readonly reports: ReportStore;
  readonly standing: StandingService;
  readonly now: () => Date;
}

export type ReviewOutcome = 'uphold' | 'reject' | 'escalate';

const DAY_MS = 86_400_000;

/** The queue in working order: priority, then age. */
export const listReviewItems = (deps: Pick<ReviewDeps, 'review'>, query: { status: ReviewItem['status']; kind?: ReviewKind; limit: number; cursor?: string }): Promise<ReviewPage> =>
  deps.review.list({ ...query, limit: Math.min(query.limit, REVIEW_POLICY.pageMax) });

/** Takes the item for this moderator for the lease period; another moderator's running lease wins. */
export const claimReviewItem = async (deps: Pick<ReviewDeps, 'review' | 'now'>, itemId: string, moderatorId: string): Promise<ReviewItem> => {
  const now = deps.now();
  const outcome = await deps.review.claim(itemId, moderatorId, now, new Date(now.getTime() + REVIEW_POLICY.leaseMinutes * 60_000));
  if ('claimed' in outcome) return outcome.claimed;
  if (outcome.refused === 'not-found') throw new DomainError('NotFound', `no review item ${JSON.stringify(itemId)}`);
  throw new DomainError('Conflict', outcome.refused === 'resolved' ? `review item ${itemId} is resolved already` : `review item ${itemId} is claimed by another moderator`);
};

/** What the item's subject is struck for when upheld, and under which source. */
const strikeOnUphold = (item: ReviewItem, ruleId: RuleId | undefined): { ruleId: RuleId; source: StrikeSource } => {
  const fallback = item.kind === 'ban-evasion' ? 'C8' : item.details.ruleId;
  const rule = ruleId ?? fallback;
  if (rule === undefined || !isRuleId(rule)) throw new DomainError('BadRequest', 'ruleId is required to uphold this item');
  const contentId = item.details.contentId;
  const source: StrikeSource = (item.kind === 'text-decision' || item.kind === 'image-decision') && contentId !== undefined ? { kind: 'content', id: contentId } : { kind: 'report', id: item.id };
  return { ruleId: rule, source };
};

/** Each rejection counts against the reporters; every `falseReportStrikeAfter` rejections within the window is a C2 strike. */
const debitReporters = async (deps: ReviewDeps, item: ReviewItem, at: string): Promise<void> => {
  const windowStart = Date.parse(at) - REPORT_POLICY.falseReportWindowDays * DAY_MS;
  for (const reporter of item.reporters ?? []) {
    const record = await deps.reports.recordOutcome(reporter.reporterId, item.id, 'rejected', at);
    const recent = record.rejected.filter((entry) => Date.parse(entry.at) >= windowStart).length;
    const strikes = Math.floor(recent / REPORT_POLICY.falseReportStrikeAfter);
    if (strikes === 0) continue;
    await deps.standing.applyStrike({
      accountId: reporter.reporterId,
      ruleId: 'C2',
      // Numbered, so the fifth rejection strikes once and the tenth strikes again.
      source: { kind: 'report', id: `false-reports:${reporter.reporterId}:${strikes}` },
      actor: 'system',
      because: { reportId: reporter.reportId },
    });
  }
};

/**
 * A moderator's answer to a claimed item. Uphold strikes the account it is about and credits its
 * reporters; reject debits them; escalate hands it back to the queue with a higher priority.
 */
export const resolveReviewItem = async (
  deps: ReviewDeps,
  itemId: string,
  input: { readonly outcome: ReviewOutcome; readonly ruleId?: RuleId; readonly note: string },
  moderatorId: string,
): Promise<ReviewItem> => {
  const item = await deps.review.get(itemId);
  if (item === null) throw new DomainError('NotFound', `no review item ${JSON.stringify(itemId)}`);
  if (item.kind === 'appeal') throw new DomainError('BadRequest', `appeals are answered with POST /v1/appeals/${itemId}/resolution`);
  const now = deps.now();
  const holdsLease = item.claimedBy === moderatorId && item.leaseUntil !== undefined && Date.parse(item.leaseUntil) > now.getTime();
  if (item.status !== 'open' || !holdsLease) throw new DomainError('Conflict', item.status !== 'open' ? `review item ${itemId} is resolved already` : 'claim the item before resolving it');

  if (input.outcome === 'escalate') {
    await deps.review.release(itemId, moderatorId, item.priority + REVIEW_PRIORITY.escalationBoost);
    return (await deps.review.get(itemId)) ?? item;
  }
  const strike = input.outcome === 'uphold' ? strikeOnUphold(item, input.ruleId) : undefined;
  const at = now.toISOString();
  if (!(await deps.review.resolveClaimed(itemId, { outcome: input.outcome, by: moderatorId, at, note: input.note }))) {
    throw new DomainError('Conflict', `review item ${itemId} was resolved or its lease lapsed`);
  }
  if (strike !== undefined) {
    await deps.standing.applyStrike({ accountId: item.accountId, ruleId: strike.ruleId, source: strike.source, actor: moderatorId, because: { reportId: item.id } });
    for (const reporter of item.reporters ?? []) await deps.reports.recordOutcome(reporter.reporterId, item.id, 'upheld', at);
  } else {
    await debitReporters(deps, item, at);
  }
  return (await deps.review.get(itemId)) ?? item;
};
