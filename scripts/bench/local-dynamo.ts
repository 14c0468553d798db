import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { DynamoAccountRepository } from '../../functions/adapters/dynamodb/dynamo-account-repository';
import { DynamoAuditLog } from '../../functions/adapters/dynamodb/dynamo-audit-log';
import { createStandingService, type StandingService } from '../../functions/standing/standing-service';
import { ensureTable, startLocalDynamo } from '../../infra/local/dynamodb';
import { percentile } from './measure';

export interface CountingDynamo {
  readonly client: DynamoDBClient;
  readonly table: string;
  /** DynamoDB requests sent so far (every HTTP attempt, retries included), by operation. */
  readonly requests: Map<string, number>;
  totalRequests(): number;
  stop(): Promise<void>;
}

/**
 * An in-memory dynalite with the service's table, and a client whose middleware counts each request on
 * the wire: request counts come from what the SDK sent, not from reading the code.
 */
export const startCountingDynamo = async (): Promise<CountingDynamo> => {
  const dynamo = await startLocalDynamo('dynalite', 0);
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  const table = 'bench';
  await ensureTable(client, table);
  const requests = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      requests.set(context.commandName ?? '?', (requests.get(context.commandName ?? '?') ?? 0) + 1);
      return next(args);
    },
    // Inside the retry loop, so a retried attempt counts as the request it is.
    { step: 'deserialize', name: 'countRequests' },
  );
  requests.clear();
  return {
    client,
    table,
    requests,
    totalRequests: () => [...requests.values()].reduce((sum, count) => sum + count, 0),
    stop: async () => {
      client.destroy();
      await dynamo.stop();
    },
  };
};

/** Runs `task(i)` for i in [0, count) with at most `concurrency` in flight; returns each call's latency in ms. */
export const runConcurrently = async (count: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<number[]> => {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      const startedAt = performance.now();
      await task(index);
      latencies.push(performance.now() - startedAt);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies.sort((a, b) => a - b);
};

/** The standing service on the counting client, as a Lambda would build it (events go nowhere). */
export const standingServiceOn = (dynamo: CountingDynamo): StandingService =>
  createStandingService({
    accounts: new DynamoAccountRepository(dynamo.client, dynamo.table),
    audit: new DynamoAuditLog(dynamo.client, dynamo.table),
    events: { publish: async () => undefined },
    now: () => new Date(),
    newId: randomUUID,
  });

/** Columns of every DynamoDB-backed bench table. */
export const OPS_TABLE = {
  headers: ['operation', 'ops/s', 'p50 ms', 'p99 ms', 'DynamoDB requests per op'],
  align: ['left', 'right', 'right', 'right', 'left'],
} as const;

/** One row: throughput over the run, latency percentiles, and what was sent per operation. */
export const opsRow = (operation: string, count: number, elapsedMs: number, ascendingLatencies: readonly number[], requestsPerOp: string): string[] => [
  operation,
  Math.round((count * 1000) / elapsedMs).toLocaleString('en-US'),
  percentile(ascendingLatencies, 0.5).toFixed(2),
  percentile(ascendingLatencies, 0.99).toFixed(2),
  requestsPerOp,
];
