import { z } from 'zod';
import { decisionStore } from '../../composition';
import type { DecisionStore } from '../../decisions/decision';
import { getDecision } from '../../decisions/get-decision';
import { createHttpHandler, parseParameters } from '../../shared/http';
import { contentIdSchema } from '../../shared/ids';

const parametersSchema = z.object({ contentId: contentIdSchema });

/** GET /v1/decisions/{contentId}: the stored decision for a piece of content. */
export const createHandler = (deps: () => { readonly decisions: DecisionStore }) =>
  createHttpHandler('GetDecision', async (request) => {
    const { contentId } = parseParameters(request.pathParameters, parametersSchema);
    return { status: 200, body: await getDecision(deps().decisions, contentId) };
  });

export const handler = createHandler(() => ({ decisions: decisionStore() }));
