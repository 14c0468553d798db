import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { toS3Notification, type LocalObjectCreated } from './s3-events';

const require = createRequire(import.meta.url);

interface S3rverRecord {
  readonly eventName: string;
  readonly requestParameters?: { readonly sourceIPAddress?: string };
  readonly s3: { readonly bucket: { readonly name: string }; readonly object: { readonly key: string; readonly size?: number; readonly eTag?: string } };
}
interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
  on(event: 'event', listener: (event: { Records: S3rverRecord[] }) => void): void;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;

export interface LocalS3 {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export interface LocalS3Options {
  readonly port: number;
  readonly directory: string;
  readonly bucket: string;
  readonly region: string;
  /** Only keys under this prefix are announced, like the bucket's notification filter. */
  readonly prefix: string;
  /** Receives each S3 event notification body, AWS-shaped, as the queue would. */
  readonly onObjectCreated: (notificationBody: string) => void;
}

/**
 * s3rver serves the S3 protocol offline. Its own event records are not AWS's (raw key, eventVersion 2.0,
 * a malformed bucket ARN, no prefix filter), so we rebuild each one exactly as AWS would send it.
 */
export const startLocalS3 = async (options: LocalS3Options): Promise<LocalS3> => {
  const S3rver = require('s3rver') as S3rverConstructor;
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({ port: options.port, address: '127.0.0.1', silent: true, directory: options.directory, configureBuckets: [{ name: options.bucket }] });
  server.on('event', (event) => {
    for (const record of event.Records) {
      const { bucket, object } = record.s3;
      if (!record.eventName.startsWith('ObjectCreated:') || !object.key.startsWith(options.prefix)) continue;
      const created: LocalObjectCreated = {
        bucket: bucket.name,
        key: object.key,
        size: object.size ?? 0,
        eTag: object.eTag ?? '',
        eventName: record.eventName,
        sourceIp: record.requestParameters?.sourceIPAddress ?? '127.0.0.1',
      };
      options.onObjectCreated(JSON.stringify(toS3Notification(created, options.region, 'uploads-to-image-checks')));
    }
  });
  const { port } = await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
};
