import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { BehaviourCounts, BehaviourLedger, MessageEvent } from '../../behaviour/behaviour';
import { BEHAVIOUR_POLICY } from '../../policy/behaviour';

const MINUTE = 60;
const HOUR = 3_600;
const RECIPIENT_PREFIX = 'R#';

/**
 * Counters as small items that TTL removes after their window: messages per account per minute
 * (`ACCOUNT#<id>` / `VELOCITY#<minute>`), recipients of one fingerprint per hour
 * (`FANOUT#<id>#<fingerprint>` / `HOUR#<hour>`, one attribute per recipient), and unanswered streaks per
 * pair (`PAIR#<from>#<to>` / `UNANSWERED`, reset when the other side writes back). Four updates, in parallel.
 */
export class DynamoBehaviourLedger implements BehaviourLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async record(event: MessageEvent): Promise<BehaviourCounts> {
    const seconds = Math.floor(event.at.getTime() / 1000);
    const minute = Math.floor(seconds / MINUTE);
    const hour = Math.floor(seconds / HOUR);
    const grace = BEHAVIOUR_POLICY.counterGraceSeconds;
    const none: Promise<Record<string, unknown>> = Promise.resolve({});
    const [velocity, fanOut, unanswered] = await Promise.all([
      this.update({ pk: `ACCOUNT#${event.accountId}`, sk: `VELOCITY#${minute}` }, 'ADD #count :one SET expiresAt = :expiresAt', { '#count': 'count' }, { ':one': 1, ':expiresAt': (minute + 1) * MINUTE + grace }),
      event.recipientId === undefined
        ? none
        : this.update(
            { pk: `FANOUT#${event.accountId}#${event.fingerprint}`, sk: `HOUR#${hour}` },
            'SET #recipient = :at, expiresAt = :expiresAt',
            { '#recipient': `${RECIPIENT_PREFIX}${event.recipientId}` },
            { ':at': seconds, ':expiresAt': (hour + 1) * HOUR + grace },
          ),
      event.recipientId === undefined
        ? none
        : this.update(
            { pk: `PAIR#${event.accountId}#${event.recipientId}`, sk: 'UNANSWERED' },
            'ADD #count :one SET expiresAt = :expiresAt',
            { '#count': 'count' },
            { ':one': 1, ':expiresAt': seconds + BEHAVIOUR_POLICY.unansweredMemoryDays * 86_400 },
          ),
      event.recipientId === undefined
        ? none
        : this.update({ pk: `PAIR#${event.recipientId}#${event.accountId}`, sk: 'UNANSWERED' }, 'SET #count = :zero, expiresAt = :expiresAt', { '#count': 'count' }, { ':zero': 0, ':expiresAt': seconds + grace }),
    ]);
    return {
      messagesThisMinute: Number(velocity.count ?? 0),
      recipientsThisHour: Object.keys(fanOut).filter((name) => name.startsWith(RECIPIENT_PREFIX)).length,
      unansweredInARow: Number(unanswered.count ?? 0),
    };
  }

  private async update(key: Record<string, string>, expression: string, names: Record<string, string>, values: Record<string, unknown>): Promise<Record<string, unknown>> {
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall(key),
        UpdateExpression: expression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: marshall(values),
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes === undefined ? {} : unmarshall(Attributes);
  }
}
