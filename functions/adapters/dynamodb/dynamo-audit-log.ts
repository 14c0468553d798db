import { PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { STANDING_POLICY } from '../../policy/standing';
import type { AuditEntry, AuditLog, AuditPage } from '../../standing/repository';
import { isConditionalCheckFailure } from './conditional';
import { decodeCursor, encodeCursor } from './page-cursor';

/** Audit entries live beside the account: `ACCOUNT#<id>` / `AUDIT#<at>#<entryId>`, newest first by sort key. */
const auditKey = (entry: Pick<AuditEntry, 'accountId' | 'at' | 'id'>) => ({ pk: `ACCOUNT#${entry.accountId}`, sk: `AUDIT#${entry.at}#${entry.id}` });

const isAuditKeyOf = (accountId: string) => (key: Record<string, unknown>) => key.pk === `ACCOUNT#${accountId}` && typeof key.sk === 'string' && key.sk.startsWith('AUDIT#');

export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    const expiresAt = Math.floor(Date.parse(entry.at) / 1000) + STANDING_POLICY.auditRetentionDays * 86_400;
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ ...auditKey(entry), entity: 'Audit', ...entry, expiresAt }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      // Already written by an earlier attempt of the same event.
      if (!isConditionalCheckFailure(error)) throw error;
    }
  }

  async list(accountId: string, page: { limit: number; cursor?: string }): Promise<AuditPage> {
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
        ExpressionAttributeValues: marshall({ ':pk': `ACCOUNT#${accountId}`, ':audit': 'AUDIT#' }),
        ScanIndexForward: false,
        Limit: page.limit,
        ...(page.cursor === undefined ? {} : { ExclusiveStartKey: decodeCursor(page.cursor, isAuditKeyOf(accountId)) }),
      }),
    );
    const entries = Items.map((item) => {
      const { pk: _pk, sk: _sk, entity: _entity, expiresAt: _expiresAt, ...entry } = unmarshall(item);
      return entry as AuditEntry;
    });
    return LastEvaluatedKey === undefined ? { entries } : { entries, nextCursor: encodeCursor(LastEvaluatedKey) };
  }
}
