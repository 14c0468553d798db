import { z } from 'zod';
import { reviewDeps } from '../../composition';
import { claimReviewItem, type ReviewDeps } from '../../review/review-service';
import { subjectOf } from '../../shared/access';
import { createHttpHandler, parseParameters } from '../../shared/http';
import { contentIdSchema } from '../../shared/ids';

const parametersSchema = z.object({ itemId: contentIdSchema });

/** POST /v1/review-queue/{itemId}/claim: a lease on the item, so two moderators never work one item. */
export const createHandler = (deps: () => ReviewDeps) =>
  createHttpHandler('ClaimReviewItem', async (request) => {
    const { itemId } = parseParameters(request.pathParameters, parametersSchema);
    return { status: 200, body: await claimReviewItem(deps(), itemId, subjectOf(request.caller)) };
  });

export const handler = createHandler(reviewDeps);
