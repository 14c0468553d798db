import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { DomainError } from '../../shared/errors';

/** A Query's LastEvaluatedKey as an opaque, URL-safe cursor. */
export const encodeCursor = (lastKey: Record<string, AttributeValue>): string => Buffer.from(JSON.stringify(unmarshall(lastKey))).toString('base64url');

/**
 * The key a cursor stands for, accepted only if `belongs` recognises it: a cursor made for one account's
 * audit log or for the review queue cannot page through anything else.
 */
export const decodeCursor = (cursor: string, belongs: (key: Record<string, unknown>) => boolean): Record<string, AttributeValue> => {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (typeof key !== 'object' || key === null || !belongs(key as Record<string, unknown>)) throw new DomainError('BadRequest', 'cursor is not one this endpoint returned');
  return marshall(key);
};
