import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { ROUTES, type RouteDefinition } from '../../functions/routes';
import type { HttpHandler } from '../../functions/shared/http';
import { fromHandlerResult, toHttpApiEvent, type GatewayResponse } from './gateway-events';
import type { LocalIssuer } from './issuer';
import { PROJECT_ROOT } from './paths';

/** API Gateway's own payload limit; bodies past it never reach a Lambda. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
const JWKS_PATH = '/.well-known/jwks.json';

interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly pattern: RegExp;
  readonly parameterNames: readonly string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compile = (route: RouteDefinition): CompiledRoute => {
  const parameterNames: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const parameter = /^\{([A-Za-z0-9_]+)\}$/.exec(segment);
      if (parameter?.[1] === undefined) return escapeRegExp(segment);
      parameterNames.push(parameter[1]);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), parameterNames };
};

const gatewayMessage = (status: number, message: string, headers: Record<string, string> = {}): GatewayResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: Buffer.from(JSON.stringify({ message })),
});

const readBody = (incoming: IncomingMessage): Promise<Buffer | 'too-large'> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_PAYLOAD_BYTES) chunks.push(chunk);
    });
    incoming.on('end', () => resolve(size > MAX_PAYLOAD_BYTES ? 'too-large' : Buffer.concat(chunks)));
    incoming.on('error', reject);
  });

const lambdaContext = (route: RouteDefinition, requestId: string): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: `local-${route.id}`,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:local-${route.id}`,
  memoryLimitInMB: '512',
  awsRequestId: requestId,
  logGroupName: `/aws/lambda/local-${route.id}`,
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

export interface LocalGateway {
  readonly url: string;
  stop(): Promise<void>;
}

export interface LocalGatewayOptions {
  readonly port: number;
  readonly issuer: LocalIssuer;
  /** Audiences accepted in `aud` or `client_id`, like the JWT authorizer's audience list. */
  readonly audiences: readonly string[];
}

/**
 * The HTTP API, locally: routes from the same table the CDK stack reads, a JWT authorizer that checks
 * RS256 signatures against the issuer's JWKS (fetched over HTTP like API Gateway does), issuer, audience
 * and expiry, and payload-2.0 events into the unchanged handlers.
 */
export const startLocalGateway = async (options: LocalGatewayOptions): Promise<LocalGateway> => {
  const routes = ROUTES.map(compile);
  const handlers = new Map<string, Promise<HttpHandler>>();
  const handlerFor = (route: RouteDefinition): Promise<HttpHandler> => {
    let loaded = handlers.get(route.id);
    if (loaded === undefined) {
      // Imported on first use, like a cold start, after the stack has set the environment.
      loaded = import(pathToFileURL(join(PROJECT_ROOT, 'functions', route.entry)).href).then((module: { handler: HttpHandler }) => module.handler);
      handlers.set(route.id, loaded);
    }
    return loaded;
  };
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  const authorize = async (incoming: IncomingMessage): Promise<JWTPayload | null> => {
    const match = /^Bearer\s+(\S+)$/i.exec(incoming.headers.authorization ?? '');
    if (match?.[1] === undefined || jwks === undefined) return null;
    try {
      const { payload } = await jwtVerify(match[1], jwks, { issuer: options.issuer.issuer, algorithms: ['RS256'] });
      const audiences = [payload.aud ?? [], typeof payload.client_id === 'string' ? payload.client_id : []].flat();
      return audiences.some((audience) => options.audiences.includes(audience)) ? payload : null;
    } catch {
      return null;
    }
  };

  const respond = async (incoming: IncomingMessage): Promise<GatewayResponse> => {
    const url = new URL(incoming.url ?? '/', 'http://localhost');
    if (incoming.method === 'GET' && url.pathname === JWKS_PATH) {
      return { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ keys: [options.issuer.publicJwk] })) };
    }
    let matched: { compiled: CompiledRoute; values: RegExpExecArray } | undefined;
    for (const compiled of routes) {
      const values = compiled.route.method === incoming.method ? compiled.pattern.exec(url.pathname) : null;
      if (values !== null) {
        matched = { compiled, values };
        break;
      }
    }
    if (matched === undefined) return gatewayMessage(404, 'Not Found');
    const { route, parameterNames } = matched.compiled;
    const claims = route.access === 'public' ? null : await authorize(incoming);
    if (route.access !== 'public' && claims === null) return gatewayMessage(401, 'Unauthorized', { 'www-authenticate': 'Bearer' });
    const body = await readBody(incoming);
    if (body === 'too-large') return gatewayMessage(413, 'Request Entity Too Large');
    const pathParameters = Object.fromEntries(parameterNames.map((name, index) => [name, decodeURIComponent(matched.values[index + 1] ?? '')]));
    const event = toHttpApiEvent({ incoming, url, body, route, pathParameters, claims });
    try {
      const handler = await handlerFor(route);
      return fromHandlerResult(await (handler as (event: unknown, context: Context) => ReturnType<HttpHandler>)(event, lambdaContext(route, event.requestContext.requestId)));
    } catch (error) {
      console.error(`local gateway: ${route.id} threw`, error);
      return gatewayMessage(500, 'Internal Server Error');
    }
  };

  const server: Server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    respond(incoming).then(
      ({ status, headers, body }) => outgoing.writeHead(status, { ...headers, 'content-length': body.length }).end(body),
      (error: unknown) => {
        console.error('local gateway failure', error);
        outgoing.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port, '127.0.0.1', () => resolve()));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  // Loopback by address: "localhost" may resolve to ::1 first, where nothing listens.
  jwks = createRemoteJWKSet(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}${JWKS_PATH}`));
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
