/** Reports, credibility and the review queue, as data: ops tune enforcement here, not in code. */
export const REPORT_POLICY = {
  /** The same reporter, target and content within this window is one report. */
  dedupeDays: 30,
  rateLimits: [
    { window: 'hour', seconds: 3_600, max: 20 },
    { window: 'day', seconds: 86_400, max: 100 },
  ],
  noteMaxChars: 1_000,
  evidenceMax: 20,
  /**
   * A reporter's weight is their record smoothed toward 1: (upheld + 1) / (rejected + 1), capped. A new
   * reporter weighs 1; a reliable one up to `maxWeight`; one whose reports keep being rejected tends to 0.
   */
  maxWeight: 2,
  /** Weight from distinct reporters within the window that restricts the target pending review. */
  restrictThreshold: 5,
  thresholdWindowDays: 7,
  /** How long the pending-review posting restriction lasts if no moderator gets to it. */
  pendingReviewRestrictionHours: 72,
  /** Rejected reports within the window that make the reporter's own behaviour a C2 strike. */
  falseReportStrikeAfter: 5,
  falseReportWindowDays: 30,
} as const;

/** Weight of a reporter from their record. */
export const reporterWeight = (upheld: number, rejected: number): number => Math.min(REPORT_POLICY.maxWeight, (upheld + 1) / (rejected + 1));
