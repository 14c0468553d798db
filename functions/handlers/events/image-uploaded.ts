import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import { uploadIntakeDeps } from '../../composition';
import { takeInUpload, type UploadIntakeDeps, type UploadedObject } from '../../image/upload-intake';
import { UPLOADS_PREFIX } from '../../routes';
import { logger } from '../../shared/logger';
import { checkText, warmTextEngine } from '../../text/engine';

const s3RecordSchema = z.object({
  eventSource: z.literal('aws:s3'),
  eventName: z.string().startsWith('ObjectCreated:'),
  s3: z.object({
    bucket: z.object({ name: z.string().min(1) }),
    object: z.object({
      key: z.string().min(1),
      size: z.number().int().nonnegative(),
      eTag: z.string().min(1),
      versionId: z.string().optional(),
      sequencer: z.string().optional(),
    }),
  }),
});
const s3NotificationSchema = z.union([
  z.object({ Records: z.array(s3RecordSchema) }),
  // S3 sends this once when the notification is configured; it carries no object.
  z.object({ Event: z.literal('s3:TestEvent') }),
]);

/** S3 URL-encodes keys in events, with spaces as `+`. */
const decodeS3Key = (key: string): string => decodeURIComponent(key.replace(/\+/g, ' '));

const uploadsIn = (record: SQSRecord): UploadedObject[] | 'malformed' => {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    return 'malformed';
  }
  const parsed = s3NotificationSchema.safeParse(body);
  if (!parsed.success) return 'malformed';
  if (!('Records' in parsed.data)) return [];
  return parsed.data.Records.map(({ s3 }) => ({
    bucket: s3.bucket.name,
    key: decodeS3Key(s3.object.key),
    size: s3.object.size,
    eTag: s3.object.eTag,
    ...(s3.object.versionId === undefined ? {} : { versionId: s3.object.versionId }),
    ...(s3.object.sequencer === undefined ? {} : { sequencer: s3.object.sequencer }),
  }));
};

/**
 * Uploads queue -> image check. A message whose check fails after the retries is reported back so SQS
 * redelivers it (and after maxReceiveCount moves it to the DLQ); its image stays untagged, so unpublished.
 * A malformed message can never succeed, so it is logged and dropped rather than retried forever.
 */
export const createHandler =
  (deps: () => UploadIntakeDeps) =>
  async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const uploads = uploadsIn(record);
      if (uploads === 'malformed') {
        logger.warn('dropping malformed upload notification', { messageId: record.messageId });
        continue;
      }
      try {
        for (const upload of uploads.filter((candidate) => candidate.key.startsWith(UPLOADS_PREFIX))) {
          const result = await takeInUpload(deps(), upload);
          logger.info('upload checked', {
            messageId: record.messageId,
            size: upload.size,
            ...(result.duplicate ? { duplicate: true } : { status: result.outcome.status, ...('decision' in result.outcome ? { decision: result.outcome.decision.decision, contentId: result.outcome.decision.contentId } : {}) }),
          });
        }
      } catch (error) {
        logger.error('image check failed; message will be retried', { messageId: record.messageId, error: error instanceof Error ? error.name : String(error) });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  };

// Text found in an image is checked like a message: the lexicon index is read while the function initialises, as in check-text.
warmTextEngine();

export const handler = createHandler(() => uploadIntakeDeps(checkText));
