import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { RateDecision, RateLimiter } from '../../reports/model';
import { isConditionalCheckFailure } from './conditional';

/**
 * Fixed windows as counter items (`RATE#<subject>#<window>#<n>`), each incremented by one conditional ADD
 * and dropped by TTL after its window. A request refused by a later window gives back what it took from
 * the earlier ones, so refused requests never eat into the allowance.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async consume(subject: string, windows: readonly { window: string; seconds: number; max: number }[], now: Date): Promise<RateDecision> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const taken: Record<string, string>[] = [];
    for (const { window, seconds, max } of windows) {
      const index = Math.floor(nowSeconds / seconds);
      const windowEnd = (index + 1) * seconds;
      const key = { pk: `RATE#${subject}#${window}#${index}`, sk: 'COUNT' };
      try {
        await this.client.send(
          new UpdateItemCommand({
            TableName: this.tableName,
            Key: marshall(key),
            UpdateExpression: 'ADD #count :one SET expiresAt = :expiresAt',
            ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: marshall({ ':one': 1, ':max': max, ':expiresAt': windowEnd + 60 }),
          }),
        );
        taken.push(key);
      } catch (error) {
        if (!isConditionalCheckFailure(error)) throw error;
        await Promise.all(taken.map((earlier) => this.giveBack(earlier)));
        return { allowed: false, retryAfterSeconds: Math.max(1, windowEnd - nowSeconds) };
      }
    }
    return { allowed: true };
  }

  private async giveBack(key: Record<string, string>): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({ TableName: this.tableName, Key: marshall(key), UpdateExpression: 'ADD #count :minusOne', ExpressionAttributeNames: { '#count': 'count' }, ExpressionAttributeValues: marshall({ ':minusOne': -1 }) }),
    );
  }
}
