import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IMAGE_UPLOADED_ENTRY, UPLOADS_PREFIX } from '../../functions/routes';
import { ensureTable, startLocalDynamo, type DynamoBackend } from './dynamodb';
import { startLocalGateway } from './gateway';
import { LOCAL_AUDIENCE, loadLocalIssuer, type LocalIssuer } from './issuer';
import { LocalQueue, type SqsConsumer } from './local-queue';
import { LOCAL_DIR, PROJECT_ROOT } from './paths';
import { startLocalEventBus, type LocalEventBus } from './eventbridge';
import { startLocalRekognition } from './rekognition';
import { localRekognitionOperations } from './rekognition-operations';
import { startLocalS3 } from './s3';

export interface LocalStackOptions {
  /** Gateway port; 0 picks a free one. @default 3000 */
  readonly port?: number;
  /** Where data, keys and endpoints.json live. @default `.local/` */
  readonly dataDir?: string;
  /** Keep DynamoDB data on disk under dataDir; otherwise in memory. @default true */
  readonly persist?: boolean;
  /** @default 'dynalite' */
  readonly dynamoBackend?: DynamoBackend;
  /** Fixed ports for the AWS stand-ins; 0 picks free ones. */
  readonly servicePorts?: { readonly dynamodb?: number; readonly s3?: number; readonly rekognition?: number; readonly eventbridge?: number };
  /** Delay before the first redelivery of a failed upload message. @default 1000 */
  readonly retryDelayMs?: number;
}

export interface LocalEndpoints {
  readonly gatewayUrl: string;
  readonly s3: { readonly endpoint: string; readonly bucket: string; readonly uploadsPrefix: string };
  readonly dynamodb: { readonly endpoint: string; readonly table: string; readonly backend: DynamoBackend };
  readonly rekognition: { readonly endpoint: string };
  readonly eventbridge: { readonly endpoint: string; readonly busName: string; readonly sinkFile: string };
  readonly deadLetterFile: string;
}

export interface LocalStack {
  readonly endpoints: LocalEndpoints;
  readonly issuer: LocalIssuer;
  /** The uploads queue feeding the image handler; tests observe its `delivery` events. */
  readonly uploadsQueue: LocalQueue;
  /** The local event bus; tests listen to `events.received`. */
  readonly events: LocalEventBus;
  stop(): Promise<void>;
}

const REGION = 'us-east-1';
const TABLE_NAME = 'moderation';
const BUCKET = 'moderation-uploads';

/**
 * What the handlers read at cold start. Endpoints go only through the SDK's standard variables, so the
 * handler code is byte-for-byte the one deployed to Lambda.
 */
const configureHandlerEnvironment = (endpoints: LocalEndpoints): void => {
  process.env.AWS_REGION ??= REGION;
  // s3rver checks the access key (its own S3RVER account); the other local services take any.
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  process.env.AWS_ENDPOINT_URL_DYNAMODB = endpoints.dynamodb.endpoint;
  process.env.AWS_ENDPOINT_URL_S3 = endpoints.s3.endpoint;
  process.env.AWS_ENDPOINT_URL_REKOGNITION = endpoints.rekognition.endpoint;
  process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = endpoints.eventbridge.endpoint;
  process.env.EVENT_BUS_NAME = endpoints.eventbridge.busName;
  process.env.TABLE_NAME = endpoints.dynamodb.table;
  process.env.UPLOADS_BUCKET = endpoints.s3.bucket;
};

/** Starts DynamoDB, S3, Rekognition, EventBridge and the gateway on this machine, offline; `stop()` undoes it all. */
export const startLocalStack = async (options: LocalStackOptions = {}): Promise<LocalStack> => {
  const dataDir = options.dataDir ?? LOCAL_DIR;
  const backend = options.dynamoBackend ?? 'dynalite';
  const ports = options.servicePorts ?? {};
  mkdirSync(dataDir, { recursive: true });
  const stoppers: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne();
  };
  try {
    const issuer = await loadLocalIssuer(join(dataDir, 'issuer'));
    const dynamo = await startLocalDynamo(backend, ports.dynamodb ?? 0, options.persist === false ? undefined : join(dataDir, backend));
    stoppers.push(() => dynamo.stop());
    const eventsSink = join(dataDir, 'events.jsonl');
    const events = await startLocalEventBus(ports.eventbridge ?? 0, eventsSink);
    stoppers.push(() => events.stop());

    let uploadsQueue: LocalQueue | undefined;
    const s3 = await startLocalS3({
      port: ports.s3 ?? 0,
      directory: join(dataDir, 's3'),
      bucket: BUCKET,
      region: REGION,
      prefix: UPLOADS_PREFIX,
      onObjectCreated: (body) => uploadsQueue?.send(body),
    });
    stoppers.push(() => s3.stop());
    // Rekognition reads S3Object images from the local S3 server, so it starts after it.
    const models = localRekognitionOperations({ endpoint: s3.endpoint, region: REGION });
    stoppers.push(() => models.close());
    const rekognition = await startLocalRekognition(ports.rekognition ?? 0, models.operations);
    stoppers.push(() => rekognition.stop());

    const partial = {
      s3: { endpoint: s3.endpoint, bucket: BUCKET, uploadsPrefix: UPLOADS_PREFIX },
      dynamodb: { endpoint: dynamo.endpoint, table: TABLE_NAME, backend },
      rekognition: { endpoint: rekognition.endpoint },
      eventbridge: { endpoint: events.endpoint, busName: 'moderation-events', sinkFile: eventsSink },
      deadLetterFile: join(dataDir, 'dead-letters.jsonl'),
    };
    configureHandlerEnvironment({ ...partial, gatewayUrl: '' });
    const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region: REGION });
    await ensureTable(dynamoClient, TABLE_NAME);
    dynamoClient.destroy();

    const imageHandler = (await import(pathToFileURL(join(PROJECT_ROOT, 'functions', IMAGE_UPLOADED_ENTRY)).href)) as { handler: SqsConsumer };
    uploadsQueue = new LocalQueue(imageHandler.handler, {
      queueArn: `arn:aws:sqs:${REGION}:000000000000:image-checks`,
      region: REGION,
      maxConcurrency: 2,
      maxReceiveCount: 5,
      deadLetterFile: partial.deadLetterFile,
      retryDelayMs: options.retryDelayMs ?? 1000,
    });
    const queue = uploadsQueue;
    stoppers.push(() => queue.stop());

    const gateway = await startLocalGateway({ port: options.port ?? 3000, issuer, audiences: [LOCAL_AUDIENCE] });
    stoppers.push(() => gateway.stop());

    const endpoints: LocalEndpoints = { gatewayUrl: gateway.url, ...partial };
    writeFileSync(join(dataDir, 'endpoints.json'), `${JSON.stringify(endpoints, null, 2)}\n`);
    return { endpoints, issuer, uploadsQueue: queue, events, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
