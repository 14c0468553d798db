import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import type { RekognitionOperation } from './rekognition';

// The models load on first use: a local stack that never sees an image never pays for TensorFlow or Tesseract.
const moderationModel = () => import('./rekognition-moderation');
let textModel: Promise<typeof import('./rekognition-text')> | undefined;
const textModelOnce = () => (textModel ??= import('./rekognition-text'));

/** Rekognition's own limits: an S3 object up to 15 MB, inline bytes up to 5 MB; JPEG and PNG only. */
const MAX_S3_BYTES = 15 * 1024 * 1024;
const MAX_INLINE_BYTES = 5 * 1024 * 1024;

const imageSchema = z.union([
  z.object({ Bytes: z.string().min(1) }),
  z.object({ S3Object: z.object({ Bucket: z.string().min(1), Name: z.string().min(1), Version: z.string().optional() }) }),
]);
const moderationRequestSchema = z.object({ Image: imageSchema, MinConfidence: z.number().min(0).max(100).default(50) });
const textRequestSchema = z.object({ Image: imageSchema });

/** An error the SDK turns into Rekognition's exception of that name. */
const rekognitionError = (name: string, message: string): Error => Object.assign(new Error(message), { name });

const isJpegOrPng = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xd8) || (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47);

export interface LocalS3Access {
  readonly endpoint: string;
  readonly region: string;
}

/**
 * DetectModerationLabels and DetectText as the local Rekognition endpoint serves them, backed by models whose
 * weights ship in npm packages. Like the service, they read the image from S3 (the local S3 server) or from
 * inline bytes, and refuse what Rekognition refuses.
 */
export interface LocalRekognitionOperations {
  readonly operations: Readonly<Record<'DetectModerationLabels' | 'DetectText', RekognitionOperation>>;
  /** Stops the OCR worker thread, if one was started. */
  close(): Promise<void>;
}

export const localRekognitionOperations = (s3Access: LocalS3Access): LocalRekognitionOperations => {
  // s3rver accepts any credentials; path-style because the bucket is not a DNS name here.
  const s3 = new S3Client({ endpoint: s3Access.endpoint, region: s3Access.region, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

  const imageBytes = async (image: z.infer<typeof imageSchema>): Promise<Uint8Array> => {
    let bytes: Uint8Array;
    if ('Bytes' in image) {
      bytes = Buffer.from(image.Bytes, 'base64');
      if (bytes.length > MAX_INLINE_BYTES) throw rekognitionError('ImageTooLargeException', `image bytes exceed ${MAX_INLINE_BYTES}`);
    } else {
      const { Bucket, Name } = image.S3Object;
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket, Key: Name }));
        if ((object.ContentLength ?? 0) > MAX_S3_BYTES) throw rekognitionError('ImageTooLargeException', `the S3 object exceeds ${MAX_S3_BYTES} bytes`);
        bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      } catch (error) {
        if (error instanceof Error && error.name === 'ImageTooLargeException') throw error;
        throw rekognitionError('InvalidS3ObjectException', 'Unable to get object metadata from S3. Check object key, region and/or access permissions.');
      }
    }
    if (!isJpegOrPng(bytes)) throw rekognitionError('InvalidImageFormatException', 'Request has invalid image format');
    return bytes;
  };

  const parse = <S extends z.ZodType>(schema: S, request: unknown): z.output<S> => {
    const parsed = schema.safeParse(request);
    if (!parsed.success) throw rekognitionError('InvalidParameterException', 'Request has invalid parameters');
    return parsed.data;
  };

  return {
    operations: {
      DetectModerationLabels: async (request) => {
        const { Image, MinConfidence } = parse(moderationRequestSchema, request);
        const { detectModerationLabelsLocally, LOCAL_MODERATION_MODEL } = await moderationModel();
        const labels = await detectModerationLabelsLocally(await imageBytes(Image), MinConfidence);
        return { ModerationLabels: labels, ModerationModelVersion: LOCAL_MODERATION_MODEL, ContentTypes: [] };
      },
      DetectText: async (request) => {
        const { Image } = parse(textRequestSchema, request);
        const { detectTextLocally } = await textModelOnce();
        return { TextDetections: await detectTextLocally(await imageBytes(Image)), TextModelVersion: 'local-tesseract-7-eng' };
      },
    },
    close: async () => {
      s3.destroy();
      if (textModel !== undefined) await (await textModel).stopLocalTextDetection();
    },
  };
};
