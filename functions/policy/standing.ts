import type { RuleId, Surface } from './rules';

/** Enforcement the app applies, least to most severe. */
export const RESTRICTION_KINDS = ['chat-mute', 'posting-restriction', 'suspension', 'disable'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

export interface LadderStep {
  /** Live points (within the decay window) at which this step applies. */
  readonly minPoints: number;
  /** `null`: a warning only, no restriction. */
  readonly restriction: Exclude<RestrictionKind, 'disable'> | null;
  readonly hours: number;
}

const DAY = 24;

/**
 * The standing policy: how long strikes count, what the points add up to, which rules jump the ladder.
 * The automated path never reaches `disable`: that needs a moderator.
 */
export const STANDING_POLICY = {
  decayDays: 90,
  ladder: [
    { minPoints: 1, restriction: null, hours: 0 },
    { minPoints: 3, restriction: 'chat-mute', hours: 1 * DAY },
    { minPoints: 6, restriction: 'posting-restriction', hours: 7 * DAY },
    { minPoints: 10, restriction: 'suspension', hours: 14 * DAY },
  ] satisfies readonly LadderStep[],
  /** Flagrant strikes suspend at once, pending a moderator's review. */
  flagrantSuspensionHours: 30 * DAY,
  /** How long audit entries are kept before DynamoDB's TTL may drop them. */
  auditRetentionDays: 3 * 365,
} as const;

/** Where and what a strike came from, for the rules whose flagrancy depends on it. */
export interface StrikeContext {
  readonly surface?: Surface;
  readonly contentKind?: 'text' | 'image';
}

/**
 * Fraud (C5) and violent threats (M8) are flagrant anywhere; sexual content (C3) is flagrant when it is an
 * image sent in a 1:1 chat.
 */
export const isFlagrant = (ruleId: RuleId, context: StrikeContext): boolean =>
  ruleId === 'C5' || ruleId === 'M8' || (ruleId === 'C3' && context.surface === 'chat' && context.contentKind === 'image');

/** The ladder step reached with `points` live points, or null below the first step. */
export const ladderStepFor = (points: number): LadderStep | null =>
  [...STANDING_POLICY.ladder].reverse().find((step) => points >= step.minPoints) ?? null;
