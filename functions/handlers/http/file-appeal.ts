import { z } from 'zod';
import { fileAppeal, type AppealDeps } from '../../appeals/appeals';
import { appealDeps } from '../../composition';
import { subjectOf } from '../../shared/access';
import { readEnv } from '../../shared/env';
import { createHttpHandler, parseJsonBody } from '../../shared/http';
import { contentIdSchema } from '../../shared/ids';

const message = z.string().trim().min(1).max(2000);
const bodySchema = z.union([
  z.strictObject({ strikeId: z.string().min(1).max(300), message }),
  z.strictObject({ contentId: contentIdSchema, message }),
]);
const { MAX_BODY_BYTES } = readEnv('MAX_BODY_BYTES');

/** POST /v1/appeals: a user appeals one of their own strikes or decisions. */
export const createHandler = (deps: () => AppealDeps) =>
  createHttpHandler('FileAppeal', async (request) => {
    const { message: text, ...target } = parseJsonBody(request, bodySchema, MAX_BODY_BYTES);
    return { status: 201, body: await fileAppeal(deps(), subjectOf(request.caller), target, text) };
  });

export const handler = createHandler(appealDeps);
