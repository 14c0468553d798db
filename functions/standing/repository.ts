import type { AccountFlag, AccountRecord, ModeratorAction, Strike } from './model';

/** Port: an account's strikes and moderator actions. Every write is one conditional item update. */
export interface AccountRepository {
  load(accountId: string): Promise<AccountRecord>;
  /** Adds the strike unless its id is present; returns the record after the write. */
  addStrike(accountId: string, strike: Strike): Promise<{ readonly created: boolean; readonly record: AccountRecord }>;
  /** Adds the action unless its id is present; returns the record after the write. */
  addAction(accountId: string, action: ModeratorAction): Promise<{ readonly created: boolean; readonly record: AccountRecord }>;
  /** Sets a flag (e.g. a ban-evasion review) once per id. */
  addFlag(accountId: string, flag: AccountFlag): Promise<void>;
  /** Marks a strike void; false when there is no such strike or it is void already. */
  voidStrike(accountId: string, strikeId: string, at: string): Promise<boolean>;
  /** Drops decayed strikes from the live record (the audit log keeps their history). */
  prune(accountId: string, strikeIds: readonly string[]): Promise<void>;
}

export type AuditEvent = 'strike-applied' | 'strike-voided' | 'action-taken' | 'appeal-filed' | 'appeal-resolved';

export interface AuditEntry {
  /** Stable for the event it records, so writing it again after a retry is a no-op. */
  readonly id: string;
  readonly accountId: string;
  readonly at: string;
  /** `system` or the moderator's id. */
  readonly actor: string;
  readonly event: AuditEvent;
  readonly why: Readonly<Record<string, string>>;
  readonly statusBefore: string;
  readonly statusAfter: string;
}

export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  readonly nextCursor?: string;
}

/** Port: the append-only audit log, newest first. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  list(accountId: string, page: { readonly limit: number; readonly cursor?: string }): Promise<AuditPage>;
}
