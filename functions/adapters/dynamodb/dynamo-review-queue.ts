import { GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ReviewItem, ReviewQueue, ReviewResolution } from '../../review/model';
import { isConditionalCheckFailure } from './conditional';

/** Review items: `REVIEW#<id>` / `ITEM`; open ones are on the GSI as `QUEUE#open` sorted by priority then age. */
const itemKey = (id: string) => marshall({ pk: `REVIEW#${id}`, sk: 'ITEM' });
const MAX_PRIORITY = 999_999;
/** Highest priority first, then oldest first, with an ascending index scan. */
export const queueSortKey = (item: Pick<ReviewItem, 'priority' | 'createdAt' | 'id'>): string =>
  `${String(MAX_PRIORITY - Math.min(MAX_PRIORITY, Math.max(0, Math.round(item.priority)))).padStart(6, '0')}#${item.createdAt}#${item.id}`;

export class DynamoReviewQueue implements ReviewQueue {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async enqueue(item: ReviewItem): Promise<'created' | 'exists'> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ ...unmarshall(itemKey(item.id)), entity: 'ReviewItem', gsi1pk: `QUEUE#${item.status}`, gsi1sk: queueSortKey(item), ...item }, { removeUndefinedValues: true }),
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
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: itemKey(id), ConsistentRead: true }));
    if (Item === undefined) return null;
    const { pk: _pk, sk: _sk, entity: _entity, gsi1pk: _gsi1pk, gsi1sk: _gsi1sk, ...item } = unmarshall(Item);
    return item as ReviewItem;
  }

  async resolve(id: string, resolution: ReviewResolution): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: itemKey(id),
          UpdateExpression: 'SET #status = :resolved, resolution = :resolution, gsi1pk = :queue',
          ConditionExpression: '#status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':resolved': 'resolved', ':open': 'open', ':resolution': resolution, ':queue': 'QUEUE#resolved' }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }
}
