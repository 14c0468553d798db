import { DetectModerationLabelsCommand, DetectTextCommand, RekognitionClient, ThrottlingException, InternalServerError } from '@aws-sdk/client-rekognition';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectTaggingCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDecisionStore } from '../../functions/adapters/dynamodb/dynamo-decision-store';
import { DynamoUploadLedger } from '../../functions/adapters/dynamodb/dynamo-upload-ledger';
import { UPLOAD_RETRY } from '../../functions/image/retry';
import { uploadKeyFor } from '../../functions/image/upload-key';
import { checkText } from '../../functions/text/engine';
import { toS3Notification, toSqsEvent } from '../../infra/local/s3-events';
import { syntheticPhoto } from '../fixtures/images/synthetic-photo';
import { DYNAMO_BACKEND, startTestStack } from './local-stack';

/**
 * Rekognition faults, injected: everything else (S3, DynamoDB, the event bus) is the local stack. The handler
 * is called directly with a genuine SQS-wrapped S3 event, as the queue would call it.
 */
describe(`image check under Rekognition faults (${DYNAMO_BACKEND})`, () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let s3: S3Client;
  let handle: (event: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  let decisions: DynamoDecisionStore;
  const rekognition = mockClient(RekognitionClient);
  const throttled = () => new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } });
  const id = (prefix: string) => `it-${prefix}-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    stack = await startTestStack();
    // This file plays the queue itself: the stack's own delivery of the same objects would race it.
    stack.uploadsQueue.stop();
    s3 = new S3Client({ endpoint: stack.endpoints.s3.endpoint, region: 'us-east-1', forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const dynamo = new DynamoDBClient({ endpoint: stack.endpoints.dynamodb.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    decisions = new DynamoDecisionStore(dynamo, stack.endpoints.dynamodb.table);
    // The stack has set the environment the handler module reads at cold start.
    const { createHandler } = await import('../../functions/handlers/events/image-uploaded');
    const { imageCheckDeps } = await import('../../functions/composition');
    const deps = { ...imageCheckDeps(checkText), ledger: new DynamoUploadLedger(dynamo, stack.endpoints.dynamodb.table), retry: UPLOAD_RETRY, sleep: async () => undefined };
    handle = createHandler(() => deps);
  }, 60_000);
  afterEach(() => rekognition.reset());
  afterAll(async () => {
    rekognition.restore();
    await stack?.cleanup();
  });

  /** Stores an object under uploads/ and returns its S3 event as SQS would deliver it. */
  const uploaded = async (surface: 'moment' | 'chat') => {
    const contentId = id('c');
    const key = uploadKeyFor(surface, id('a'), contentId, 'jpg');
    const body = await syntheticPhoto(11, 320, 240);
    const { ETag } = await s3.send(new PutObjectCommand({ Bucket: stack.endpoints.s3.bucket, Key: key, Body: body }));
    const notification = toS3Notification({ bucket: stack.endpoints.s3.bucket, key, size: body.length, eTag: (ETag ?? '').replace(/"/g, ''), eventName: 'ObjectCreated:Put', sourceIp: '127.0.0.1' }, 'us-east-1', 'cfg');
    const event = (receiveCount: number) => toSqsEvent({ messageId: `m-${contentId}`, body: JSON.stringify(notification), sentAt: Date.now() }, receiveCount, 'arn:aws:sqs:us-east-1:000000000000:image-checks', 'us-east-1');
    return { contentId, key, event };
  };
  const tagsOf = async (key: string) => (await s3.send(new GetObjectTaggingCommand({ Bucket: stack.endpoints.s3.bucket, Key: key }))).TagSet ?? [];

  it('retries a throttled DetectModerationLabels with backoff and then decides', async () => {
    // Prepare
    rekognition.on(DetectModerationLabelsCommand).rejectsOnce(throttled()).rejectsOnce(throttled()).resolves({ ModerationLabels: [], ModerationModelVersion: '7.0' });
    rekognition.on(DetectTextCommand).resolves({ TextDetections: [] });
    const { contentId, key, event } = await uploaded('moment');
    // Act
    const response = await handle(event(1));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(rekognition.commandCalls(DetectModerationLabelsCommand)).toHaveLength(3);
    expect(await decisions.find(contentId)).toMatchObject({ decision: 'allow', labelModel: '7.0' });
    expect(await tagsOf(key)).toEqual([{ Key: 'moderation', Value: 'allowed' }]);
  });

  it('fails closed under persistent throttling: no decision, no allowed tag, and the message goes back to the queue', async () => {
    // Prepare
    rekognition.on(DetectModerationLabelsCommand).rejects(throttled());
    rekognition.on(DetectTextCommand).resolves({ TextDetections: [] });
    const { contentId, key, event } = await uploaded('moment');
    // Act
    const response = await handle(event(1));
    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: `m-${contentId}` }]);
    expect(rekognition.commandCalls(DetectModerationLabelsCommand)).toHaveLength(4);
    expect(await decisions.find(contentId)).toBeNull();
    expect(await tagsOf(key)).toEqual([]);
  });

  it('decides on redelivery once the service recovers, counting the upload once', async () => {
    // Prepare: the first delivery fails on a service error
    rekognition.on(DetectModerationLabelsCommand).rejects(new InternalServerError({ message: 'internal', $metadata: { httpStatusCode: 500 } }));
    rekognition.on(DetectTextCommand).resolves({ TextDetections: [] });
    const { contentId, key, event } = await uploaded('chat');
    expect((await handle(event(1))).batchItemFailures).toHaveLength(1);
    rekognition.reset();
    rekognition.on(DetectModerationLabelsCommand).resolves({ ModerationLabels: [{ Name: 'Alcohol', Confidence: 97, ParentName: '', TaxonomyLevel: 1 }, { Name: 'Alcoholic Beverages', Confidence: 97, ParentName: 'Alcohol', TaxonomyLevel: 2 }] });
    rekognition.on(DetectTextCommand).resolves({ TextDetections: [] });
    // Act: SQS redelivers, then delivers a duplicate once more
    const second = await handle(event(2));
    const third = await handle(event(3));
    // Assess: a drink in a chat photo is allowed; the duplicate did not run the check again
    expect([second.batchItemFailures, third.batchItemFailures]).toEqual([[], []]);
    expect(await decisions.find(contentId)).toMatchObject({ decision: 'allow', rules: [] });
    expect(rekognition.commandCalls(DetectModerationLabelsCommand)).toHaveLength(1);
    expect(await tagsOf(key)).toEqual([{ Key: 'moderation', Value: 'allowed' }]);
  });

  it('drops a malformed message instead of retrying it forever, and accepts the S3 test event', async () => {
    const event = (body: string) => toSqsEvent({ messageId: 'm-odd', body, sentAt: 0 }, 1, 'arn:aws:sqs:us-east-1:000000000000:q', 'us-east-1');
    expect(await handle(event('{"not":"an s3 event"}'))).toEqual({ batchItemFailures: [] });
    expect(await handle(event(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'b' })))).toEqual({ batchItemFailures: [] });
    expect(rekognition.calls()).toHaveLength(0);
  });
});
