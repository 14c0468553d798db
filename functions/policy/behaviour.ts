import type { RuleId, Verdict } from './rules';

/**
 * Behaviour thresholds: what no single message shows but the stream does. Each signal holds the
 * message for review rather than blocking it: a person decides whether it is a bot, a spammer or a pest.
 */
export const BEHAVIOUR_POLICY = {
  velocity: { ruleId: 'C9' as RuleId, perMinute: 30, verdict: 'review' as Verdict },
  fanOut: { ruleId: 'C4' as RuleId, distinctRecipientsPerHour: 10, verdict: 'review' as Verdict },
  unanswered: { ruleId: 'C1' as RuleId, inARow: 15, verdict: 'review' as Verdict },
  /** Counter items outlive their window by this much, then TTL removes them. */
  counterGraceSeconds: 3_600,
  /** An unanswered streak older than this is forgotten. */
  unansweredMemoryDays: 7,
} as const;
