import type { SQSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { UploadLedger, UploadedObject } from '../../../functions/images/upload';
import { toS3Notification, toSqsEvent } from '../../../infra/local/s3-events';

let createHandler: typeof import('../../../functions/handlers/events/image-uploaded').createHandler;
beforeAll(async () => {
  // The entry module reads its environment at import (cold start), so set it first.
  vi.stubEnv('TABLE_NAME', 'unit-test-table');
  ({ createHandler } = await import('../../../functions/handlers/events/image-uploaded'));
});

const sqsEventFor = (body: string, messageId = 'm-1'): SQSEvent => toSqsEvent({ messageId, body, sentAt: 0 }, 1, 'arn:aws:sqs:us-east-1:000000000000:q', 'us-east-1');
const uploadEvent = (key: string, messageId?: string) =>
  sqsEventFor(JSON.stringify(toS3Notification({ bucket: 'b', key, size: 10, eTag: 'etag-1', eventName: 'ObjectCreated:Put', sourceIp: '127.0.0.1' }, 'us-east-1', 'cfg')), messageId);

/** A ledger kept in a Set: enough to observe what the handler records. */
const recordingLedger = () => {
  const seen = new Set<string>();
  const recorded: UploadedObject[] = [];
  const ledger: UploadLedger = {
    recordOnce: async (upload) => {
      const id = `${upload.bucket}/${upload.key}#${upload.eTag}`;
      if (seen.has(id)) return 'duplicate';
      seen.add(id);
      recorded.push(upload);
      return 'new';
    },
  };
  return { ledger, recorded };
};

describe('image-uploaded handler', () => {
  it('decodes the event key (spaces as +, escaped +) before recording the upload', async () => {
    const { ledger, recorded } = recordingLedger();
    const response = await createHandler({ ledger })(uploadEvent('uploads/chat/a-1/my photo+1.jpg'));
    expect(response.batchItemFailures).toEqual([]);
    expect(recorded.map((upload) => upload.key)).toEqual(['uploads/chat/a-1/my photo+1.jpg']);
  });

  it('counts a redelivered event once', async () => {
    const { ledger, recorded } = recordingLedger();
    const handler = createHandler({ ledger });
    await handler(uploadEvent('uploads/chat/a-1/x.jpg', 'm-1'));
    await handler(uploadEvent('uploads/chat/a-1/x.jpg', 'm-2'));
    expect(recorded).toHaveLength(1);
  });

  it('reports a message whose intake failed so SQS redelivers it, and only that one', async () => {
    const failing: UploadLedger = { recordOnce: async () => Promise.reject(Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' })) };
    const event = uploadEvent('uploads/chat/a-1/x.jpg', 'm-fail');
    const response = await createHandler({ ledger: failing })(event);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-fail' }]);
  });

  it('drops a malformed notification instead of retrying it forever', async () => {
    const { ledger, recorded } = recordingLedger();
    const response = await createHandler({ ledger })(sqsEventFor('{"not":"an s3 event"}'));
    expect(response.batchItemFailures).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('accepts the S3 test event that S3 sends when notifications are configured', async () => {
    const { ledger, recorded } = recordingLedger();
    const response = await createHandler({ ledger })(sqsEventFor(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'b' })));
    expect(response.batchItemFailures).toEqual([]);
    expect(recorded).toEqual([]);
  });
});
