import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { JWTPayload } from 'jose';
import type { HttpEvent, HttpResult } from '../../functions/shared/http';
import type { RouteDefinition } from '../../functions/routes';

const TEXT_CONTENT_TYPE = /^(text\/|application\/([a-z0-9.+-]+\+)?(json|xml|javascript|x-www-form-urlencoded))/i;

/** API Gateway hands claims to Lambda as strings; arrays become "[a b c]". */
const flattenClaims = (payload: JWTPayload): Record<string, string> =>
  Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
    ]),
  );

export interface GatewayRequest {
  readonly incoming: IncomingMessage;
  readonly url: URL;
  readonly body: Buffer;
  readonly route: RouteDefinition;
  readonly pathParameters: Record<string, string>;
  readonly claims: JWTPayload | null;
}

/** Builds the payload-format-2.0 event API Gateway's HTTP API would send for this request. */
export const toHttpApiEvent = ({ incoming, url, body, route, pathParameters, claims }: GatewayRequest): HttpEvent => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const isText = TEXT_CONTENT_TYPE.test(headers['content-type'] ?? 'application/json');
  const now = new Date();
  const routeKey = `${route.method} ${route.path}`;
  const cookies = incoming.headers.cookie?.split(/;\s*/).filter((cookie) => cookie !== '');
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    ...(cookies === undefined ? {} : { cookies }),
    headers,
    ...(url.search === '' ? {} : { queryStringParameters: query }),
    ...(Object.keys(pathParameters).length === 0 ? {} : { pathParameters }),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: claims === null ? {} : flattenClaims(claims), scopes: [] } },
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0] ?? 'localhost',
      http: { method: route.method, path: url.pathname, protocol: `HTTP/${incoming.httpVersion}`, sourceIp: incoming.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length === 0 ? {} : { body: isText ? body.toString('utf8') : body.toString('base64') }),
    isBase64Encoded: body.length > 0 && !isText,
  };
};

export interface GatewayResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[]>;
  readonly body: Buffer;
}

/** Interprets a Lambda result the way the HTTP API does for payload format 2.0. */
export const fromHandlerResult = (result: HttpResult | string | object | undefined | null): GatewayResponse => {
  if (result !== null && typeof result === 'object' && 'statusCode' in result) {
    const structured = result as HttpResult;
    const headers: Record<string, string | string[]> = Object.fromEntries(Object.entries(structured.headers ?? {}).map(([name, value]) => [name, String(value)]));
    if (structured.cookies !== undefined) headers['set-cookie'] = structured.cookies;
    const body = structured.body === undefined ? Buffer.alloc(0) : Buffer.from(structured.body, structured.isBase64Encoded === true ? 'base64' : 'utf8');
    return { status: structured.statusCode ?? 200, headers, body };
  }
  // Without a statusCode, API Gateway assumes 200 and JSON.
  const body = result === undefined || result === null ? '' : typeof result === 'string' ? result : JSON.stringify(result);
  return { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body) };
};
