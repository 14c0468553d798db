import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, startLocalDynamo } from '../../infra/local/dynamodb';

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
