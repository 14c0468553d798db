import { createHash, randomUUID } from 'node:crypto';
import type { SQSEvent } from 'aws-lambda';

/** The parts of s3rver's event record we trust; everything else is rebuilt the way AWS writes it. */
export interface LocalObjectCreated {
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  readonly eTag: string;
  readonly eventName: string;
  readonly sourceIp: string;
}

/** AWS puts keys in events form-encoded: percent-escapes, spaces as `+`, slashes kept. */
export const encodeS3EventKey = (key: string): string =>
  encodeURIComponent(key)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/')
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

let sequence = 0n;
/** S3's sequencer: a hex string that grows per key; ordering is all a consumer may rely on. */
const nextSequencer = (): string => {
  sequence += 1n;
  return (BigInt(Date.now()) * 1000n + sequence).toString(16).toUpperCase().padStart(18, '0');
};

/** An S3 event notification exactly as AWS shapes it (eventVersion 2.1, encoded key, proper bucket ARN). */
export const toS3Notification = (object: LocalObjectCreated, region: string, configurationId: string) => ({
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: region,
      eventTime: new Date().toISOString(),
      eventName: object.eventName,
      userIdentity: { principalId: 'AWS:LOCALUSER' },
      requestParameters: { sourceIPAddress: object.sourceIp },
      responseElements: { 'x-amz-request-id': randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase(), 'x-amz-id-2': createHash('sha256').update(object.key).digest('base64') },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId,
        bucket: { name: object.bucket, ownerIdentity: { principalId: 'LOCALOWNER' }, arn: `arn:aws:s3:::${object.bucket}` },
        object: { key: encodeS3EventKey(object.key), size: object.size, eTag: object.eTag, sequencer: nextSequencer() },
      },
    },
  ],
});

export interface SqsMessage {
  readonly messageId: string;
  readonly body: string;
  readonly sentAt: number;
}

/** The SQS event a Lambda event-source mapping delivers for one message, with its receive count. */
export const toSqsEvent = (message: SqsMessage, receiveCount: number, queueArn: string, region: string): SQSEvent => ({
  Records: [
    {
      messageId: message.messageId,
      receiptHandle: `${message.messageId}#${receiveCount}`,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(receiveCount),
        SentTimestamp: String(message.sentAt),
        SenderId: 'AIDALOCALS3SERVICE',
        ApproximateFirstReceiveTimestamp: String(message.sentAt),
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(message.body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: queueArn,
      awsRegion: region,
    },
  ],
});
