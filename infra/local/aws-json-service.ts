import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One operation: JSON request in, JSON response out (the AWS JSON 1.1 protocol). */
export type AwsJsonOperation = (request: unknown) => Promise<unknown>;

export interface LocalAwsService {
  readonly endpoint: string;
  stop(): Promise<void>;
}

const readJson = async (incoming: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
};

/**
 * A local endpoint speaking an AWS JSON 1.1 service's wire protocol (POST /, `X-Amz-Target: <Prefix>.<Op>`,
 * `application/x-amz-json-1.1`), so the SDK client works unchanged through its AWS_ENDPOINT_URL_* variable.
 * Operations are plugged in by name; an operation it does not serve gets AWS's own error shape.
 */
export const startAwsJsonService = async (port: number, targetPrefix: string, operations: Readonly<Record<string, AwsJsonOperation>>): Promise<LocalAwsService> => {
  const TARGET_PREFIX = `${targetPrefix}.`;
  const server: Server = createServer((incoming, outgoing) => {
    const reply = (status: number, body: unknown, errorType?: string) =>
      outgoing
        .writeHead(status, { 'content-type': 'application/x-amz-json-1.1', ...(errorType === undefined ? {} : { 'x-amzn-errortype': errorType }) })
        .end(JSON.stringify(body));
    const target = String(incoming.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(TARGET_PREFIX) ? operations[target.slice(TARGET_PREFIX.length)] : undefined;
    if (incoming.method !== 'POST' || operation === undefined) {
      reply(400, { __type: 'UnknownOperationException', message: `operation ${JSON.stringify(target)} is not served locally` }, 'UnknownOperationException');
      return;
    }
    readJson(incoming)
      .then(operation)
      .then(
        (body) => reply(200, body),
        (error: unknown) => {
          const name = error instanceof Error && error.name !== 'Error' ? error.name : 'InvalidParameterException';
          reply(400, { __type: name, message: error instanceof Error ? error.message : String(error) }, name);
        },
      );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
