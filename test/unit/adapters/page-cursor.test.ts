import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../functions/adapters/dynamodb/page-cursor';

const isAccountOne = (key: Record<string, unknown>) => key.pk === 'ACCOUNT#one';

describe('page cursors', () => {
  it('round-trips a key it recognises', () => {
    const key = marshall({ pk: 'ACCOUNT#one', sk: 'AUDIT#2026-01-01T00:00:00Z#x' });
    expect(decodeCursor(encodeCursor(key), isAccountOne)).toEqual(key);
  });

  it("refuses a cursor made for another account's log with 400", () => {
    const foreign = encodeCursor(marshall({ pk: 'ACCOUNT#two', sk: 'AUDIT#x' }));
    expect(() => decodeCursor(foreign, isAccountOne)).toThrow(expect.objectContaining({ code: 'BadRequest' }));
  });

  it('refuses garbage with 400', () => {
    expect(() => decodeCursor('not-base64-json', isAccountOne)).toThrow(expect.objectContaining({ code: 'BadRequest' }));
  });
});
