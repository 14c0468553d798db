import type { StoredDecision } from '../decisions/decision';
import type { RuleId, Verdict } from '../policy/rules';
import type { RuleHit } from '../text/types';
import type { Rejection } from './validate-image';

/** A Rekognition moderation label: confidence in percent, as the service reports it. */
export interface ModerationLabel {
  readonly name: string;
  readonly parent?: string;
  readonly confidence: number;
}

/** What made an image rule fire: a label, a QR code, text read in the image, or another account's photo. */
export type ImageEvidence =
  | { readonly kind: 'label'; readonly label: string; readonly parent?: string; readonly confidence: number }
  | { readonly kind: 'qr'; readonly payload: string }
  | { readonly kind: 'text'; readonly match: string }
  | { readonly kind: 'reuse'; readonly contentId: string; readonly distance: number };

/** One detector's observation, already weighed by the policy for the image's surface. */
export interface ImageFinding {
  readonly rules: readonly RuleId[];
  readonly verdict: Verdict;
  /** 0-1, like text findings. */
  readonly confidence: number;
  readonly support?: boolean;
  readonly evidence: readonly ImageEvidence[];
}

/** A rule hit on an image: the text-span `evidence` stays empty and `image` says what was seen. */
export interface ImageRuleHit extends RuleHit {
  readonly image: readonly ImageEvidence[];
}

/** An object in the uploads bucket; the version, where the bucket keeps versions, pins the exact bytes. */
export interface ObjectAddress {
  readonly key: string;
  readonly versionId?: string;
}

/** The object a decision was taken on, so a later upload under the same content id is not mistaken for it. */
export interface CheckedObject extends ObjectAddress {
  readonly eTag: string;
}

/**
 * An image decision as stored: the shared decision shape plus what was checked and, for an object refused
 * before any model saw it, why (`decision` is then `block`, with no rule and so no strike).
 */
export interface StoredImageDecision extends StoredDecision {
  readonly kind: 'image';
  readonly rules: readonly ImageRuleHit[];
  readonly object: CheckedObject;
  readonly rejected?: Rejection;
  /** Rekognition's moderation model version, for the moderators. */
  readonly labelModel?: string;
}
