import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, GetObjectTaggingCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDecisionStore } from '../../functions/adapters/dynamodb/dynamo-decision-store';
import { quarantineKeyFor } from '../../functions/adapters/s3/s3-image-objects';
import type { StoredImageDecision } from '../../functions/image/types';
import { uploadKeyFor } from '../../functions/image/upload-key';
import type { ReceivedEvent } from '../../infra/local/eventbridge';
import type { Delivery } from '../../infra/local/local-queue';
import { pngClaiming } from '../fixtures/images/craft-png';
import { repost, syntheticPhoto } from '../fixtures/images/synthetic-photo';
import { DYNAMO_BACKEND, startTestStack } from './local-stack';

describe(`image uploads through local S3, the queue and local Rekognition (${DYNAMO_BACKEND})`, () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let s3: S3Client;
  let decisions: DynamoDecisionStore;
  const deliveries: Delivery[] = [];
  const events: ReceivedEvent[] = [];
  const id = (prefix: string) => `it-${prefix}-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    stack = await startTestStack();
    stack.uploadsQueue.on('delivery', (delivery: Delivery) => deliveries.push(delivery));
    stack.events.received.on('event', (event: ReceivedEvent) => events.push(event));
    s3 = new S3Client({ endpoint: stack.endpoints.s3.endpoint, region: 'us-east-1', forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    decisions = new DynamoDecisionStore(new DynamoDBClient({ endpoint: stack.endpoints.dynamodb.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }), stack.endpoints.dynamodb.table);
  }, 60_000);
  afterAll(async () => stack?.cleanup());
  afterEach(() => {
    // Every upload above is handled on its first delivery: nothing here should need the queue's retries.
    expect(deliveries.filter((delivery) => delivery.outcome === 'failed')).toEqual([]);
  });

  /** Puts an object as the app would and waits until the queue has delivered (and retried) everything. */
  const upload = async (key: string, body: Buffer) => {
    await s3.send(new PutObjectCommand({ Bucket: stack.endpoints.s3.bucket, Key: key, Body: body }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await stack.uploadsQueue.whenIdle();
  };
  const tagOf = async (key: string) => (await s3.send(new GetObjectTaggingCommand({ Bucket: stack.endpoints.s3.bucket, Key: key }))).TagSet ?? [];
  const exists = async (key: string) =>
    s3.send(new GetObjectCommand({ Bucket: stack.endpoints.s3.bucket, Key: key })).then(
      () => true,
      (error: Error) => (error.name === 'NoSuchKey' ? false : Promise.reject(error)),
    );
  const decisionOf = async (contentId: string) => (await decisions.find(contentId)) as StoredImageDecision | null;

  it('allows an ordinary photo in a Moment: decision stored, object tagged allowed, event published', async () => {
    // Prepare
    const accountId = id('a');
    const contentId = id('c');
    const key = uploadKeyFor('moment', accountId, contentId, 'jpg');
    // Act
    await upload(key, await syntheticPhoto(1));
    // Assess
    expect(await decisionOf(contentId)).toMatchObject({ contentId, accountId, kind: 'image', surface: 'moment', decision: 'allow', rules: [], object: { key }, labelModel: expect.stringContaining('nsfwjs') });
    expect(await tagOf(key)).toEqual([{ Key: 'moderation', Value: 'allowed' }]);
    expect(events.map((event) => event.detail)).toContainEqual(expect.objectContaining({ type: 'DecisionMade', contentId, kind: 'image', decision: 'allow' }));
  });

  it('blocks a WeChat QR code in a Moment (M3) and moves the object to quarantine', async () => {
    // Prepare: the QR code printed on a photo, as people post them
    const contentId = id('c');
    const key = uploadKeyFor('moment', id('a'), contentId, 'png');
    const qr = await QRCode.toBuffer('https://u.wechat.com/kFk8bQYH2lM', { width: 300, margin: 2 });
    const photo = await sharp(await syntheticPhoto(2, 800, 600)).composite([{ input: qr, left: 250, top: 150 }]).png().toBuffer();
    // Act
    await upload(key, photo);
    // Assess
    expect(await decisionOf(contentId)).toMatchObject({ decision: 'block', rules: [expect.objectContaining({ id: 'M3', image: expect.arrayContaining([{ kind: 'qr', payload: 'https://u.wechat.com/kFk8bQYH2lM' }]) })] });
    expect(await exists(key)).toBe(false);
    expect(await tagOf(quarantineKeyFor(key))).toEqual([{ Key: 'moderation', Value: 'blocked' }]);
  });

  it('lets a QR code to an allowed domain pass', async () => {
    const contentId = id('c');
    const key = uploadKeyFor('moment', id('a'), contentId, 'png');
    await upload(key, await QRCode.toBuffer('https://www.hellotalk.com/moments', { width: 400 }));
    expect(await decisionOf(contentId)).toMatchObject({ decision: 'allow', rules: [] });
  });

  it('reads text in the image through the text engine: an app id in a Moment is M3', async () => {
    const contentId = id('c');
    const key = uploadKeyFor('moment', id('a'), contentId, 'png');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="300"><rect width="100%" height="100%" fill="white"/><text x="30" y="160" font-size="52" font-family="sans-serif">add me on wechat: mika_2024</text></svg>`;
    await upload(key, await sharp(Buffer.from(svg)).png().toBuffer());
    expect(await decisionOf(contentId)).toMatchObject({ decision: 'block', rules: expect.arrayContaining([expect.objectContaining({ id: 'M3', image: expect.arrayContaining([expect.objectContaining({ kind: 'text' })]) })]) });
  });

  it('sends a resized, recompressed copy of another account photo on a profile to review (C6), and not an unrelated photo', async () => {
    // Prepare: the original in someone's Moment
    const original = await syntheticPhoto(3);
    await upload(uploadKeyFor('moment', id('owner'), id('c'), 'jpg'), original);
    const copyId = id('c');
    const copyKey = uploadKeyFor('profile', id('copier'), copyId, 'webp');
    const unrelatedId = id('c');
    // Act
    await upload(copyKey, await repost(original, 480, 55));
    await upload(uploadKeyFor('profile', id('other'), unrelatedId, 'jpg'), await syntheticPhoto(4));
    // Assess
    expect(await decisionOf(copyId)).toMatchObject({ decision: 'review', rules: [expect.objectContaining({ id: 'C6', image: [expect.objectContaining({ kind: 'reuse' })] })] });
    expect(await decisionOf(unrelatedId)).toMatchObject({ decision: 'allow', rules: [] });
    expect(await tagOf(copyKey)).toEqual([{ Key: 'moderation', Value: 'review' }]);
  });

  it('refuses a 20,000 x 20,000 PNG header with a rejected decision, without a model looking at it', async () => {
    const contentId = id('c');
    const key = uploadKeyFor('chat', id('a'), contentId, 'png');
    await upload(key, pngClaiming(20_000, 20_000));
    const decision = await decisionOf(contentId);
    expect(decision).toMatchObject({ decision: 'block', rules: [], rejected: { reason: 'too-many-pixels' } });
    expect(decision?.labelModel).toBeUndefined();
    expect(await exists(key)).toBe(false);
  });

  it('quarantines an object whose key (with a space and a plus sign) names no content, decoding the key from the event', async () => {
    const key = `uploads/moment/${id('a')}/photo 1+2.jpg`;
    await upload(key, await syntheticPhoto(5, 320, 240));
    expect(await exists(key)).toBe(false);
    expect(await exists(quarantineKeyFor(key))).toBe(true);
  });

  it('counts a redelivered S3 event once', async () => {
    // Prepare
    const contentId = id('c');
    const key = uploadKeyFor('chat', id('a'), contentId, 'jpg');
    await upload(key, await syntheticPhoto(6, 640, 480));
    const firstDecidedAt = (await decisionOf(contentId))?.decidedAt;
    const published = () => events.filter((event) => (event.detail as { contentId?: string }).contentId === contentId).length;
    const before = published();
    // Act: the same notification again, as SQS may deliver it
    stack.uploadsQueue.send(JSON.stringify({ Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: stack.endpoints.s3.bucket }, object: { key, size: 1, eTag: (await decisionOf(contentId))?.object.eTag ?? '' } } }] }));
    await stack.uploadsQueue.whenIdle();
    // Assess
    expect((await decisionOf(contentId))?.decidedAt).toBe(firstDecidedAt);
    expect(published()).toBe(before);
  });

  describe('POST /v1/image-checks', () => {
    const checkImage = async (body: Record<string, unknown>) => {
      const response = await fetch(`${stack.endpoints.gatewayUrl}/v1/image-checks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await stack.issuer.tokenFor('service')}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    it('answers with the same decision the upload event takes, whichever runs first', async () => {
      // Prepare
      const accountId = id('a');
      const contentId = id('c');
      const s3Key = uploadKeyFor('chat', accountId, contentId, 'jpg');
      await s3.send(new PutObjectCommand({ Bucket: stack.endpoints.s3.bucket, Key: s3Key, Body: await syntheticPhoto(7, 640, 480) }));
      // Act
      const response = await checkImage({ contentId, accountId, surface: 'chat', s3Key });
      await stack.uploadsQueue.whenIdle();
      // Assess
      expect(response).toEqual({ status: 200, body: { contentId, decision: 'allow', rules: [], policyVersion: expect.any(String) } });
      expect(await decisionOf(contentId)).toMatchObject({ decision: 'allow', decidedAt: expect.any(String) });
    });

    it('refuses a key that does not belong to the ids given with 400', async () => {
      const response = await checkImage({ contentId: 'c-1', accountId: 'a-1', surface: 'moment', s3Key: 'uploads/moment/a-2/c-1.jpg' });
      expect(response).toMatchObject({ status: 400, body: { error: { code: 'BadRequest', message: expect.stringContaining('s3Key') } } });
    });

    it('answers 404 for an object that was never uploaded', async () => {
      const contentId = id('c');
      const response = await checkImage({ contentId, accountId: 'a-1', surface: 'moment', s3Key: uploadKeyFor('moment', 'a-1', contentId, 'png') });
      expect(response).toMatchObject({ status: 404, body: { error: { code: 'NotFound' } } });
    });
  });
});
