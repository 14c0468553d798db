import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { S3Client } from '@aws-sdk/client-s3';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { randomUUID } from 'node:crypto';
import { DynamoAccountRepository } from './adapters/dynamodb/dynamo-account-repository';
import { DynamoAuditLog } from './adapters/dynamodb/dynamo-audit-log';
import { DynamoDecisionStore } from './adapters/dynamodb/dynamo-decision-store';
import { DynamoImageHashIndex } from './adapters/dynamodb/dynamo-image-hash-index';
import { DynamoUploadLedger } from './adapters/dynamodb/dynamo-upload-ledger';
import { RekognitionImageAnalyser } from './adapters/rekognition/rekognition-image-analyser';
import { S3ImageObjects } from './adapters/s3/s3-image-objects';
import type { ImageCheckDeps } from './image/check-image';
import type { UploadIntakeDeps } from './image/upload-intake';
import { UPLOAD_RETRY } from './image/retry';
import { DynamoLinkStore } from './adapters/dynamodb/dynamo-link-store';
import { DynamoRateLimiter } from './adapters/dynamodb/dynamo-rate-limiter';
import { DynamoReportStore } from './adapters/dynamodb/dynamo-report-store';
import { DynamoReviewQueue } from './adapters/dynamodb/dynamo-review-queue';
import { EventBridgePublisher } from './adapters/eventbridge-publisher';
import type { AppealDeps } from './appeals/appeals';
import { DynamoBehaviourLedger } from './adapters/dynamodb/dynamo-behaviour-ledger';
import type { TextCheckDeps } from './checks/check-text';
import type { DecisionStore } from './decisions/decision';
import type { EventPublisher } from './events/ports';
import { flagLinkedAccounts, type LinkDeps } from './links/links';
import type { ReportDeps } from './reports/submit-report';
import type { ReviewQueue } from './review/model';
import type { ReviewDeps } from './review/review-service';
import { readEnv } from './shared/env';
import { createStandingService, type StandingService } from './standing/standing-service';

/**
 * The composition root: each service is built once per Lambda instance, on first use, from the
 * environment. A handler pulls only what it needs, so it only needs that part of the environment.
 */
const once = <T>(build: () => T): (() => T) => {
  let built: T | undefined;
  return () => (built ??= build());
};

const dynamo = once(() => new DynamoDBClient({}));
const tableName = once(() => readEnv('TABLE_NAME').TABLE_NAME);

const eventPublisher = once(() => new EventBridgePublisher(new EventBridgeClient({}), readEnv('EVENT_BUS_NAME').EVENT_BUS_NAME));
// Built on first publish: routes that never publish need neither the bus name nor the grant.
const events: EventPublisher = { publish: (event) => eventPublisher().publish(event) };

export const decisionStore = once((): DecisionStore => new DynamoDecisionStore(dynamo(), tableName()));
export const reviewQueue = once((): ReviewQueue => new DynamoReviewQueue(dynamo(), tableName()));
const accounts = once(() => new DynamoAccountRepository(dynamo(), tableName()));
const reportStore = once(() => new DynamoReportStore(dynamo(), tableName()));
const now = () => new Date();

export const standingService = once(
  (): StandingService =>
    createStandingService({
      accounts: accounts(),
      audit: new DynamoAuditLog(dynamo(), tableName()),
      events,
      now,
      newId: randomUUID,
      onEnforced: (accountId) => flagLinkedAccounts(linkDeps(), accountId),
    }),
);

export const appealDeps = once((): AppealDeps => ({ accounts: accounts(), decisions: decisionStore(), review: reviewQueue(), standing: standingService(), now }));

export const reportDeps = once(
  (): ReportDeps => ({ reports: reportStore(), rateLimiter: new DynamoRateLimiter(dynamo(), tableName()), review: reviewQueue(), standing: standingService(), now }),
);

export const reviewDeps = once((): ReviewDeps => ({ review: reviewQueue(), reports: reportStore(), standing: standingService(), now }));

const behaviourLedger = once(() => new DynamoBehaviourLedger(dynamo(), tableName()));

/** The engine is passed in by the one handler that needs it, so other bundles stay free of the lexicons. */
export const textCheckDeps = (engine: TextCheckDeps['engine']): TextCheckDeps => ({
  engine,
  decisions: decisionStore(),
  behaviour: behaviourLedger(),
  standing: standingService(),
  review: reviewQueue(),
  events,
  now,
});

const imagePorts = once(() => {
  const bucket = readEnv('UPLOADS_BUCKET').UPLOADS_BUCKET;
  return {
    objects: new S3ImageObjects(new S3Client({}), bucket),
    // One attempt per call: the image check's own backoff is the one retry policy. Three timed-out
    // attempts of the synchronous check still end inside API Gateway's 30 s.
    analyser: new RekognitionImageAnalyser(new RekognitionClient({ maxAttempts: 1, requestHandler: { requestTimeout: 8_000 } }), bucket),
    hashes: new DynamoImageHashIndex(dynamo(), tableName()),
  };
});

/** The image check: the text check's ports (text found in images goes through the same engine) plus S3, Rekognition and the hash index. */
export const imageCheckDeps = (engine: TextCheckDeps['engine']): ImageCheckDeps => ({ ...textCheckDeps(engine), ...imagePorts() });

/** S3 event intake: the image check plus the ledger that makes a redelivered event count once. */
export const uploadIntakeDeps = (engine: TextCheckDeps['engine']): UploadIntakeDeps => ({
  ...imageCheckDeps(engine),
  ledger: uploadLedger(),
  retry: UPLOAD_RETRY,
});
const uploadLedger = once(() => new DynamoUploadLedger(dynamo(), tableName()));

export const linkDeps = once((): LinkDeps => ({ links: new DynamoLinkStore(dynamo(), tableName()), review: reviewQueue(), standing: standingService(), now }));
