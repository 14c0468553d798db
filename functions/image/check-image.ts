import type { StoredDecision } from '../decisions/decision';
import { settleDecision, type SettleDeps } from '../decisions/settle-decision';
import { MIN_LABEL_CONFIDENCE } from '../policy/image-labels';
import { POLICY_VERSION, type Verdict } from '../policy/rules';
import { decideImage, type ImageVerdict } from './decide-image';
import { labelFindings } from './label-findings';
import { IMAGE_LIMITS } from './limits';
import { differenceHash, greyThumbnail } from './perceptual-hash';
import { ImageNotAnalysable, type ImageAnalyser, type ImageHashIndex, type ImageObjects, type ImageSource, type ObjectOutcome } from './ports';
import { readQrCode } from './qr-codes';
import { decodeForAnalysis, toRekognitionJpeg } from './raster';
import { reuseFindings } from './reuse-findings';
import { detectedTextFindings, qrFindings, type TextEngine } from './text-findings';
import type { CheckedObject, ObjectAddress, StoredImageDecision } from './types';
import { parseUploadKey, type UploadRef } from './upload-key';
import { tooLarge, validateImage, type Rejection } from './validate-image';
import type { ImageHeader } from './image-header';

export interface ImageCheckDeps extends SettleDeps {
  readonly objects: ImageObjects;
  readonly analyser: ImageAnalyser;
  readonly hashes: ImageHashIndex;
  readonly engine: TextEngine;
}

export type ImageCheckOutcome =
  | { readonly status: 'decided'; readonly decision: StoredImageDecision }
  /** Quarantined without a decision: the key names no content, or the content id already has another object's decision. */
  | { readonly status: 'refused'; readonly reason: 'malformed-key' | 'content-id-reused' }
  /** The object is gone (deleted, or already quarantined by an earlier delivery of its event). */
  | { readonly status: 'missing' };

const OBJECT_OUTCOME: Readonly<Record<Verdict, ObjectOutcome>> = { allow: 'allowed', review: 'review', block: 'blocked' };

const unquote = (eTag: string) => eTag.replace(/"/g, '');

const isSameObject = (decision: StoredDecision, object: CheckedObject): boolean => {
  if (decision.kind !== 'image') return false;
  const checked = (decision as StoredImageDecision).object;
  if (checked.versionId !== undefined && object.versionId !== undefined) return checked.versionId === object.versionId;
  return unquote(checked.eTag) === unquote(object.eTag);
};

/** JPEG and PNG are read by Rekognition from the bucket itself; other formats are re-encoded and sent inline. */
const analyserSource = async (object: CheckedObject, header: ImageHeader, bytes: Uint8Array): Promise<ImageSource> =>
  header.format === 'jpeg' || header.format === 'png' ? { object } : { bytes: await toRekognitionJpeg(bytes) };

type Judgement = (ImageVerdict & { readonly labelModel?: string }) | { readonly rejected: Rejection };

/** Every detector on a validated image; the hash is indexed whatever the verdict, so later re-posts are found. */
const judge = async (deps: ImageCheckDeps, ref: UploadRef, object: CheckedObject, bytes: Uint8Array, header: ImageHeader, now: Date): Promise<Judgement> => {
  const source = await analyserSource(object, header, bytes);
  const [labels, lines, raster] = await Promise.all([
    deps.analyser.moderationLabels(source, MIN_LABEL_CONFIDENCE),
    deps.analyser.detectText(source),
    decodeForAnalysis(bytes),
  ]);
  const hash = differenceHash(greyThumbnail(raster));
  const qrPayload = readQrCode(raster);
  const hashed = hash === null ? null : { contentId: ref.contentId, accountId: ref.accountId, surface: ref.surface, hash, indexedAt: now.toISOString() };
  const reuse = hashed === null ? [] : await reuseFindings(deps.hashes, hashed);
  if (hashed !== null) await deps.hashes.add(hashed);
  const verdict = decideImage([
    ...labelFindings(labels.labels, ref.surface),
    ...detectedTextFindings(deps.engine, lines, ref.surface),
    ...(qrPayload === null ? [] : qrFindings(deps.engine, qrPayload, ref.surface)),
    ...reuse,
  ]);
  return { ...verdict, ...(labels.modelVersion === undefined ? {} : { labelModel: labels.modelVersion }) };
};

/** Validation first: a refused object never reaches a model. An image the models cannot read is refused too. */
const judgeObject = async (deps: ImageCheckDeps, ref: UploadRef, object: CheckedObject, size: number, bytes: Uint8Array | undefined, now: Date): Promise<Judgement> => {
  if (bytes === undefined) return tooLarge(size);
  const validated = validateImage(bytes);
  if ('rejected' in validated) return validated;
  try {
    return await judge(deps, ref, object, bytes, validated.header, now);
  } catch (error) {
    if (error instanceof ImageNotAnalysable) return { rejected: { reason: 'not-analysable', detail: error.message } };
    throw error;
  }
};

const applyToObject = async (objects: ImageObjects, decision: StoredImageDecision): Promise<void> => {
  const outcome = OBJECT_OUTCOME[decision.decision];
  if (outcome === 'blocked') await objects.quarantine(decision.object);
  else await objects.tag(decision.object, outcome);
};

/**
 * The object first (tagged, or quarantined), then the decision's consequences (strike, review item, event):
 * the app never hears of an `allow` for an object it could not yet serve. Both steps are idempotent, so a
 * redelivered event finishes what a failed one began.
 */
const finish = async (deps: ImageCheckDeps, decision: StoredImageDecision): Promise<ImageCheckOutcome> => {
  await applyToObject(deps.objects, decision);
  return { status: 'decided', decision: (await settleDecision(deps, decision)) as StoredImageDecision };
};

/** A second object under a decided content id must not inherit the first one's verdict. */
const refuseReuse = async (deps: ImageCheckDeps, object: ObjectAddress): Promise<ImageCheckOutcome> => {
  await deps.objects.quarantine(object);
  return { status: 'refused', reason: 'content-id-reused' };
};

/**
 * Checks one uploaded image end to end: key, validation, labels, text, QR code and reuse of another
 * account's photo; one decision per content id (a repeat returns it and counts nothing twice); the object
 * tagged `moderation=allowed|review` or quarantined; strikes, review items and the decision event.
 * Any failure leaves the object untagged (unpublished) for the caller to retry.
 */
export const checkUploadedImage = async (deps: ImageCheckDeps, upload: ObjectAddress): Promise<ImageCheckOutcome> => {
  const ref = parseUploadKey(upload.key);
  if (ref === null) {
    await deps.objects.quarantine(upload);
    return { status: 'refused', reason: 'malformed-key' };
  }
  const read = await deps.objects.read(upload, IMAGE_LIMITS.maxObjectBytes);
  if (!read.found) return { status: 'missing' };
  const known = await deps.decisions.find(ref.contentId);
  if (known !== null) {
    if (!isSameObject(known, read.object)) return refuseReuse(deps, read.object);
    return finish(deps, known as StoredImageDecision);
  }

  const now = deps.now();
  const judgement = await judgeObject(deps, ref, read.object, read.size, read.bytes, now);
  const decision: StoredImageDecision = {
    contentId: ref.contentId,
    accountId: ref.accountId,
    kind: 'image',
    surface: ref.surface,
    object: read.object,
    policyVersion: POLICY_VERSION,
    decidedAt: now.toISOString(),
    ...('rejected' in judgement ? { decision: 'block', rules: [], rejected: judgement.rejected } : judgement),
  };
  const { stored } = await deps.decisions.saveIfAbsent(decision);
  if (!isSameObject(stored, read.object)) return refuseReuse(deps, read.object);
  return finish(deps, stored as StoredImageDecision);
};
