import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { z } from 'zod';
import { routeById, type RouteDefinition, type RouteId } from '../routes';
import { callerFromClaims, type Caller } from './auth';
import { DOMAIN_ERROR_STATUS, DomainError } from './errors';
import { logger } from './logger';

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResult = APIGatewayProxyStructuredResultV2;
export type HttpHandler = (event: HttpEvent) => Promise<HttpResult>;

/** What a route's domain call needs from the request, with API Gateway left behind. */
export interface HttpRequest {
  readonly requestId: string;
  readonly caller: Caller | null;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body, base64-decoded when API Gateway encoded it. */
  readonly body: string | undefined;
}

export interface JsonReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' } as const;

const json = (status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): HttpResult => ({
  statusCode: status,
  headers: { ...JSON_HEADERS, ...headers },
  body: JSON.stringify(body),
});

/** The one shape every error takes: `{"error":{"code","message"}}`. */
const errorReply = (status: number, code: string, message: string, headers?: Record<string, string>): HttpResult =>
  json(status, { error: { code, message } }, headers);

const dropUndefined = (record: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(record ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined));

const toRequest = (event: HttpEvent): HttpRequest => ({
  requestId: event.requestContext.requestId,
  caller: callerFromClaims(event.requestContext.authorizer?.jwt?.claims),
  pathParameters: dropUndefined(event.pathParameters),
  query: dropUndefined(event.queryStringParameters),
  headers: dropUndefined(event.headers),
  body: event.body === undefined ? undefined : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body,
});

const authorise = (route: RouteDefinition, caller: Caller | null): void => {
  if (route.access === 'public') return;
  if (caller === null) throw new DomainError('Unauthorized', 'a bearer token with a subject is required');
  if (!route.access.some((role) => caller.roles.has(role))) {
    throw new DomainError('Forbidden', `this route needs one of the roles: ${route.access.join(', ')}`);
  }
};

const replyToError = (route: RouteDefinition, error: unknown): HttpResult => {
  if (error instanceof DomainError) {
    const retryAfter = error.details?.retryAfterSeconds;
    return errorReply(DOMAIN_ERROR_STATUS[error.code], error.code, error.message, retryAfter === undefined ? undefined : { 'retry-after': String(retryAfter) });
  }
  // Unknown failures are ours, not the caller's: log the cause, answer without internals.
  logger.error('unhandled error', { route: route.id, error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) });
  return errorReply(500, 'InternalError', 'internal error');
};

/**
 * Wraps a route's logic: caller and role check from the route table, named errors to 4xx, unknown
 * errors to a generic 500, one log line per request with the route, status and latency.
 */
export const createHttpHandler =
  (routeId: RouteId, handle: (request: HttpRequest) => Promise<JsonReply>): HttpHandler =>
  async (event) => {
    const route = routeById(routeId);
    const startedAt = performance.now();
    let result: HttpResult;
    try {
      const request = toRequest(event);
      authorise(route, request.caller);
      const reply = await handle(request);
      result = json(reply.status, reply.body, reply.headers);
    } catch (error) {
      result = replyToError(route, error);
    }
    logger.info('request', { route: route.id, status: result.statusCode, ms: Math.round(performance.now() - startedAt), requestId: event.requestContext.requestId });
    return result;
  };

const describeIssue = (issue: z.core.$ZodIssue): string => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`;

/**
 * Parses and validates a JSON body: 413 over `maxBytes`, 415 for a non-JSON content type, 400 with the
 * failing field for malformed JSON or a schema violation.
 */
export const parseJsonBody = <S extends z.ZodType>(request: HttpRequest, schema: S, maxBytes: number): z.output<S> => {
  const body = request.body ?? '';
  const size = Buffer.byteLength(body, 'utf8');
  if (size > maxBytes) throw new DomainError('PayloadTooLarge', `body is ${size} bytes; the limit is ${maxBytes}`);
  const contentType = request.headers['content-type'];
  if (contentType !== undefined && !/^application\/([a-z0-9.+-]+\+)?json\b/i.test(contentType)) {
    throw new DomainError('UnsupportedMediaType', `content-type must be application/json, got ${JSON.stringify(contentType)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new DomainError('BadRequest', 'body is not valid JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DomainError('BadRequest', parsed.error.issues.slice(0, 3).map(describeIssue).join('; '));
  return parsed.data;
};

/** Validates path or query parameters against a schema; 400 naming the bad parameter. */
export const parseParameters = <S extends z.ZodType>(parameters: Readonly<Record<string, string>>, schema: S): z.output<S> => {
  const parsed = schema.safeParse(parameters);
  if (!parsed.success) throw new DomainError('BadRequest', parsed.error.issues.slice(0, 3).map(describeIssue).join('; '));
  return parsed.data;
};
