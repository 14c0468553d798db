import type { Severity } from './rules';

/** Review-queue ordering: higher first. Appeals wait on a person, so they sit above routine holds. */
export const REVIEW_PRIORITY = {
  appeal: 500,
  /** Added when reports against an account cross the restriction threshold. */
  thresholdBoost: 300,
  escalationBoost: 200,
} as const;

export const REVIEW_POLICY = {
  /** A claim holds an item for this long; after it lapses another moderator may take it. */
  leaseMinutes: 15,
  pageMax: 50,
  /** Priority of an item about an account: its rule's severity weight times the report weight. */
  severityWeight: { low: 1, medium: 2, high: 3, critical: 5 },
  priorityScale: 20,
} as const;

/** Priority of an item: how bad the rule is times how much weight stands behind it. */
export const reviewPriority = (severity: Severity, weight: number): number =>
  Math.round(REVIEW_POLICY.severityWeight[severity] * weight * REVIEW_POLICY.priorityScale);
