import { z } from 'zod';
import { reviewDeps } from '../../composition';
import { REVIEW_KINDS } from '../../review/model';
import { listReviewItems, type ReviewDeps } from '../../review/review-service';
import { createHttpHandler, parseParameters } from '../../shared/http';

const querySchema = z.strictObject({
  status: z.enum(['open', 'resolved']).default('open'),
  kind: z.enum(REVIEW_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(25),
  cursor: z.string().max(2048).optional(),
});

/** GET /v1/review-queue?status=&kind=&limit=&cursor=: items by priority, then age. */
export const createHandler = (deps: () => ReviewDeps) =>
  createHttpHandler('ListReviewQueue', async (request) => ({ status: 200, body: await listReviewItems(deps(), parseParameters(request.query, querySchema)) }));

export const handler = createHandler(reviewDeps);
