import { REVIEW_POLICY } from '../policy/review';
import type { ReviewQueue } from '../review/model';
import type { StandingService } from '../standing/standing-service';

export const LINK_KINDS = ['device', 'phone', 'payment'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface LinkedAccount {
  readonly accountId: string;
  readonly kind: LinkKind;
}

/** Port: which accounts share a device, phone or payment hash. */
export interface LinkStore {
  /** Records that the account has this hash; returns the other accounts that have it. */
  link(accountId: string, kind: LinkKind, hash: string, at: string): Promise<readonly string[]>;
  /** Every other account sharing any of this account's hashes. */
  linkedAccounts(accountId: string): Promise<readonly LinkedAccount[]>;
}

export interface LinkDeps {
  readonly links: LinkStore;
  readonly review: ReviewQueue;
  readonly standing: StandingService;
  readonly now: () => Date;
}

const ENFORCED = new Set(['suspended', 'disabled']);
const BAN_EVASION_PRIORITY = REVIEW_POLICY.severityWeight.high * REVIEW_POLICY.priorityScale * 2;

/** Puts `accountId` in front of a moderator as possible ban evasion of `enforcedAccountId` (C8/C9), once per pair. */
const flagForEvasion = async (deps: LinkDeps, accountId: string, enforcedAccountId: string, via: LinkKind): Promise<void> => {
  const at = deps.now().toISOString();
  await deps.review.enqueue({
    id: `evasion-${accountId}-${enforcedAccountId}`,
    kind: 'ban-evasion',
    status: 'open',
    priority: BAN_EVASION_PRIORITY,
    accountId,
    createdAt: at,
    details: { linkedAccountId: enforcedAccountId, via, ruleId: 'C8' },
  });
  await deps.standing.flag(accountId, { id: `evasion:${enforcedAccountId}`, kind: 'ban-evasion', linkedAccountId: enforcedAccountId, at });
};

/**
 * Links an account to a device, phone or payment hash (the app hashes; raw values never reach us). An
 * account that shares a hash with a suspended or disabled one is flagged for review at once.
 */
export const linkAccount = async (deps: LinkDeps, accountId: string, kind: LinkKind, hash: string): Promise<{ linkedAccounts: readonly string[] }> => {
  const others = await deps.links.link(accountId, kind, hash, deps.now().toISOString());
  for (const other of others) {
    const standing = await deps.standing.getStanding(other);
    if (ENFORCED.has(standing.status)) await flagForEvasion(deps, accountId, other, kind);
  }
  return { linkedAccounts: others };
};

/** When an account is suspended or disabled, its linked accounts are flagged as possible ban evasion. */
export const flagLinkedAccounts = async (deps: LinkDeps, enforcedAccountId: string): Promise<void> => {
  for (const linked of await deps.links.linkedAccounts(enforcedAccountId)) await flagForEvasion(deps, linked.accountId, enforcedAccountId, linked.kind);
};
