import { GetItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AccountFlag, AccountRecord, ModeratorAction, Strike } from '../../standing/model';
import type { AccountRepository } from '../../standing/repository';
import { isConditionalCheckFailure } from './conditional';

/**
 * One item per account (`ACCOUNT#<id>` / `STANDING`). Each strike and each moderator action is its own
 * top-level attribute (`S#<strikeId>`, `A#<actionId>`), so adding one is a single UpdateItem that also
 * creates the item, concurrent writers touch different attributes, and the `attribute_not_exists`
 * condition makes a retried source a no-op. No transactions, no version numbers.
 */
const STRIKE_PREFIX = 'S#';
const ACTION_PREFIX = 'A#';
const FLAG_PREFIX = 'F#';

const accountKey = (accountId: string) => marshall({ pk: `ACCOUNT#${accountId}`, sk: 'STANDING' });

const toRecord = (accountId: string, item: Record<string, unknown> | undefined): AccountRecord => {
  const strikes: Strike[] = [];
  const actions: ModeratorAction[] = [];
  const flags: AccountFlag[] = [];
  for (const [name, value] of Object.entries(item ?? {})) {
    if (name.startsWith(STRIKE_PREFIX)) strikes.push(value as Strike);
    else if (name.startsWith(ACTION_PREFIX)) actions.push(value as ModeratorAction);
    else if (name.startsWith(FLAG_PREFIX)) flags.push(value as AccountFlag);
  }
  return { accountId, strikes, actions, flags };
};

export class DynamoAccountRepository implements AccountRepository {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async load(accountId: string): Promise<AccountRecord> {
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: accountKey(accountId), ConsistentRead: true }));
    return toRecord(accountId, Item === undefined ? undefined : unmarshall(Item));
  }

  addStrike(accountId: string, strike: Strike): Promise<{ created: boolean; record: AccountRecord }> {
    return this.addOnce(accountId, `${STRIKE_PREFIX}${strike.id}`, strike, strike.at);
  }

  addAction(accountId: string, action: ModeratorAction): Promise<{ created: boolean; record: AccountRecord }> {
    return this.addOnce(accountId, `${ACTION_PREFIX}${action.id}`, action, action.at);
  }

  async addFlag(accountId: string, flag: AccountFlag): Promise<void> {
    await this.addOnce(accountId, `${FLAG_PREFIX}${flag.id}`, flag, flag.at);
  }

  async voidStrike(accountId: string, strikeId: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: accountKey(accountId),
          UpdateExpression: 'SET #strike.voidedAt = :at, updatedAt = :at',
          ConditionExpression: 'attribute_exists(#strike) AND attribute_not_exists(#strike.voidedAt)',
          ExpressionAttributeNames: { '#strike': `${STRIKE_PREFIX}${strikeId}` },
          ExpressionAttributeValues: marshall({ ':at': at }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      throw error;
    }
  }

  async prune(accountId: string, strikeIds: readonly string[]): Promise<void> {
    if (strikeIds.length === 0) return;
    const names = Object.fromEntries(strikeIds.map((id, index) => [`#s${index}`, `${STRIKE_PREFIX}${id}`]));
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: accountKey(accountId),
        UpdateExpression: `REMOVE ${Object.keys(names).join(', ')}`,
        ExpressionAttributeNames: names,
      }),
    );
  }

  private async addOnce(accountId: string, attribute: string, value: object, at: string): Promise<{ created: boolean; record: AccountRecord }> {
    try {
      return { created: true, record: await this.setNew(accountId, attribute, value, at) };
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      return { created: false, record: await this.load(accountId) };
    }
  }

  private async setNew(accountId: string, attribute: string, value: object, at: string): Promise<AccountRecord> {
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: accountKey(accountId),
        UpdateExpression: 'SET #entry = :entry, accountId = :accountId, updatedAt = :at',
        ConditionExpression: 'attribute_not_exists(#entry)',
        ExpressionAttributeNames: { '#entry': attribute },
        ExpressionAttributeValues: marshall({ ':entry': value, ':accountId': accountId, ':at': at }, { removeUndefinedValues: true }),
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toRecord(accountId, Attributes === undefined ? undefined : unmarshall(Attributes));
  }
}
