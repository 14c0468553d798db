import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, PutObjectTaggingCommand, type GetObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import type { ImageObjects, ObjectOutcome, ObjectRead } from '../../image/ports';
import type { ObjectAddress } from '../../image/types';
import { QUARANTINE_PREFIX, UPLOADS_PREFIX } from '../../routes';

export const MODERATION_TAG = 'moderation';

/** Larger objects are deleted without a quarantine copy: they were refused for their size, unread, and hold no evidence. */
const MAX_QUARANTINE_COPY_BYTES = 16 * 1024 * 1024;

const isMissing = (error: unknown): boolean => error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.name === 'NoSuchVersion');

export const quarantineKeyFor = (key: string): string => `${QUARANTINE_PREFIX}${key.startsWith(UPLOADS_PREFIX) ? key.slice(UPLOADS_PREFIX.length) : key}`;

const version = (object: ObjectAddress) => (object.versionId === undefined ? {} : { VersionId: object.versionId });

/** The uploads bucket through S3: reads bounded by size, tags, and a quarantine move. */
export class S3ImageObjects implements ImageObjects {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async read(object: ObjectAddress, maxBytes: number): Promise<ObjectRead> {
    const response = await this.get(object);
    if (response === null) return { found: false };
    const size = response.ContentLength ?? 0;
    const checked = { key: object.key, eTag: (response.ETag ?? '').replace(/"/g, ''), ...(response.VersionId === undefined ? {} : { versionId: response.VersionId }) };
    if (size > maxBytes) {
      // Leave the body unread: the size alone refuses it.
      response.Body?.transformToWebStream().cancel().catch(() => undefined);
      return { found: true, object: checked, size };
    }
    return { found: true, object: checked, size, bytes: (await response.Body?.transformToByteArray()) ?? new Uint8Array() };
  }

  async tag(object: ObjectAddress, outcome: ObjectOutcome): Promise<void> {
    await this.client.send(new PutObjectTaggingCommand({ Bucket: this.bucket, Key: object.key, ...version(object), Tagging: { TagSet: [{ Key: MODERATION_TAG, Value: outcome }] } }));
  }

  /**
   * Copies through this function rather than CopyObject, whose `x-amz-copy-source` header needs a key
   * encoding that local S3 servers disagree on; images are at most 15 MB. The copy is tagged blocked and the
   * upload deleted (that version, so nothing of it stays readable under `uploads/`).
   */
  async quarantine(object: ObjectAddress): Promise<void> {
    const response = await this.get(object);
    if (response === null) return;
    if ((response.ContentLength ?? 0) <= MAX_QUARANTINE_COPY_BYTES) {
      const target = quarantineKeyFor(object.key);
      const body = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: target, Body: body, ...(response.ContentType === undefined ? {} : { ContentType: response.ContentType }) }));
      await this.client.send(new PutObjectTaggingCommand({ Bucket: this.bucket, Key: target, Tagging: { TagSet: [{ Key: MODERATION_TAG, Value: 'blocked' }] } }));
    } else {
      response.Body?.transformToWebStream().cancel().catch(() => undefined);
    }
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: object.key, ...version(object) }));
  }

  private async get(object: ObjectAddress): Promise<GetObjectCommandOutput | null> {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: object.key, ...version(object) }));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}
