import { createHash, randomUUID } from 'node:crypto';
import { REPORT_POLICY, reporterWeight } from '../policy/reports';
import { REVIEW_PRIORITY, reviewPriority } from '../policy/review';
import { RULES, type RuleId } from '../policy/rules';
import type { ReviewQueue } from '../review/model';
import { DomainError } from '../shared/errors';
import type { StandingService } from '../standing/standing-service';
import type { RateLimiter, Report, ReportStore, TargetWeight } from './model';

export interface ReportDeps {
  readonly reports: ReportStore;
  readonly rateLimiter: RateLimiter;
  readonly review: ReviewQueue;
  readonly standing: StandingService;
  readonly now: () => Date;
}

export interface ReportInput {
  readonly targetAccountId: string;
  readonly contentId?: string;
  readonly ruleId: RuleId;
  readonly note?: string;
  readonly evidence?: readonly string[];
}

const DAY_MS = 86_400_000;
const digest = (...parts: string[]): string => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);

/** Reports about the same account and content share one review item, whoever filed them. */
export const reviewItemIdFor = (targetAccountId: string, contentId: string | undefined): string => `reports-${digest(targetAccountId, contentId ?? '-')}`;

/**
 * Takes a user's report: deduplicated per reporter, target and content; rate limited per reporter; weighted
 * by the reporter's record; grouped on a review item. When distinct reporters' weight against the target
 * crosses the policy's threshold, the target is restricted pending review.
 */
export const submitReport = async (deps: ReportDeps, reporterId: string, input: ReportInput): Promise<{ reportId: string; duplicate: boolean }> => {
  if (input.targetAccountId === reporterId) throw new DomainError('BadRequest', 'you cannot report yourself');
  const now = deps.now();
  const dedupeKey = digest(reporterId, input.targetAccountId, input.contentId ?? '-');
  const known = await deps.reports.findDuplicate(dedupeKey, now);
  if (known !== null) return { reportId: known, duplicate: true };

  const rate = await deps.rateLimiter.consume(`report:${reporterId}`, REPORT_POLICY.rateLimits, now);
  if (!rate.allowed) throw new DomainError('TooManyRequests', `too many reports; try again in ${rate.retryAfterSeconds} s`, { retryAfterSeconds: rate.retryAfterSeconds });

  const reportId = randomUUID();
  const owner = await deps.reports.claimDedupeKey(dedupeKey, reportId, now, new Date(now.getTime() + REPORT_POLICY.dedupeDays * DAY_MS));
  if (owner !== reportId) return { reportId: owner, duplicate: true };

  const record = await deps.reports.reporterRecord(reporterId);
  const weight = reporterWeight(record.upheld.length, record.rejected.length);
  const reviewItemId = reviewItemIdFor(input.targetAccountId, input.contentId);
  const report: Report = {
    id: reportId,
    reporterId,
    targetAccountId: input.targetAccountId,
    ruleId: input.ruleId,
    evidence: input.evidence ?? [],
    weight,
    reviewItemId,
    createdAt: now.toISOString(),
    ...(input.contentId === undefined ? {} : { contentId: input.contentId }),
    ...(input.note === undefined ? {} : { note: input.note }),
  };
  await deps.reports.save(report);

  const priority = reviewPriority(RULES[input.ruleId].severity, weight);
  await deps.review.enqueue({
    id: reviewItemId,
    kind: 'report',
    status: 'open',
    priority,
    accountId: input.targetAccountId,
    createdAt: report.createdAt,
    details: { ruleId: input.ruleId, ...(input.contentId === undefined ? {} : { contentId: input.contentId }) },
  });
  await deps.review.addReporter(reviewItemId, { reporterId, reportId, weight, at: report.createdAt });

  const { before, after } = await deps.reports.addTargetWeight(input.targetAccountId, { reporterId, weight, at: report.createdAt });
  const windowStart = now.getTime() - REPORT_POLICY.thresholdWindowDays * DAY_MS;
  const weightOf = (entries: readonly TargetWeight[]) => entries.filter((entry) => Date.parse(entry.at) >= windowStart).reduce((sum, entry) => sum + entry.weight, 0);
  const total = weightOf(after);
  // The report that carries the weight over the threshold acts; later ones add weight but change nothing.
  if (total >= REPORT_POLICY.restrictThreshold && weightOf(before) < REPORT_POLICY.restrictThreshold) {
    const windowNumber = Math.floor(now.getTime() / (REPORT_POLICY.thresholdWindowDays * DAY_MS));
    await deps.standing.restrictPendingReview(input.targetAccountId, `reports-threshold:${windowNumber}`, `reports from distinct users weigh ${total.toFixed(1)}`);
    await deps.review.raisePriority(reviewItemId, priority + REVIEW_PRIORITY.thresholdBoost);
  }
  return { reportId, duplicate: false };
};
