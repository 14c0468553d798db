import { z } from 'zod';
import { checkTextContent, type TextCheckDeps } from '../../checks/check-text';
import { textCheckDeps } from '../../composition';
import { LANGUAGES, SURFACES } from '../../policy/rules';
import { readEnv } from '../../shared/env';
import { createHttpHandler, parseJsonBody } from '../../shared/http';
import { accountIdSchema, contentIdSchema } from '../../shared/ids';
import { checkText, warmTextEngine } from '../../text/engine';

const bodySchema = z.strictObject({
  contentId: contentIdSchema,
  accountId: accountIdSchema,
  surface: z.enum(SURFACES),
  text: z.string().min(1).max(10_000),
  lang: z.enum(LANGUAGES).optional(),
  recipientId: accountIdSchema.optional(),
});
const { MAX_BODY_BYTES } = readEnv('MAX_BODY_BYTES');

/** POST /v1/text-checks: the app's backend asks before it delivers a message or publishes a post. */
export const createHandler = (deps: () => TextCheckDeps) =>
  createHttpHandler('CheckText', async (request) => {
    const input = parseJsonBody(request, bodySchema, MAX_BODY_BYTES);
    const { contentId, decision, rules, support, policyVersion, behaviour } = await checkTextContent(deps(), input);
    return { status: 200, body: { contentId, decision, rules, ...(support === undefined ? {} : { support }), ...(behaviour === undefined ? {} : { behaviour }), policyVersion } };
  });

// While the function initialises, not inside its first request: with provisioned concurrency, before any request at all.
warmTextEngine();

export const handler = createHandler(() => textCheckDeps(checkText));
