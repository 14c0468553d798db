import { z } from 'zod';
import { reviewDeps } from '../../composition';
import { RULE_IDS } from '../../policy/rules';
import { resolveReviewItem, type ReviewDeps } from '../../review/review-service';
import { subjectOf } from '../../shared/access';
import { readEnv } from '../../shared/env';
import { createHttpHandler, parseJsonBody, parseParameters } from '../../shared/http';
import { contentIdSchema } from '../../shared/ids';

const parametersSchema = z.object({ itemId: contentIdSchema });
const bodySchema = z.strictObject({ outcome: z.enum(['uphold', 'reject', 'escalate']), ruleId: z.enum(RULE_IDS).optional(), note: z.string().trim().min(1).max(2000) });
const { MAX_BODY_BYTES } = readEnv('MAX_BODY_BYTES');

/** POST /v1/review-queue/{itemId}/resolution: uphold (strike), reject (debit reporters) or escalate a claimed item. */
export const createHandler = (deps: () => ReviewDeps) =>
  createHttpHandler('ResolveReviewItem', async (request) => {
    const { itemId } = parseParameters(request.pathParameters, parametersSchema);
    const input = parseJsonBody(request, bodySchema, MAX_BODY_BYTES);
    return { status: 200, body: await resolveReviewItem(deps(), itemId, input, subjectOf(request.caller)) };
  });

export const handler = createHandler(reviewDeps);
