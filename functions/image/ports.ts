import type { Surface } from '../policy/rules';
import type { CheckedObject, ModerationLabel, ObjectAddress } from './types';

/** An uploaded object as read from the bucket; `bytes` is absent when it is larger than the reader allowed. */
export type ObjectRead =
  | { readonly found: false }
  | { readonly found: true; readonly object: CheckedObject; readonly size: number; readonly bytes?: Uint8Array };

/** What the app may do with an object: S3 tag values. */
export type ObjectOutcome = 'allowed' | 'review' | 'blocked';

/** Port: the uploads bucket. */
export interface ImageObjects {
  /** Reads the object (the given version, if any) unless it is over `maxBytes`; then only its metadata. */
  read(object: ObjectAddress, maxBytes: number): Promise<ObjectRead>;
  /** Tags the object `moderation=<outcome>`. */
  tag(object: ObjectAddress, outcome: ObjectOutcome): Promise<void>;
  /** Moves the object under the quarantine prefix, tagged blocked; an object already moved counts as done. */
  quarantine(object: ObjectAddress): Promise<void>;
}

/** Where the analyser reads an image: the uploaded object itself, or bytes re-encoded for it. */
export type ImageSource = { readonly object: CheckedObject } | { readonly bytes: Uint8Array };

/** Port: the label and text models (Rekognition, or the local stand-in behind the same protocol). */
export interface ImageAnalyser {
  moderationLabels(source: ImageSource, minConfidence: number): Promise<{ readonly labels: readonly ModerationLabel[]; readonly modelVersion?: string }>;
  /** The lines of text seen in the image, top to bottom. */
  detectText(source: ImageSource): Promise<readonly string[]>;
}

/** The analyser refused an image that passed validation (a format or size it cannot read): it is rejected, not retried. */
export class ImageNotAnalysable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageNotAnalysable';
  }
}

/** One indexed photo: whose it is and its perceptual hash. */
export interface HashedImage {
  readonly contentId: string;
  readonly accountId: string;
  readonly surface: Surface;
  readonly hash: string;
  readonly indexedAt: string;
}

/** Port: perceptual hashes of every checked image, searchable by near matches. */
export interface ImageHashIndex {
  /** Images that may lie near `hash` (sharing an index band); the caller measures the distance. */
  candidates(hash: string): Promise<readonly HashedImage[]>;
  add(image: HashedImage): Promise<void>;
}
