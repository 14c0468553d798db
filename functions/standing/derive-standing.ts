import { ladderStepFor, RESTRICTION_KINDS, STANDING_POLICY, type RestrictionKind } from '../policy/standing';
import type { AccountRecord, AccountStatus, ModeratorAction, Restriction, Standing, Strike } from './model';

const HOUR_MS = 3_600_000;

interface TimedRestriction {
  readonly kind: RestrictionKind;
  readonly from: number;
  /** Infinity for a permanent disable. */
  readonly until: number;
  readonly pendingReview: boolean;
}

const counts = (strike: Strike, now: number): boolean => strike.voidedAt === undefined && Date.parse(strike.expiresAt) > now;

/** Replays live strikes in order: each one puts the account on the ladder step its running total reaches. */
const restrictionsFromStrikes = (live: readonly Strike[]): TimedRestriction[] => {
  const restrictions: TimedRestriction[] = [];
  let runningPoints = 0;
  for (const strike of [...live].sort((a, b) => a.at.localeCompare(b.at))) {
    runningPoints += strike.points;
    const from = Date.parse(strike.at);
    const step = ladderStepFor(runningPoints);
    if (step?.restriction) restrictions.push({ kind: step.restriction, from, until: from + step.hours * HOUR_MS, pendingReview: false });
    if (strike.flagrant) restrictions.push({ kind: 'suspension', from, until: from + STANDING_POLICY.flagrantSuspensionHours * HOUR_MS, pendingReview: true });
  }
  return restrictions;
};

const ACTION_RESTRICTION: Partial<Record<ModeratorAction['kind'], RestrictionKind>> = {
  mute: 'chat-mute',
  restrict: 'posting-restriction',
  suspend: 'suspension',
  disable: 'disable',
};

const restrictionFromAction = (action: ModeratorAction): TimedRestriction | null => {
  const kind = ACTION_RESTRICTION[action.kind];
  if (kind === undefined) return null;
  const until = kind === 'disable' ? Infinity : Date.parse(action.until ?? action.at);
  return { kind, from: Date.parse(action.at), until, pendingReview: false };
};

/** `lift` ends every restriction that began before it; `reinstate` does the same and also ends a disable. */
const survivesLifts = (restriction: TimedRestriction, actions: readonly ModeratorAction[]): boolean =>
  !actions.some((action) => {
    const at = Date.parse(action.at);
    if (at < restriction.from) return false;
    return action.kind === 'reinstate' || (action.kind === 'lift' && restriction.kind !== 'disable');
  });

const STATUS_FOR: Record<RestrictionKind, AccountStatus> = {
  'chat-mute': 'muted',
  'posting-restriction': 'restricted',
  suspension: 'suspended',
  disable: 'disabled',
};

/**
 * An account's standing now, from its strikes, the moderators' actions and the clock. Nothing is stored
 * about it, so restrictions expire and strikes decay without a scheduled job, and concurrent writers
 * never contend on a version.
 */
export const deriveStanding = (record: AccountRecord, now: Date): Standing => {
  const nowMs = now.getTime();
  const live = record.strikes.filter((strike) => counts(strike, nowMs));
  const timed = [...restrictionsFromStrikes(live), ...record.actions.map(restrictionFromAction).filter((r): r is TimedRestriction => r !== null)];
  const active = timed.filter((restriction) => restriction.until > nowMs && survivesLifts(restriction, record.actions));

  const restrictions: Restriction[] = [];
  for (const kind of RESTRICTION_KINDS) {
    const ofKind = active.filter((restriction) => restriction.kind === kind);
    if (ofKind.length === 0) continue;
    const until = Math.max(...ofKind.map((restriction) => restriction.until));
    restrictions.push({
      kind,
      until: until === Infinity ? null : new Date(until).toISOString(),
      pendingReview: ofKind.some((restriction) => restriction.pendingReview && restriction.until === until),
    });
  }
  const mostSevere = restrictions.at(-1);
  const warned = live.length > 0 || record.actions.some((action) => action.kind === 'warn' && nowMs - Date.parse(action.at) < STANDING_POLICY.decayDays * 24 * HOUR_MS);
  return {
    accountId: record.accountId,
    status: mostSevere === undefined ? (warned ? 'warned' : 'good') : STATUS_FOR[mostSevere.kind],
    restrictions,
    points: live.reduce((sum, strike) => sum + strike.points, 0),
    strikes: [...record.strikes].sort((a, b) => b.at.localeCompare(a.at)),
    flags: record.flags,
  };
};
