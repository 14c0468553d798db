import { z } from 'zod';
import { checkUploadedImage, type ImageCheckDeps } from '../../image/check-image';
import { withRetries, isTransient } from '../../image/retry';
import { parseUploadKey } from '../../image/upload-key';
import { SURFACES } from '../../policy/rules';
import { DomainError } from '../../shared/errors';
import { readEnv } from '../../shared/env';
import { createHttpHandler, parseJsonBody } from '../../shared/http';
import { accountIdSchema, contentIdSchema } from '../../shared/ids';
import { imageCheckDeps } from '../../composition';
import { checkText, warmTextEngine } from '../../text/engine';

const bodySchema = z
  .strictObject({
    contentId: contentIdSchema,
    accountId: accountIdSchema,
    surface: z.enum(SURFACES),
    s3Key: z.string().min(1).max(1024),
  })
  .refine(
    ({ contentId, accountId, surface, s3Key }) => {
      const ref = parseUploadKey(s3Key);
      return ref !== null && ref.contentId === contentId && ref.accountId === accountId && ref.surface === surface;
    },
    { path: ['s3Key'], message: 'must be uploads/{surface}/{accountId}/{contentId}.{jpg|jpeg|png|webp|gif} for the ids given' },
  );
const { MAX_BODY_BYTES } = readEnv('MAX_BODY_BYTES');

/** A caller waits for this one: fewer, shorter retries than the queue's, then 429 so it tries again later. */
const SYNC_RETRY = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 } as const;
const RETRY_AFTER_SECONDS = 2;

/**
 * POST /v1/image-checks: the app's backend asks for the verdict on an uploaded image now rather than waiting
 * for the upload event. The same check, the same decision (whichever runs first decides; the other returns it).
 */
export const createHandler = (deps: () => ImageCheckDeps) =>
  createHttpHandler('CheckImage', async (request) => {
    const { s3Key } = parseJsonBody(request, bodySchema, MAX_BODY_BYTES);
    const outcome = await withRetries(() => checkUploadedImage(deps(), { key: s3Key }), SYNC_RETRY).catch((error: unknown) => {
      if (isTransient(error)) throw new DomainError('TooManyRequests', 'the image service is busy; try again shortly', { retryAfterSeconds: RETRY_AFTER_SECONDS });
      throw error;
    });
    if (outcome.status === 'missing') throw new DomainError('NotFound', `no uploaded object ${JSON.stringify(s3Key)}`);
    if (outcome.status === 'refused') throw new DomainError('Conflict', `content id already decided for another object; upload under a new content id`);
    const { contentId, decision, rules, support, rejected, policyVersion } = outcome.decision;
    return { status: 200, body: { contentId, decision, rules, ...(support === undefined ? {} : { support }), ...(rejected === undefined ? {} : { rejected }), policyVersion } };
  });

// Text found in an image is checked like a message: the lexicon index is read while the function initialises, as in check-text.
warmTextEngine();

export const handler = createHandler(() => imageCheckDeps(checkText));
