import { DetectModerationLabelsCommand, DetectTextCommand, type Image, type RekognitionClient } from '@aws-sdk/client-rekognition';
import { ImageNotAnalysable, type ImageAnalyser, type ImageSource } from '../../image/ports';
import type { ModerationLabel } from '../../image/types';

/** Rekognition's answers for an image it cannot read: retrying will not change them. */
const UNREADABLE = new Set(['InvalidImageFormatException', 'ImageTooLargeException']);

const refusing = async <T>(call: Promise<T>): Promise<T> =>
  call.catch((error: unknown) => {
    if (error instanceof Error && UNREADABLE.has(error.name)) throw new ImageNotAnalysable(`rekognition refused the image: ${error.name}`);
    throw error;
  });

/** Moderation labels and text lines from Amazon Rekognition (or the local endpoint speaking its protocol). */
export class RekognitionImageAnalyser implements ImageAnalyser {
  constructor(
    private readonly client: RekognitionClient,
    private readonly bucket: string,
  ) {}

  async moderationLabels(source: ImageSource, minConfidence: number): Promise<{ labels: ModerationLabel[]; modelVersion?: string }> {
    const response = await refusing(this.client.send(new DetectModerationLabelsCommand({ Image: this.image(source), MinConfidence: minConfidence })));
    const labels = (response.ModerationLabels ?? []).flatMap((label): ModerationLabel[] =>
      label.Name === undefined ? [] : [{ name: label.Name, confidence: label.Confidence ?? 0, ...(label.ParentName ? { parent: label.ParentName } : {}) }],
    );
    return { labels, ...(response.ModerationModelVersion === undefined ? {} : { modelVersion: response.ModerationModelVersion }) };
  }

  async detectText(source: ImageSource): Promise<string[]> {
    const response = await refusing(this.client.send(new DetectTextCommand({ Image: this.image(source) })));
    return (response.TextDetections ?? []).filter((detection) => detection.Type === 'LINE' && detection.DetectedText !== undefined).map((detection) => detection.DetectedText ?? '');
  }

  /** Rekognition reads JPEG and PNG from the bucket with the caller's permissions; the version pins the checked bytes. */
  private image(source: ImageSource): Image {
    if ('bytes' in source) return { Bytes: source.bytes };
    return { S3Object: { Bucket: this.bucket, Name: source.object.key, ...(source.object.versionId === undefined ? {} : { Version: source.object.versionId }) } };
  }
}
