import type { Caller } from './auth';
import { DomainError } from './errors';

/** Service and moderator callers see any account; a user sees only their own. */
export const assertCanReadAccount = (caller: Caller | null, accountId: string): void => {
  if (caller === null) throw new DomainError('Unauthorized', 'a bearer token with a subject is required');
  if (caller.roles.has('service') || caller.roles.has('moderator')) return;
  if (caller.subject !== accountId) throw new DomainError('Forbidden', 'users can only read their own account');
};

/** The caller's subject, for routes where it is the acting moderator or user. */
export const subjectOf = (caller: Caller | null): string => {
  if (caller === null) throw new DomainError('Unauthorized', 'a bearer token with a subject is required');
  return caller.subject;
};
