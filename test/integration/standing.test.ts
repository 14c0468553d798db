import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAccountRepository } from '../../functions/adapters/dynamodb/dynamo-account-repository';
import { DynamoAuditLog } from '../../functions/adapters/dynamodb/dynamo-audit-log';
import type { ModerationEvent } from '../../functions/events/ports';
import { createStandingService, type StandingService } from '../../functions/standing/standing-service';
import { DYNAMO_BACKEND, startTestStack } from './local-stack';

/** A standing service as one Lambda instance would build it: its own client, its own connections. */
const lambdaInstance = (endpoint: string, table: string, published: ModerationEvent[] = []): StandingService => {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  return createStandingService({
    accounts: new DynamoAccountRepository(client, table),
    audit: new DynamoAuditLog(client, table),
    events: { publish: async (event) => void published.push(event) },
    now: () => new Date(),
    newId: randomUUID,
  });
};

describe(`standing under concurrency (${DYNAMO_BACKEND})`, () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let first: StandingService;
  let second: StandingService;
  const account = (name: string) => `it-standing-${name}-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    stack = await startTestStack();
    first = lambdaInstance(stack.endpoints.dynamodb.endpoint, stack.endpoints.dynamodb.table);
    second = lambdaInstance(stack.endpoints.dynamodb.endpoint, stack.endpoints.dynamodb.table);
  }, 60_000);
  afterAll(async () => stack?.cleanup());

  it('200 concurrent strikes from distinct sources, split across two instances, all count', { repeats: 4 }, async () => {
    const accountId = account('burst');
    await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        (index % 2 === 0 ? first : second).applyStrike({ accountId, ruleId: 'M6', source: { kind: 'content', id: `c-${index}` }, actor: 'system' }),
      ),
    );
    const standing = await first.getStanding(accountId);
    expect(standing.strikes).toHaveLength(200);
    expect(standing.points).toBe(200);
    expect(standing.status).toBe('suspended');
    expect(standing.restrictions.map((restriction) => restriction.kind)).toEqual(['chat-mute', 'posting-restriction', 'suspension']);
  });

  it('the same source applied 50 times concurrently counts once', { repeats: 4 }, async () => {
    const accountId = account('retry');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? first : second).applyStrike({ accountId, ruleId: 'C4', source: { kind: 'content', id: 'c-same' }, actor: 'system' })),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const standing = await first.getStanding(accountId);
    expect(standing.strikes).toHaveLength(1);
    expect(standing.points).toBe(3);
    expect(standing.status).toBe('muted');
    const audit = await first.listAudit(accountId, { limit: 100 });
    expect(audit.entries.filter((entry) => entry.event === 'strike-applied')).toHaveLength(1);
  });

  it('a flagrant rule suspends at once, pending review', async () => {
    const accountId = account('fraud');
    await first.applyStrike({ accountId, ruleId: 'C5', source: { kind: 'content', id: 'c-scam' }, actor: 'system' });
    const standing = await first.getStanding(accountId);
    expect(standing.status).toBe('suspended');
    expect(standing.restrictions).toEqual([expect.objectContaining({ kind: 'suspension', pendingReview: true })]);
  });

  it('moderator actions write the audit log newest first, paginated', async () => {
    const accountId = account('audit');
    await first.takeAction(accountId, { kind: 'warn', reason: 'first' }, 'mod-1');
    await first.takeAction(accountId, { kind: 'mute', until: new Date(Date.now() + 3_600_000).toISOString(), reason: 'second' }, 'mod-1');
    await first.takeAction(accountId, { kind: 'lift', reason: 'third' }, 'mod-2');

    const page1 = await first.listAudit(accountId, { limit: 2 });
    const page2 = await first.listAudit(accountId, { limit: 2, ...(page1.nextCursor === undefined ? {} : { cursor: page1.nextCursor }) });

    expect([...page1.entries, ...page2.entries].map((entry) => entry.why.reason)).toEqual(['third', 'second', 'first']);
    expect(page1.entries[1]).toMatchObject({ actor: 'mod-1', statusBefore: 'warned', statusAfter: 'muted' });
    expect((await first.getStanding(accountId)).status).toBe('warned');
  });
});
