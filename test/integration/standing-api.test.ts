import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedEvent } from '../../infra/local/eventbridge';
import { DYNAMO_BACKEND, startTestStack } from './local-stack';

describe(`standing API (${DYNAMO_BACKEND})`, () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let tokens: { service: string; moderator: string; user: (id: string) => Promise<string> };
  const received: ReceivedEvent[] = [];
  const account = () => `it-api-${randomUUID().slice(0, 8)}`;
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await fetch(`${stack.endpoints.gatewayUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
  };
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  beforeAll(async () => {
    stack = await startTestStack();
    stack.events.received.on('event', (event: ReceivedEvent) => received.push(event));
    tokens = { service: await stack.issuer.tokenFor('service'), moderator: await stack.issuer.tokenFor('moderator', 'mod-9'), user: (id) => stack.issuer.tokenFor('user', id) };
  }, 60_000);
  afterAll(async () => stack?.cleanup());

  it('lets a user read their own standing but not another account', async () => {
    const mine = account();
    expect((await call('GET', `/v1/accounts/${mine}/standing`, await tokens.user(mine))).body).toMatchObject({ accountId: mine, status: 'good', points: 0, strikes: [] });
    expect((await call('GET', `/v1/accounts/${account()}/standing`, await tokens.user(mine))).status).toBe(403);
    expect((await call('GET', `/v1/accounts/${mine}/standing`, tokens.service)).status).toBe(200);
  });

  it('applies a moderator action with a rule as a strike, visible in standing, audit and on the event bus', async () => {
    const target = account();
    const response = await call('POST', `/v1/accounts/${target}/actions`, tokens.moderator, { kind: 'mute', until: inAnHour(), ruleId: 'C1', reason: 'insults in chat' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'muted', points: 3, strikes: [expect.objectContaining({ ruleId: 'C1', source: { kind: 'moderator-action', id: expect.any(String) } })] });
    const audit = await call('GET', `/v1/accounts/${target}/audit?limit=10`, tokens.moderator);
    expect((audit.body.entries as { event: string; actor: string }[]).map((entry) => [entry.event, entry.actor])).toEqual([
      ['strike-applied', 'mod-9'],
      ['action-taken', 'mod-9'],
    ]);
    expect(received.filter((event) => (event.detail as { accountId?: string }).accountId === target).map((event) => event.detailType)).toEqual(['StandingChanged', 'StandingChanged']);
  });

  it.each([
    ['an unknown kind', { kind: 'ban-forever', reason: 'x' }, 400],
    ['an until in the past', { kind: 'suspend', until: '2020-01-01T00:00:00Z', reason: 'x' }, 400],
    ['a timed action without until', { kind: 'restrict', reason: 'x' }, 400],
    ['an unknown rule id', { kind: 'warn', ruleId: 'Z9', reason: 'x' }, 400],
    ['an unexpected field', { kind: 'warn', reason: 'x', points: 100 }, 400],
    ['a body over the size limit', { kind: 'warn', reason: 'x'.repeat(70_000) }, 413],
  ])('refuses %s with a reason and writes nothing', async (_case, body, status) => {
    const target = account();
    const response = await call('POST', `/v1/accounts/${target}/actions`, tokens.moderator, body);
    expect(response.status).toBe(status);
    expect(response.body.error?.message).toEqual(expect.any(String));
    expect((await call('GET', `/v1/accounts/${target}/audit`, tokens.moderator)).body.entries).toEqual([]);
    expect((await call('GET', `/v1/accounts/${target}/standing`, tokens.service)).body).toMatchObject({ status: 'good', strikes: [] });
  });

  it('forbids users and services from taking moderator actions', async () => {
    const target = account();
    expect((await call('POST', `/v1/accounts/${target}/actions`, await tokens.user(target), { kind: 'lift', reason: 'x' })).status).toBe(403);
    expect((await call('POST', `/v1/accounts/${target}/actions`, tokens.service, { kind: 'lift', reason: 'x' })).status).toBe(403);
  });

  it('runs an appeal: only for your own strike, once, and a granted one voids the strike', async () => {
    const appellant = account();
    const struck = await call('POST', `/v1/accounts/${appellant}/actions`, tokens.moderator, { kind: 'warn', ruleId: 'M6', reason: 'cursing' });
    const strikeId = (struck.body.strikes as { id: string }[])[0]?.id;
    const userToken = await tokens.user(appellant);

    expect((await call('POST', '/v1/appeals', await tokens.user(account()), { strikeId, message: 'not mine' })).status).toBe(404);
    const filed = await call('POST', '/v1/appeals', userToken, { strikeId, message: 'I was quoting a word to ask what it means' });
    expect(filed.status).toBe(201);
    expect((await call('POST', '/v1/appeals', userToken, { strikeId, message: 'again' })).status).toBe(409);

    const appealId = filed.body.appealId as string;
    const granted = await call('POST', `/v1/appeals/${appealId}/resolution`, tokens.moderator, { outcome: 'grant', note: 'learner quoting' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ outcome: 'grant', standing: { points: 0 } });
    expect((await call('POST', `/v1/appeals/${appealId}/resolution`, tokens.moderator, { outcome: 'deny', note: 'changed my mind' })).status).toBe(409);
    const audit = await call('GET', `/v1/accounts/${appellant}/audit`, tokens.moderator);
    expect((audit.body.entries as { event: string }[])[0]).toMatchObject({ event: 'strike-voided', actor: 'mod-9' });
  });

  it('refuses an appeal for a decision about someone else', async () => {
    expect((await call('POST', '/v1/appeals', await tokens.user(account()), { contentId: 'c-nobody', message: 'x' })).status).toBe(404);
  });
});
