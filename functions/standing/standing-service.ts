import type { EventPublisher } from '../events/ports';
import { RULES, type RuleId } from '../policy/rules';
import { REPORT_POLICY } from '../policy/reports';
import { isFlagrant, STANDING_POLICY, type StrikeContext } from '../policy/standing';
import { DomainError } from '../shared/errors';
import { deriveStanding } from './derive-standing';
import { strikeIdFor, type AccountFlag, type AccountRecord, type ModeratorAction, type ModeratorActionKind, type Standing, type Strike } from './model';
import type { StrikeRecorder, StrikeRequest } from './ports';
import type { AccountRepository, AuditEvent, AuditLog, AuditPage } from './repository';

export interface StandingDeps {
  readonly accounts: AccountRepository;
  readonly audit: AuditLog;
  readonly events: EventPublisher;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Called when an account becomes suspended or disabled (linked accounts get a ban-evasion review). */
  readonly onEnforced?: (accountId: string, status: 'suspended' | 'disabled') => Promise<void>;
}

export interface ActionInput {
  readonly kind: ModeratorActionKind;
  readonly until?: string;
  readonly ruleId?: RuleId;
  readonly reason: string;
}

const DAY_MS = 86_400_000;
const TIMED_KINDS: readonly ModeratorActionKind[] = ['mute', 'restrict', 'suspend'];
/** Moderator actions that, given a rule, also put a strike on the record. */
const STRIKING_KINDS: readonly ModeratorActionKind[] = ['warn', 'mute', 'restrict', 'suspend', 'disable'];

export interface StandingService extends StrikeRecorder {
  applyStrike(request: StrikeRequest & { readonly context?: StrikeContext }): Promise<{ readonly strikeId: string; readonly created: boolean }>;
  getStanding(accountId: string): Promise<Standing>;
  takeAction(accountId: string, input: ActionInput, moderatorId: string): Promise<Standing>;
  /** Voids a strike after a granted appeal; NotFound if the account has no such live strike. */
  voidStrike(accountId: string, strikeId: string, moderatorId: string, why: Readonly<Record<string, string>>): Promise<Standing>;
  listAudit(accountId: string, page: { readonly limit: number; readonly cursor?: string }): Promise<AuditPage>;
  /** The system restricts posting until a moderator looks, once per `causeId`. */
  restrictPendingReview(accountId: string, causeId: string, reason: string): Promise<Standing>;
  /** Notes a flag on the account (shown in its standing), once per flag id. */
  flag(accountId: string, flag: AccountFlag): Promise<void>;
}

/**
 * The system of record for strikes and enforcement. Each change is one conditional item write; the audit
 * entry and the event follow it and are safe to repeat, so a retried caller completes what a crashed one began.
 */
export const createStandingService = (deps: StandingDeps): StandingService => {
  const record = async (
    before: AccountRecord,
    after: AccountRecord,
    change: { event: AuditEvent; entryId: string; at: string; actor: string; cause: { kind: 'strike' | 'action' | 'appeal'; id: string }; why: Record<string, string> },
  ): Promise<Standing> => {
    const now = deps.now();
    const standingBefore = deriveStanding(before, now);
    const standingAfter = deriveStanding(after, now);
    await deps.audit.append({
      id: change.entryId,
      accountId: after.accountId,
      at: change.at,
      actor: change.actor,
      event: change.event,
      why: change.why,
      statusBefore: standingBefore.status,
      statusAfter: standingAfter.status,
    });
    if ((standingAfter.status === 'suspended' || standingAfter.status === 'disabled') && standingAfter.status !== standingBefore.status) {
      await deps.onEnforced?.(after.accountId, standingAfter.status);
    }
    await deps.events.publish({
      type: 'StandingChanged',
      accountId: after.accountId,
      at: change.at,
      cause: change.cause,
      before: { status: standingBefore.status },
      after: { status: standingAfter.status, points: standingAfter.points, restrictions: standingAfter.restrictions },
    });
    return standingAfter;
  };

  const pruneDecayed = async (account: AccountRecord): Promise<void> => {
    const now = deps.now().getTime();
    await deps.accounts.prune(account.accountId, account.strikes.filter((strike) => Date.parse(strike.expiresAt) <= now).map((strike) => strike.id));
  };

  const applyStrike: StandingService['applyStrike'] = async (request) => {
    const at = deps.now();
    const strike: Strike = {
      id: strikeIdFor(request.source),
      ruleId: request.ruleId,
      points: RULES[request.ruleId].strikePoints,
      at: at.toISOString(),
      expiresAt: new Date(at.getTime() + STANDING_POLICY.decayDays * DAY_MS).toISOString(),
      source: request.source,
      flagrant: isFlagrant(request.ruleId, request.context ?? {}),
      actor: request.actor,
    };
    const { created, record: after } = await deps.accounts.addStrike(request.accountId, strike);
    const stored = after.strikes.find((candidate) => candidate.id === strike.id) ?? strike;
    const before = { ...after, strikes: after.strikes.filter((candidate) => candidate.id !== strike.id) };
    const why = Object.fromEntries(
      Object.entries({ ruleId: stored.ruleId, strikeId: stored.id, source: stored.id, ...request.because }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    await record(before, after, { event: 'strike-applied', entryId: `strike:${stored.id}`, at: stored.at, actor: stored.actor, cause: { kind: 'strike', id: stored.id }, why });
    await pruneDecayed(after);
    return { strikeId: stored.id, created };
  };

  const addAction = async (accountId: string, action: ModeratorAction): Promise<Standing> => {
    const { record: after } = await deps.accounts.addAction(accountId, action);
    const stored = after.actions.find((candidate) => candidate.id === action.id) ?? action;
    const before = { ...after, actions: after.actions.filter((candidate) => candidate.id !== action.id) };
    const why = { actionId: stored.id, kind: stored.kind, reason: stored.reason, ...(stored.ruleId === undefined ? {} : { ruleId: stored.ruleId }) };
    return record(before, after, { event: 'action-taken', entryId: `action:${stored.id}`, at: stored.at, actor: stored.moderatorId, cause: { kind: 'action', id: stored.id }, why });
  };

  const validateAction = (input: ActionInput, now: Date): void => {
    if (TIMED_KINDS.includes(input.kind)) {
      if (input.until === undefined) throw new DomainError('BadRequest', `until is required for ${input.kind}`);
      if (Date.parse(input.until) <= now.getTime()) throw new DomainError('BadRequest', `until must be in the future, got ${input.until}`);
    } else if (input.until !== undefined) {
      throw new DomainError('BadRequest', `until does not apply to ${input.kind}`);
    }
    if (input.ruleId !== undefined && !STRIKING_KINDS.includes(input.kind)) throw new DomainError('BadRequest', `ruleId does not apply to ${input.kind}`);
  };

  return {
    applyStrike,

    getStanding: async (accountId) => deriveStanding(await deps.accounts.load(accountId), deps.now()),

    takeAction: async (accountId, input, moderatorId) => {
      const now = deps.now();
      validateAction(input, now);
      const action: ModeratorAction = {
        id: deps.newId(),
        kind: input.kind,
        at: now.toISOString(),
        moderatorId,
        reason: input.reason,
        ...(input.until === undefined ? {} : { until: new Date(input.until).toISOString() }),
        ...(input.ruleId === undefined ? {} : { ruleId: input.ruleId }),
      };
      const standing = await addAction(accountId, action);
      if (action.ruleId === undefined) return standing;
      await applyStrike({ accountId, ruleId: action.ruleId, source: { kind: 'moderator-action', id: action.id }, actor: moderatorId });
      return deriveStanding(await deps.accounts.load(accountId), deps.now());
    },

    voidStrike: async (accountId, strikeId, moderatorId, why) => {
      const at = deps.now().toISOString();
      const before = await deps.accounts.load(accountId);
      if (!(await deps.accounts.voidStrike(accountId, strikeId, at))) throw new DomainError('NotFound', `account ${accountId} has no live strike ${strikeId}`);
      const after = await deps.accounts.load(accountId);
      return record(before, after, { event: 'strike-voided', entryId: `void:${strikeId}`, at, actor: moderatorId, cause: { kind: 'appeal', id: why.appealId ?? strikeId }, why: { strikeId, ...why } });
    },

    listAudit: (accountId, page) => deps.audit.list(accountId, page),

    restrictPendingReview: (accountId, causeId, reason) => {
      const now = deps.now();
      return addAction(accountId, {
        id: causeId,
        kind: 'restrict',
        at: now.toISOString(),
        until: new Date(now.getTime() + REPORT_POLICY.pendingReviewRestrictionHours * 3_600_000).toISOString(),
        moderatorId: 'system',
        reason,
      });
    },

    flag: (accountId, flag) => deps.accounts.addFlag(accountId, flag),
  };
};
