import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAccountRepository } from '../../functions/adapters/dynamodb/dynamo-account-repository';
import { DynamoAuditLog } from '../../functions/adapters/dynamodb/dynamo-audit-log';
import { DynamoBehaviourLedger } from '../../functions/adapters/dynamodb/dynamo-behaviour-ledger';
import { DynamoDecisionStore } from '../../functions/adapters/dynamodb/dynamo-decision-store';
import { DynamoReviewQueue } from '../../functions/adapters/dynamodb/dynamo-review-queue';
import { checkTextContent, type TextCheckDeps } from '../../functions/checks/check-text';
import { settleDecision } from '../../functions/decisions/settle-decision';
import { POLICY_VERSION } from '../../functions/policy/rules';
import { createStandingService, type StandingService } from '../../functions/standing/standing-service';
import { checkText } from '../../functions/text/engine';
import type { ReceivedEvent } from '../../infra/local/eventbridge';
import { DYNAMO_BACKEND, startTestStack } from './local-stack';

describe(`text checks (${DYNAMO_BACKEND})`, () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let service: string;
  const received: ReceivedEvent[] = [];
  const id = (prefix: string) => `it-${prefix}-${randomUUID().slice(0, 8)}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.endpoints.gatewayUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${service}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const check = (body: Record<string, unknown>) => call('POST', '/v1/text-checks', body);

  /** The domain with real DynamoDB adapters and a clock the test controls. */
  const domainAt = (now: Date): TextCheckDeps & { standing: StandingService } => {
    const client = new DynamoDBClient({ endpoint: stack.endpoints.dynamodb.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const table = stack.endpoints.dynamodb.table;
    return {
      engine: checkText,
      decisions: new DynamoDecisionStore(client, table),
      behaviour: new DynamoBehaviourLedger(client, table),
      standing: createStandingService({ accounts: new DynamoAccountRepository(client, table), audit: new DynamoAuditLog(client, table), events: { publish: async () => undefined }, now: () => now, newId: randomUUID }),
      review: new DynamoReviewQueue(client, table),
      events: { publish: async () => undefined },
      now: () => now,
    };
  };

  beforeAll(async () => {
    stack = await startTestStack();
    stack.events.received.on('event', (event: ReceivedEvent) => received.push(event));
    service = await stack.issuer.tokenFor('service');
  }, 60_000);
  afterAll(async () => stack?.cleanup());

  describe('POST /v1/text-checks', () => {
    it('allows ordinary talk and stores the decision by content id', async () => {
      const contentId = id('c');
      const response = await check({ contentId, accountId: id('a'), surface: 'chat', text: 'hello, how is your Spanish going?' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ contentId, decision: 'allow', rules: [], policyVersion: POLICY_VERSION });
      expect((await call('GET', `/v1/decisions/${contentId}`)).body).toMatchObject({ contentId, decision: 'allow', kind: 'text' });
    });

    it('blocks cursing in a Moment, strikes the author once however often the same content is checked', async () => {
      const [contentId, accountId] = [id('c'), id('a')];
      const first = await check({ contentId, accountId, surface: 'moment', text: '씨발 진짜' });
      expect(first.body).toMatchObject({ decision: 'block', rules: [expect.objectContaining({ id: 'M6', evidence: [{ start: 0, end: 2, match: '씨발' }] })] });
      const again = await check({ contentId, accountId, surface: 'moment', text: '씨발 진짜' });
      expect(again.body).toEqual(first.body);
      const standing = await call('GET', `/v1/accounts/${accountId}/standing`);
      expect(standing.body.strikes).toEqual([expect.objectContaining({ ruleId: 'M6', source: { kind: 'content', id: contentId } })]);
      expect(received.filter((event) => event.detailType === 'DecisionMade' && (event.detail as { contentId: string }).contentId === contentId)).toHaveLength(1);
    });

    it('suspends the author of a money ask pending review (fraud is flagrant)', async () => {
      const accountId = id('a');
      expect((await check({ contentId: id('c'), accountId, surface: 'chat', text: '转账给我' })).body.decision).toBe('block');
      const standing = await call('GET', `/v1/accounts/${accountId}/standing`);
      expect(standing.body).toMatchObject({ status: 'suspended', restrictions: [expect.objectContaining({ kind: 'suspension', pendingReview: true })] });
    });

    it('holds a politically sensitive Moment for review, queued and without a strike', async () => {
      const [contentId, accountId] = [id('c'), id('a')];
      expect((await check({ contentId, accountId, surface: 'moment', text: '习近平' })).body.decision).toBe('review');
      expect((await call('GET', `/v1/accounts/${accountId}/standing`)).body.strikes).toEqual([]);
      const moderator = await stack.issuer.tokenFor('moderator');
      const queue = await fetch(`${stack.endpoints.gatewayUrl}/v1/review-queue?kind=text-decision&limit=50`, { headers: { authorization: `Bearer ${moderator}` } });
      const items = ((await queue.json()) as { items: { id: string; details: { contentId: string } }[] }).items;
      expect(items.filter((item) => item.details.contentId === contentId)).toHaveLength(1);
    });

    it.each([
      ['text over 10,000 characters', { surface: 'chat', text: 'a'.repeat(10_001) }],
      ['an unknown surface', { surface: 'story', text: 'hi' }],
      ['an unknown language hint', { surface: 'chat', text: 'hi', lang: 'xx' }],
      ['empty text', { surface: 'chat', text: '' }],
    ])('refuses %s with 400 and stores nothing', async (_case, fields) => {
      const contentId = id('c');
      const response = await check({ contentId, accountId: id('a'), ...fields });
      expect(response.status).toBe(400);
      expect((await call('GET', `/v1/decisions/${contentId}`)).status).toBe(404);
    });
  });

  describe('behaviour signals', () => {
    const at = new Date('2026-11-25T10:00:30Z');

    it('holds the 16th unanswered message to one recipient for review as persistent disturbance', async () => {
      const deps = domainAt(at);
      const [sender, recipient] = [id('sender'), id('recipient')];
      const decisions = [];
      for (let index = 0; index < 16; index += 1) decisions.push(await checkTextContent(deps, { contentId: id('c'), accountId: sender, recipientId: recipient, surface: 'chat', text: `are you there? (${index})` }));
      expect(decisions.slice(0, 15).map((decision) => decision.decision)).toEqual(Array(15).fill('allow'));
      expect(decisions[15]).toMatchObject({ decision: 'review', rules: [expect.objectContaining({ id: 'C1' })], behaviour: [expect.objectContaining({ kind: 'unanswered', count: 16 })] });
    });

    it('forgets the streak when the recipient answers', async () => {
      const deps = domainAt(at);
      const [sender, recipient] = [id('sender'), id('recipient')];
      for (let index = 0; index < 15; index += 1) await checkTextContent(deps, { contentId: id('c'), accountId: sender, recipientId: recipient, surface: 'chat', text: `hi (${index})` });
      await checkTextContent(deps, { contentId: id('c'), accountId: recipient, recipientId: sender, surface: 'chat', text: 'hi! sorry, busy week' });
      expect((await checkTextContent(deps, { contentId: id('c'), accountId: sender, recipientId: recipient, surface: 'chat', text: 'great to hear from you' })).decision).toBe('allow');
    });

    it('flags one text fanned out to more than ten recipients within the hour as spam', async () => {
      const deps = domainAt(at);
      const sender = id('spammer');
      const decisions = [];
      for (let index = 0; index < 11; index += 1) decisions.push(await checkTextContent(deps, { contentId: id('c'), accountId: sender, recipientId: id('r'), surface: 'chat', text: `Hi dear!! Check my profile ${index}` }));
      expect(decisions[9]?.decision).toBe('allow');
      expect(decisions[10]).toMatchObject({ decision: 'review', behaviour: [expect.objectContaining({ kind: 'fan-out', ruleId: 'C4', count: 11 })] });
    });

    it('flags more than 30 posts a minute as automated posting', async () => {
      const deps = domainAt(at);
      const author = id('bot');
      const decisions = [];
      for (let index = 0; index < 31; index += 1) decisions.push(await checkTextContent(deps, { contentId: id('c'), accountId: author, surface: 'comment', text: `nice photo number ${index}` }));
      expect(decisions[29]?.decision).toBe('allow');
      expect(decisions[30]).toMatchObject({ decision: 'review', behaviour: [expect.objectContaining({ kind: 'velocity', ruleId: 'C9', count: 31 })] });
    });
  });

  it('never strikes a self-harm decision: it is hidden with a support flag instead', async () => {
    const deps = domainAt(new Date());
    const [contentId, accountId] = [id('c'), id('a')];
    const decision = {
      contentId,
      accountId,
      kind: 'text' as const,
      surface: 'moment' as const,
      decision: 'block' as const,
      rules: [{ id: 'M8' as const, severity: 'critical' as const, confidence: 0.9, evidence: [] }],
      support: { reason: 'self-harm' as const },
      policyVersion: POLICY_VERSION,
      decidedAt: new Date().toISOString(),
    };
    await deps.decisions.saveIfAbsent(decision);
    await settleDecision(deps, decision);
    expect((await deps.standing.getStanding(accountId)).strikes).toEqual([]);
    expect((await deps.decisions.find(contentId))?.settledAt).toEqual(expect.any(String));
  });
});
