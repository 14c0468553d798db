import { GetItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { LinkedAccount, LinkKind, LinkStore } from '../../links/links';

/**
 * Both directions, one attribute per member: `LINK#<kind>#<hash>` / `ACCOUNTS` holds `A#<accountId>`,
 * and `ACCOUNT#<id>` / `LINKS` holds `H#<kind>#<hash>`, so linking is two idempotent updates.
 */
const MEMBER_PREFIX = 'A#';
const HASH_PREFIX = 'H#';

export class DynamoLinkStore implements LinkStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async link(accountId: string, kind: LinkKind, hash: string, at: string): Promise<readonly string[]> {
    await this.setAttribute({ pk: `ACCOUNT#${accountId}`, sk: 'LINKS' }, `${HASH_PREFIX}${kind}#${hash}`, { kind, hash, at });
    const members = await this.setAttribute({ pk: `LINK#${kind}#${hash}`, sk: 'ACCOUNTS' }, `${MEMBER_PREFIX}${accountId}`, at);
    return this.membersExcept(members, accountId);
  }

  async linkedAccounts(accountId: string): Promise<readonly LinkedAccount[]> {
    const own = await this.get({ pk: `ACCOUNT#${accountId}`, sk: 'LINKS' });
    const hashes = Object.entries(own)
      .filter(([name]) => name.startsWith(HASH_PREFIX))
      .map(([, value]) => value as { kind: LinkKind; hash: string });
    const linked = new Map<string, LinkedAccount>();
    for (const { kind, hash } of hashes) {
      for (const other of this.membersExcept(await this.get({ pk: `LINK#${kind}#${hash}`, sk: 'ACCOUNTS' }), accountId)) {
        if (!linked.has(other)) linked.set(other, { accountId: other, kind });
      }
    }
    return [...linked.values()];
  }

  private membersExcept(item: Record<string, unknown>, accountId: string): string[] {
    return Object.keys(item)
      .filter((name) => name.startsWith(MEMBER_PREFIX))
      .map((name) => name.slice(MEMBER_PREFIX.length))
      .filter((member) => member !== accountId);
  }

  private async get(key: { pk: string; sk: string }): Promise<Record<string, unknown>> {
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall(key), ConsistentRead: true }));
    return Item === undefined ? {} : unmarshall(Item);
  }

  private async setAttribute(key: { pk: string; sk: string }, attribute: string, value: unknown): Promise<Record<string, unknown>> {
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall(key),
        UpdateExpression: 'SET #member = if_not_exists(#member, :value)',
        ExpressionAttributeNames: { '#member': attribute },
        ExpressionAttributeValues: marshall({ ':value': value }),
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes === undefined ? {} : unmarshall(Attributes);
  }
}
