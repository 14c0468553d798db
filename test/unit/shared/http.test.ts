import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../../../functions/shared/errors';
import { createHttpHandler, parseJsonBody, type HttpEvent, type HttpRequest } from '../../../functions/shared/http';

const eventWith = (overrides: { claims?: Record<string, string>; body?: string; base64?: boolean } = {}): HttpEvent =>
  ({
    version: '2.0',
    routeKey: 'GET /v1/decisions/{contentId}',
    rawPath: '/v1/decisions/c-1',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    pathParameters: { contentId: 'c-1' },
    isBase64Encoded: overrides.base64 ?? false,
    ...(overrides.body === undefined ? {} : { body: overrides.body }),
    requestContext: { requestId: 'r-1', authorizer: { jwt: { claims: overrides.claims ?? {}, scopes: [] } } },
  }) as unknown as HttpEvent;

const requestWith = (body: string | undefined, contentType = 'application/json'): HttpRequest => ({
  requestId: 'r-1',
  caller: null,
  pathParameters: {},
  query: {},
  headers: { 'content-type': contentType },
  body,
});

describe('createHttpHandler', () => {
  const echo = createHttpHandler('GetDecision', async (request) => ({ status: 200, body: { subject: request.caller?.subject, roles: [...(request.caller?.roles ?? [])] } }));

  it('maps API Gateway array claims ("[a b]") to the moderator role', async () => {
    const result = await echo(eventWith({ claims: { sub: 'mod-7', 'cognito:groups': '[support moderators]' } }));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '')).toEqual({ subject: 'mod-7', roles: ['user', 'moderator'] });
  });

  it('grants the service role only for the service scope', async () => {
    const result = await echo(eventWith({ claims: { sub: 'app-backend', scope: 'openid moderation/service' } }));
    expect(JSON.parse(result.body ?? '')).toEqual({ subject: 'app-backend', roles: ['service'] });
  });

  it('answers 403 with a JSON reason for a caller without a permitted role', async () => {
    const result = await echo(eventWith({ claims: { sub: 'acct-1' } }));
    expect(result.statusCode).toBe(403);
    expect(JSON.parse(result.body ?? '')).toMatchObject({ error: { code: 'Forbidden' } });
  });

  it('answers 401 when the claims carry no subject', async () => {
    expect((await echo(eventWith({ claims: {} }))).statusCode).toBe(401);
  });

  it('maps a named error to its status and a Retry-After header when given', async () => {
    const limited = createHttpHandler('GetHealth', async () => {
      throw new DomainError('TooManyRequests', 'slow down', { retryAfterSeconds: 30 });
    });
    const result = await limited(eventWith());
    expect(result.statusCode).toBe(429);
    expect(result.headers).toMatchObject({ 'retry-after': '30' });
  });

  it('hides an unexpected error behind a generic 500', async () => {
    const broken = createHttpHandler('GetHealth', async () => {
      throw new Error('connection string with secrets');
    });
    const result = await broken(eventWith());
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('secrets');
    expect(JSON.parse(result.body ?? '')).toEqual({ error: { code: 'InternalError', message: 'internal error' } });
  });
});

describe('parseJsonBody', () => {
  const schema = z.object({ text: z.string().max(5) });

  it('returns the validated body', () => {
    expect(parseJsonBody(requestWith('{"text":"hi"}'), schema, 100)).toEqual({ text: 'hi' });
  });

  it('refuses a body over the byte limit with 413 (counting bytes, not characters)', () => {
    expect(() => parseJsonBody(requestWith(JSON.stringify({ text: '日本' })), schema, 12)).toThrow(expect.objectContaining({ code: 'PayloadTooLarge' }));
  });

  it('refuses malformed JSON with 400', () => {
    expect(() => parseJsonBody(requestWith('{"text":'), schema, 100)).toThrow(expect.objectContaining({ code: 'BadRequest', message: 'body is not valid JSON' }));
  });

  it('names the failing field in a schema violation', () => {
    expect(() => parseJsonBody(requestWith('{"text":"far too long"}'), schema, 100)).toThrow(expect.objectContaining({ code: 'BadRequest', message: expect.stringMatching(/^text: /) }));
  });

  it('refuses a non-JSON content type with 415', () => {
    expect(() => parseJsonBody(requestWith('text=hi', 'application/x-www-form-urlencoded'), schema, 100)).toThrow(expect.objectContaining({ code: 'UnsupportedMediaType' }));
  });
});
