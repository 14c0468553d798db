import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DYNAMO_BACKEND, startTestStack } from './local-stack';

describe(`reports and review queue (${DYNAMO_BACKEND})`, () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let moderator: string;
  let otherModerator: string;
  let service: string;
  const id = (prefix: string) => `it-${prefix}-${randomUUID().slice(0, 8)}`;
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await fetch(`${stack.endpoints.gatewayUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
  };
  const report = async (reporter: string, body: Record<string, unknown>) => call('POST', '/v1/reports', await stack.issuer.tokenFor('user', reporter), body);
  const storedReport = async (reportId: string) => {
    const dynamo = new DynamoDBClient({ endpoint: stack.endpoints.dynamodb.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const { Item } = await dynamo.send(new GetItemCommand({ TableName: stack.endpoints.dynamodb.table, Key: { pk: { S: `REPORT#${reportId}` }, sk: { S: 'REPORT' } } }));
    return Item;
  };
  const reviewItemsAbout = async (accountId: string, kind: string) =>
    ((await call('GET', `/v1/review-queue?kind=${kind}&limit=50`, moderator)).body.items as { id: string; accountId: string }[]).filter((item) => item.accountId === accountId);

  beforeAll(async () => {
    stack = await startTestStack();
    moderator = await stack.issuer.tokenFor('moderator', 'mod-a');
    otherModerator = await stack.issuer.tokenFor('moderator', 'mod-b');
    service = await stack.issuer.tokenFor('service');
  }, 60_000);
  afterAll(async () => stack?.cleanup());

  it('takes a report as 202 and answers a repeat with the same id', async () => {
    const [reporter, target] = [id('reporter'), id('target')];
    const first = await report(reporter, { targetAccountId: target, contentId: 'c-1', ruleId: 'C1', note: 'keeps insulting me' });
    expect(first.status).toBe(202);
    expect((await report(reporter, { targetAccountId: target, contentId: 'c-1', ruleId: 'C1' })).body.reportId).toBe(first.body.reportId);
  });

  it.each([
    ['reporting oneself', (self: string) => ({ targetAccountId: self, ruleId: 'C1' })],
    ['an unknown rule id', () => ({ targetAccountId: 'someone', ruleId: 'X42' })],
    ['an oversized note', () => ({ targetAccountId: 'someone', ruleId: 'C1', note: 'x'.repeat(1001) })],
  ])('refuses %s with 400 and a reason', async (_case, body) => {
    const reporter = id('reporter');
    const response = await report(reporter, body(reporter));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toEqual(expect.any(String));
  });

  it('attributes a report to the token subject whatever reporterId the body claims', async () => {
    const [reporter, target] = [id('reporter'), id('target')];
    const response = await report(reporter, { targetAccountId: target, ruleId: 'C1', reporterId: 'someone-else' });
    expect(response.status).toBe(202);
    expect((await storedReport(response.body.reportId))?.reporterId?.S).toBe(reporter);
  });

  it('limits a flood from one reporter with 429 and Retry-After, keeping every report under the limit', async () => {
    const reporter = id('flooder');
    const responses = [];
    for (let index = 0; index < 22; index += 1) responses.push(await report(reporter, { targetAccountId: id('target'), ruleId: 'C4' }));
    const accepted = responses.filter((response) => response.status === 202);
    expect(accepted).toHaveLength(20);
    expect(responses.slice(20).map((response) => response.status)).toEqual([429, 429]);
    expect(Number(responses[20]?.headers.get('retry-after'))).toBeGreaterThan(0);
    for (const response of accepted) expect(await storedReport(response.body.reportId)).toBeDefined();
  });

  it('restricts a target pending review once ten distinct credible reporters report it', async () => {
    const target = id('target');
    for (let index = 0; index < 10; index += 1) expect((await report(id('reporter'), { targetAccountId: target, contentId: 'c-x', ruleId: 'C1' })).status).toBe(202);
    const standing = await call('GET', `/v1/accounts/${target}/standing`, service);
    expect(standing.body.status).toBe('restricted');
    const items = await reviewItemsAbout(target, 'report');
    expect(items).toHaveLength(1);
    expect((items[0] as unknown as { reporters: unknown[] }).reporters).toHaveLength(10);
    const audit = await call('GET', `/v1/accounts/${target}/audit?limit=50`, moderator);
    expect((audit.body.entries as { event: string; actor: string }[]).filter((entry) => entry.event === 'action-taken')).toEqual([expect.objectContaining({ actor: 'system' })]);
  });

  it('lets exactly one of two moderators claim an item', async () => {
    const target = id('target');
    await report(id('reporter'), { targetAccountId: target, ruleId: 'M6' });
    const [item] = await reviewItemsAbout(target, 'report');
    const claims = await Promise.all([call('POST', `/v1/review-queue/${item?.id}/claim`, moderator), call('POST', `/v1/review-queue/${item?.id}/claim`, otherModerator)]);
    expect(claims.map((claim) => claim.status).sort()).toEqual([200, 409]);
  });

  it('upholding a claimed report strikes the target; resolving without the claim is refused', async () => {
    const target = id('target');
    await report(id('reporter'), { targetAccountId: target, contentId: 'c-9', ruleId: 'C7' });
    const [item] = await reviewItemsAbout(target, 'report');
    expect((await call('POST', `/v1/review-queue/${item?.id}/resolution`, moderator, { outcome: 'uphold', note: 'asked for photos repeatedly' })).status).toBe(409);
    await call('POST', `/v1/review-queue/${item?.id}/claim`, moderator);
    expect((await call('POST', `/v1/review-queue/${item?.id}/resolution`, otherModerator, { outcome: 'uphold', note: 'not my claim' })).status).toBe(409);
    const resolved = await call('POST', `/v1/review-queue/${item?.id}/resolution`, moderator, { outcome: 'uphold', note: 'asked for photos repeatedly' });
    expect(resolved.status).toBe(200);
    expect((await call('GET', `/v1/accounts/${target}/standing`, service)).body.strikes).toEqual([expect.objectContaining({ ruleId: 'C7', source: { kind: 'report', id: item?.id } })]);
  });

  it('a rejection cascade strikes the false reporter under C2', async () => {
    const reporter = id('false-reporter');
    for (let index = 0; index < 5; index += 1) {
      const target = id('innocent');
      await report(reporter, { targetAccountId: target, ruleId: 'C1' });
      const [item] = await reviewItemsAbout(target, 'report');
      await call('POST', `/v1/review-queue/${item?.id}/claim`, moderator);
      expect((await call('POST', `/v1/review-queue/${item?.id}/resolution`, moderator, { outcome: 'reject', note: 'nothing there' })).status).toBe(200);
    }
    const standing = await call('GET', `/v1/accounts/${reporter}/standing`, service);
    expect((standing.body.strikes as { ruleId: string }[]).map((strike) => strike.ruleId)).toEqual(['C2']);
  });

  it('flags accounts linked to a suspended account for ban-evasion review, visible in their standing', async () => {
    const [banned, alt] = [id('banned'), id('alt')];
    const hash = randomUUID().replace(/-/g, '');
    expect((await call('POST', `/v1/accounts/${banned}/links`, service, { kind: 'device', hash })).body).toEqual({ linkedAccounts: [] });
    expect((await call('POST', `/v1/accounts/${alt}/links`, service, { kind: 'device', hash })).body).toEqual({ linkedAccounts: [banned] });

    await call('POST', `/v1/accounts/${banned}/actions`, moderator, { kind: 'suspend', until: new Date(Date.now() + 86_400_000).toISOString(), reason: 'harassment' });

    expect((await call('GET', `/v1/accounts/${alt}/standing`, service)).body.flags).toEqual([expect.objectContaining({ kind: 'ban-evasion', linkedAccountId: banned })]);
    expect(await reviewItemsAbout(alt, 'ban-evasion')).toHaveLength(1);
  });

  it('refuses a raw phone number as a link hash', async () => {
    expect((await call('POST', `/v1/accounts/${id('a')}/links`, service, { kind: 'phone', hash: '+44 7700 900123' })).status).toBe(400);
  });
});
