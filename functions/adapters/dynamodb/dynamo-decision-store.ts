import { GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DecisionStore, StoredDecision } from '../../decisions/decision';
import { isConditionalCheckFailure } from './conditional';

const decisionKey = (contentId: string) => ({ pk: `CONTENT#${contentId}`, sk: 'DECISION' });

const toItem = (decision: StoredDecision) => marshall({ ...decisionKey(decision.contentId), entity: 'Decision', ...decision }, { removeUndefinedValues: true });

const fromItem = (item: Record<string, unknown>): StoredDecision => {
  const { pk: _pk, sk: _sk, entity: _entity, ...decision } = item;
  return decision as unknown as StoredDecision;
};

/** Decisions keyed by content id (`CONTENT#<id>` / `DECISION`), first writer wins. */
export class DynamoDecisionStore implements DecisionStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async find(contentId: string): Promise<StoredDecision | null> {
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall(decisionKey(contentId)), ConsistentRead: true }));
    return Item === undefined ? null : fromItem(unmarshall(Item));
  }

  async saveIfAbsent(decision: StoredDecision): Promise<{ stored: StoredDecision; created: boolean }> {
    try {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: toItem(decision), ConditionExpression: 'attribute_not_exists(pk)' }));
      return { stored: decision, created: true };
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      const existing = await this.find(decision.contentId);
      if (existing === null) throw new Error(`decision for ${decision.contentId} vanished after a conditional failure`);
      return { stored: existing, created: false };
    }
  }

  async markSettled(contentId: string, at: string): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({ TableName: this.tableName, Key: marshall(decisionKey(contentId)), UpdateExpression: 'SET settledAt = if_not_exists(settledAt, :at)', ExpressionAttributeValues: marshall({ ':at': at }) }),
    );
  }
}
