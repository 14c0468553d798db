import type { RuleId } from '../policy/rules';

export interface Report {
  readonly id: string;
  readonly reporterId: string;
  readonly targetAccountId: string;
  readonly contentId?: string;
  readonly ruleId: RuleId;
  readonly note?: string;
  readonly evidence: readonly string[];
  /** The reporter's credibility when they reported. */
  readonly weight: number;
  /** The review item the report is grouped on. */
  readonly reviewItemId: string;
  readonly createdAt: string;
}

export interface ReviewOutcomeEntry {
  readonly reviewItemId: string;
  readonly at: string;
}

/** A reporter's track record: review items where their report was upheld or rejected, with when. */
export interface ReporterRecord {
  readonly upheld: readonly ReviewOutcomeEntry[];
  readonly rejected: readonly ReviewOutcomeEntry[];
}

/** A distinct reporter's weight against a target, for the restriction threshold. */
export interface TargetWeight {
  readonly reporterId: string;
  readonly weight: number;
  readonly at: string;
}

/** Port: reports and what is derived from them. */
export interface ReportStore {
  /** The report id owning this dedupe key while it is live, or null. */
  findDuplicate(dedupeKey: string, now: Date): Promise<string | null>;
  /** Claims the dedupe key for `reportId` unless a live claim exists; returns the owning report id. */
  claimDedupeKey(dedupeKey: string, reportId: string, now: Date, expiresAt: Date): Promise<string>;
  save(report: Report): Promise<void>;
  /** Records the reporter's weight against the target (one entry per reporter, latest wins); returns the entries before and after. */
  addTargetWeight(targetAccountId: string, entry: TargetWeight): Promise<{ readonly before: readonly TargetWeight[]; readonly after: readonly TargetWeight[] }>;
  reporterRecord(reporterId: string): Promise<ReporterRecord>;
  /** Notes a review outcome for a reporter once per review item; returns the record after. */
  recordOutcome(reporterId: string, reviewItemId: string, outcome: 'upheld' | 'rejected', at: string): Promise<ReporterRecord>;
}

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Port: fixed-window counters. */
export interface RateLimiter {
  consume(subject: string, windows: readonly { readonly window: string; readonly seconds: number; readonly max: number }[], now: Date): Promise<RateDecision>;
}
