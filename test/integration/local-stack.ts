import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoBackend } from '../../infra/local/dynamodb';
import { startLocalStack, type LocalStack } from '../../infra/local/stack';

/** Which local DynamoDB the integration tests run against; CI runs them on both. */
export const DYNAMO_BACKEND: DynamoBackend = process.env.LOCAL_DYNAMODB === 'dynamodb-local' ? 'dynamodb-local' : 'dynalite';

/** A fresh local stack on free ports with throwaway data, for one test file. */
export const startTestStack = async (): Promise<LocalStack & { cleanup(): Promise<void> }> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'moderation-it-'));
  const stack = await startLocalStack({ port: 0, dataDir, persist: false, dynamoBackend: DYNAMO_BACKEND, retryDelayMs: 20 });
  return {
    ...stack,
    cleanup: async () => {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
