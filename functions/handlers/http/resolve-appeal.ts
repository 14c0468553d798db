import { z } from 'zod';
import { resolveAppeal, type AppealDeps } from '../../appeals/appeals';
import { appealDeps } from '../../composition';
import { subjectOf } from '../../shared/access';
import { readEnv } from '../../shared/env';
import { createHttpHandler, parseJsonBody, parseParameters } from '../../shared/http';

const parametersSchema = z.object({ appealId: z.string().regex(/^appeal-[0-9a-f]{24}$/, 'is not an appeal id') });
const bodySchema = z.strictObject({ outcome: z.enum(['grant', 'deny']), note: z.string().trim().min(1).max(2000) });
const { MAX_BODY_BYTES } = readEnv('MAX_BODY_BYTES');

/** POST /v1/appeals/{appealId}/resolution: a moderator grants (strike voided) or denies an appeal. */
export const createHandler = (deps: () => AppealDeps) =>
  createHttpHandler('ResolveAppeal', async (request) => {
    const { appealId } = parseParameters(request.pathParameters, parametersSchema);
    const { outcome, note } = parseJsonBody(request, bodySchema, MAX_BODY_BYTES);
    return { status: 200, body: await resolveAppeal(deps(), appealId, { outcome, note, moderatorId: subjectOf(request.caller) }) };
  });

export const handler = createHandler(appealDeps);
