import type { RestrictionKind } from '../policy/standing';
import type { RuleId } from '../policy/rules';
import type { StrikeSource } from './ports';

export interface Strike {
  /** Derived from the source (`content:c-1`), so the same source can never strike twice. */
  readonly id: string;
  readonly ruleId: RuleId;
  readonly points: number;
  readonly at: string;
  readonly expiresAt: string;
  readonly source: StrikeSource;
  readonly flagrant: boolean;
  readonly actor: string;
  /** Set when an appeal was granted: the strike stays on record but no longer counts. */
  readonly voidedAt?: string;
}

export const MODERATOR_ACTION_KINDS = ['warn', 'mute', 'restrict', 'suspend', 'disable', 'lift', 'reinstate'] as const;
export type ModeratorActionKind = (typeof MODERATOR_ACTION_KINDS)[number];

export interface ModeratorAction {
  readonly id: string;
  readonly kind: ModeratorActionKind;
  readonly at: string;
  /** End of a mute, restriction or suspension. */
  readonly until?: string;
  readonly moderatorId: string;
  readonly ruleId?: RuleId;
  readonly reason: string;
}

export type AccountStatus = 'good' | 'warned' | 'muted' | 'restricted' | 'suspended' | 'disabled';

export interface Restriction {
  readonly kind: RestrictionKind;
  /** `null` for a permanent disable. */
  readonly until: string | null;
  /** True while a moderator has yet to confirm an automatic suspension. */
  readonly pendingReview: boolean;
}

/** A note on the account for moderators and the app, e.g. a link to an account under enforcement. */
export interface AccountFlag {
  readonly id: string;
  readonly kind: 'ban-evasion';
  readonly linkedAccountId: string;
  readonly at: string;
}

export interface Standing {
  readonly accountId: string;
  readonly status: AccountStatus;
  readonly restrictions: readonly Restriction[];
  readonly points: number;
  readonly strikes: readonly Strike[];
  readonly flags: readonly AccountFlag[];
}

/** The raw record of an account: what happened to it. Standing is derived from it and the clock. */
export interface AccountRecord {
  readonly accountId: string;
  readonly strikes: readonly Strike[];
  readonly actions: readonly ModeratorAction[];
  readonly flags: readonly AccountFlag[];
}

/** The strike id for a source: stable across retries. */
export const strikeIdFor = (source: StrikeSource): string => `${source.kind}:${source.id}`;
