import { GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ClaimOutcome, ReviewItem, ReviewPage, ReviewQueue, ReviewReporter, ReviewResolution } from '../../review/model';
import { TABLE_SCHEMA } from './table-schema';
import { isConditionalCheckFailure } from './conditional';
import { decodeCursor, encodeCursor } from './page-cursor';

/**
 * Review items: `REVIEW#<id>` / `ITEM`. The GSI holds them as `QUEUE#<status>` sorted by inverted priority,
 * then age, so one ascending Query reads the queue in working order. Reporters of a grouped report item
 * are attributes `R#<reporterId>`, added with one conditional update each.
 */
const key = (id: string) => ({ pk: `REVIEW#${id}`, sk: 'ITEM' });
const REPORTER_PREFIX = 'R#';
const MAX_PRIORITY = 999_999;
const MAX_FILTERED_QUERIES = 5;

/** Highest priority first, then oldest first, with an ascending index scan. */
export const queueSortKey = (item: Pick<ReviewItem, 'priority' | 'createdAt' | 'id'>): string =>
  `${String(MAX_PRIORITY - Math.min(MAX_PRIORITY, Math.max(0, Math.round(item.priority)))).padStart(6, '0')}#${item.createdAt}#${item.id}`;

const fromItem = (raw: Record<string, AttributeValue>): ReviewItem => {
  const { pk: _pk, sk: _sk, entity: _entity, gsi1pk: _gsi1pk, gsi1sk: _gsi1sk, ...rest } = unmarshall(raw);
  const reporters: ReviewReporter[] = [];
  const item: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(rest)) {
    if (name.startsWith(REPORTER_PREFIX)) reporters.push(value as ReviewReporter);
    else item[name] = value;
  }
  return { ...(item as unknown as ReviewItem), ...(reporters.length === 0 ? {} : { reporters: reporters.sort((a, b) => a.at.localeCompare(b.at)) }) };
};

const isQueueKey = (key: Record<string, unknown>) => typeof key.gsi1pk === 'string' && key.gsi1pk.startsWith('QUEUE#');

export class DynamoReviewQueue implements ReviewQueue {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async enqueue(item: ReviewItem): Promise<'created' | 'exists'> {
    const { reporters = [], ...fields } = item;
    const reporterAttributes = Object.fromEntries(reporters.map((reporter) => [`${REPORTER_PREFIX}${reporter.reporterId}`, reporter]));
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ ...key(item.id), entity: 'ReviewItem', gsi1pk: `QUEUE#${item.status}`, gsi1sk: queueSortKey(item), ...fields, ...reporterAttributes }, { removeUndefinedValues: true }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return 'created';
    } catch (error) {
      if (isConditionalCheckFailure(error)) return 'exists';
      throw error;
    }
  }

  async get(id: string): Promise<ReviewItem | null> {
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall(key(id)), ConsistentRead: true }));
    return Item === undefined ? null : fromItem(Item);
  }

  resolve(id: string, resolution: ReviewResolution): Promise<boolean> {
    return this.close(id, resolution, '#status = :open');
  }

  resolveClaimed(id: string, resolution: ReviewResolution): Promise<boolean> {
    return this.close(id, resolution, '#status = :open AND claimedBy = :by AND leaseUntil > :at', { ':by': resolution.by, ':at': resolution.at });
  }

  async list(query: { status: ReviewItem['status']; kind?: ReviewItem['kind']; limit: number; cursor?: string }): Promise<ReviewPage> {
    const items: ReviewItem[] = [];
    let startKey = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isQueueKey);
    // A kind filter applies after DynamoDB's limit, so a page may need a few reads to fill.
    for (let reads = 0; reads < MAX_FILTERED_QUERIES && items.length < query.limit; reads += 1) {
      const { Items = [], LastEvaluatedKey } = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: TABLE_SCHEMA.index.name,
          KeyConditionExpression: 'gsi1pk = :queue',
          ...(query.kind === undefined ? {} : { FilterExpression: 'kind = :kind' }),
          ExpressionAttributeValues: marshall({ ':queue': `QUEUE#${query.status}`, ...(query.kind === undefined ? {} : { ':kind': query.kind }) }),
          Limit: query.limit - items.length,
          ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
        }),
      );
      items.push(...Items.map(fromItem));
      startKey = LastEvaluatedKey;
      if (startKey === undefined) break;
    }
    return startKey === undefined ? { items } : { items, nextCursor: encodeCursor(startKey) };
  }

  async claim(id: string, moderatorId: string, now: Date, leaseUntil: Date): Promise<ClaimOutcome> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(key(id)),
          UpdateExpression: 'SET claimedBy = :me, leaseUntil = :until',
          ConditionExpression: 'attribute_exists(pk) AND #status = :open AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :now OR claimedBy = :me)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':me': moderatorId, ':until': leaseUntil.toISOString(), ':now': now.toISOString(), ':open': 'open' }),
          ReturnValues: 'ALL_NEW',
        }),
      );
      if (Attributes === undefined) throw new Error(`claim of ${id} returned no item`);
      return { claimed: fromItem(Attributes) };
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      const current = await this.get(id);
      return { refused: current === null ? 'not-found' : current.status !== 'open' ? 'resolved' : 'held' };
    }
  }

  async release(id: string, moderatorId: string, priority: number): Promise<void> {
    const item = await this.get(id);
    if (item === null) return;
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall(key(id)),
        UpdateExpression: 'SET priority = :priority, gsi1sk = :sortKey REMOVE claimedBy, leaseUntil',
        ConditionExpression: 'claimedBy = :me',
        ExpressionAttributeValues: marshall({ ':priority': priority, ':sortKey': queueSortKey({ ...item, priority }), ':me': moderatorId }),
      }),
    );
  }

  async addReporter(id: string, reporter: ReviewReporter): Promise<ReviewItem> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(key(id)),
          UpdateExpression: 'SET #reporter = :reporter',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#reporter)',
          ExpressionAttributeNames: { '#reporter': `${REPORTER_PREFIX}${reporter.reporterId}` },
          ExpressionAttributeValues: marshall({ ':reporter': reporter }),
          ReturnValues: 'ALL_NEW',
        }),
      );
      if (Attributes === undefined) throw new Error(`adding a reporter to ${id} returned no item`);
      return fromItem(Attributes);
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      const current = await this.get(id);
      if (current === null) throw new Error(`review item ${id} does not exist`);
      return current;
    }
  }

  async raisePriority(id: string, priority: number): Promise<void> {
    const item = await this.get(id);
    if (item === null || item.status !== 'open' || item.priority >= priority) return;
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall(key(id)),
        UpdateExpression: 'SET priority = :priority, gsi1sk = :sortKey',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: marshall({ ':priority': priority, ':sortKey': queueSortKey({ ...item, priority }), ':open': 'open' }),
      }),
    ).catch((error: unknown) => {
      if (!isConditionalCheckFailure(error)) throw error;
    });
  }

  private async close(id: string, resolution: ReviewResolution, condition: string, values: Record<string, string> = {}): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(key(id)),
          UpdateExpression: 'SET #status = :resolved, resolution = :resolution, gsi1pk = :queue REMOVE claimedBy, leaseUntil',
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':resolved': 'resolved', ':open': 'open', ':resolution': resolution, ':queue': 'QUEUE#resolved', ...values }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }
}
