import { GetItemCommand, PutItemCommand, UpdateItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Report, ReporterRecord, ReportStore, TargetWeight } from '../../reports/model';
import { isConditionalCheckFailure } from './conditional';

/**
 * Reports (`REPORT#<id>`), dedupe keys (`REPORTKEY#<digest>`, TTL'd after the dedupe window), each target's
 * weights by distinct reporter (`ACCOUNT#<id>` / `REPORTED`, one `W#<reporterId>` attribute each) and each
 * reporter's record (`REPORTER#<id>` / `RECORD`, `U#`/`X#<reviewItemId>` per upheld/rejected item).
 */
const WEIGHT_PREFIX = 'W#';
const UPHELD_PREFIX = 'U#';
const REJECTED_PREFIX = 'X#';

const toRecord = (item: Record<string, AttributeValue> | undefined): ReporterRecord => {
  const entries = Object.entries(unmarshall(item ?? {}));
  const withPrefix = (prefix: string) =>
    entries.filter(([name]) => name.startsWith(prefix)).map(([name, at]) => ({ reviewItemId: name.slice(prefix.length), at: String(at) }));
  return { upheld: withPrefix(UPHELD_PREFIX), rejected: withPrefix(REJECTED_PREFIX) };
};

export class DynamoReportStore implements ReportStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async findDuplicate(dedupeKey: string, now: Date): Promise<string | null> {
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall({ pk: `REPORTKEY#${dedupeKey}`, sk: 'KEY' }), ConsistentRead: true }));
    if (Item === undefined) return null;
    const { reportId, expiresAt } = unmarshall(Item) as { reportId: string; expiresAt: number };
    // TTL deletion lags by up to days: an expired key no longer counts even while it is still stored.
    return expiresAt * 1000 > now.getTime() ? reportId : null;
  }

  async claimDedupeKey(dedupeKey: string, reportId: string, now: Date, expiresAt: Date): Promise<string> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ pk: `REPORTKEY#${dedupeKey}`, sk: 'KEY', entity: 'ReportKey', reportId, expiresAt: Math.floor(expiresAt.getTime() / 1000) }),
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: marshall({ ':now': Math.floor(now.getTime() / 1000) }),
        }),
      );
      return reportId;
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      const owner = await this.findDuplicate(dedupeKey, now);
      if (owner === null) throw new Error('dedupe key vanished after a conditional failure');
      return owner;
    }
  }

  async save(report: Report): Promise<void> {
    await this.client.send(
      new PutItemCommand({ TableName: this.tableName, Item: marshall({ pk: `REPORT#${report.id}`, sk: 'REPORT', entity: 'Report', ...report }, { removeUndefinedValues: true }) }),
    );
  }

  async addTargetWeight(targetAccountId: string, entry: TargetWeight): Promise<{ before: readonly TargetWeight[]; after: readonly TargetWeight[] }> {
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ pk: `ACCOUNT#${targetAccountId}`, sk: 'REPORTED' }),
        UpdateExpression: 'SET #reporter = :entry',
        ExpressionAttributeNames: { '#reporter': `${WEIGHT_PREFIX}${entry.reporterId}` },
        ExpressionAttributeValues: marshall({ ':entry': entry }),
        ReturnValues: 'ALL_OLD',
      }),
    );
    const before = Object.entries(unmarshall(Attributes ?? {}))
      .filter(([name]) => name.startsWith(WEIGHT_PREFIX))
      .map(([, value]) => value as TargetWeight);
    return { before, after: [...before.filter((earlier) => earlier.reporterId !== entry.reporterId), entry] };
  }

  async reporterRecord(reporterId: string): Promise<ReporterRecord> {
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall({ pk: `REPORTER#${reporterId}`, sk: 'RECORD' }), ConsistentRead: true }));
    return toRecord(Item);
  }

  async recordOutcome(reporterId: string, reviewItemId: string, outcome: 'upheld' | 'rejected', at: string): Promise<ReporterRecord> {
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ pk: `REPORTER#${reporterId}`, sk: 'RECORD' }),
        UpdateExpression: 'SET #outcome = if_not_exists(#outcome, :at)',
        ExpressionAttributeNames: { '#outcome': `${outcome === 'upheld' ? UPHELD_PREFIX : REJECTED_PREFIX}${reviewItemId}` },
        ExpressionAttributeValues: marshall({ ':at': at }),
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toRecord(Attributes);
  }
}
