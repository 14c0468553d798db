import { z } from 'zod';
import { LOCAL_DIR } from './paths';
import { startLocalStack } from './stack';

/** `npm start`: the whole system on this machine, offline, until Ctrl-C. */
const settings = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOCAL_DYNAMODB: z.enum(['dynalite', 'dynamodb-local']).default('dynalite'),
  })
  .parse(process.env);

const stack = await startLocalStack({ port: settings.PORT, dynamoBackend: settings.LOCAL_DYNAMODB, servicePorts: { dynamodb: 4566, s3: 4569, rekognition: 4570, eventbridge: 4571 } });
const { endpoints } = stack;
console.log(`moderation backend running locally (offline)
  API gateway   ${endpoints.gatewayUrl}        try: curl ${endpoints.gatewayUrl}/v1/health
  DynamoDB      ${endpoints.dynamodb.endpoint}   table ${endpoints.dynamodb.table} (${endpoints.dynamodb.backend})
  S3            ${endpoints.s3.endpoint}   bucket ${endpoints.s3.bucket}, uploads under ${endpoints.s3.uploadsPrefix}
  Rekognition   ${endpoints.rekognition.endpoint}
  EventBridge   ${endpoints.eventbridge.endpoint}   events appended to ${endpoints.eventbridge.sinkFile}
  endpoints written to ${LOCAL_DIR}/endpoints.json; dev tokens: npm run token -- service | user <accountId> | moderator
Ctrl-C stops.`);

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping...`);
  stack.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('unclean shutdown', error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
