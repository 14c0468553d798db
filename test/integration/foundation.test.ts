import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocalIssuer } from '../../infra/local/issuer';
import type { Delivery } from '../../infra/local/local-queue';
import { DYNAMO_BACKEND, startTestStack } from './local-stack';

describe(`local stack (${DYNAMO_BACKEND})`, () => {
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let api: (path: string, token?: string) => Promise<Response>;

  beforeAll(async () => {
    stack = await startTestStack();
    api = (path, token) => fetch(`${stack.endpoints.gatewayUrl}${path}`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  }, 60_000);
  afterAll(async () => stack?.cleanup());

  describe('HTTP API', () => {
    it('answers GET /v1/health with 200 JSON and no token', async () => {
      const response = await api('/v1/health');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    });

    it('rejects a protected route without a token with 401', async () => {
      expect((await api('/v1/decisions/c-1')).status).toBe(401);
    });

    it('rejects a token signed by another key with 401', async () => {
      const stranger = await loadLocalIssuer(mkdtempSync(join(tmpdir(), 'stranger-')));
      expect((await api('/v1/decisions/c-1', await stranger.tokenFor('service'))).status).toBe(401);
    });

    it('rejects an expired token with 401', async () => {
      const expired = await stack.issuer.sign({ iss: stack.issuer.issuer, aud: stack.issuer.audience, sub: 'app', scope: 'moderation/service' }, Math.floor(Date.now() / 1000) - 60);
      expect((await api('/v1/decisions/c-1', expired)).status).toBe(401);
    });

    it('rejects a token for another audience with 401', async () => {
      const foreign = await stack.issuer.sign({ iss: stack.issuer.issuer, aud: 'some-other-api', sub: 'app', scope: 'moderation/service' }, Math.floor(Date.now() / 1000) + 60);
      expect((await api('/v1/decisions/c-1', foreign)).status).toBe(401);
    });

    it('rejects a valid token with the wrong role with 403 and a JSON reason', async () => {
      const response = await api('/v1/decisions/c-1', await stack.issuer.tokenFor('user', 'acct-1'));
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'Forbidden' } });
    });

    it('lets the right role through to the handler (404 JSON for unknown content)', async () => {
      const response = await api('/v1/decisions/c-unknown', await stack.issuer.tokenFor('moderator'));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'NotFound', message: 'no decision for content "c-unknown"' } });
    });

    it('answers a malformed path parameter with 400 naming it', async () => {
      const response = await api(`/v1/decisions/${encodeURIComponent('bad id!')}`, await stack.issuer.tokenFor('service'));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'BadRequest', message: expect.stringContaining('contentId') } });
    });

    it('answers an unknown route with 404', async () => {
      expect((await api('/v1/nothing-here')).status).toBe(404);
    });
  });

  describe('uploads', () => {
    const s3 = () =>
      new S3Client({ endpoint: stack.endpoints.s3.endpoint, region: 'us-east-1', forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const dynamo = () => new DynamoDBClient({ endpoint: stack.endpoints.dynamodb.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

    it('delivers an object put under uploads/ to the image handler exactly once, with its key decoded', async () => {
      const deliveries: Delivery[] = [];
      stack.uploadsQueue.on('delivery', (delivery: Delivery) => deliveries.push(delivery));
      const key = 'uploads/moment/acct-1/photo 1+2.jpg';

      const put = await s3().send(new PutObjectCommand({ Bucket: stack.endpoints.s3.bucket, Key: key, Body: Buffer.from('not really a jpeg') }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await stack.uploadsQueue.whenIdle();

      expect(deliveries).toEqual([expect.objectContaining({ receiveCount: 1, outcome: 'succeeded' })]);
      const eTag = (put.ETag ?? '').replace(/"/g, '');
      const { Item } = await dynamo().send(
        new GetItemCommand({ TableName: stack.endpoints.dynamodb.table, Key: { pk: { S: `UPLOAD#${stack.endpoints.s3.bucket}/${key}` }, sk: { S: `VERSION#${eTag}` } } }),
      );
      expect(Item?.key?.S).toBe(key);
    });

    it('ignores objects outside the uploads/ prefix', async () => {
      const deliveries: Delivery[] = [];
      stack.uploadsQueue.on('delivery', (delivery: Delivery) => deliveries.push(delivery));

      await s3().send(new PutObjectCommand({ Bucket: stack.endpoints.s3.bucket, Key: 'quarantine/x.jpg', Body: Buffer.from('x') }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await stack.uploadsQueue.whenIdle();

      expect(deliveries).toEqual([]);
    });
  });
});
