import { z } from 'zod';
import { standingService } from '../../composition';
import { RULE_IDS } from '../../policy/rules';
import { subjectOf } from '../../shared/access';
import { readEnv } from '../../shared/env';
import { createHttpHandler, parseJsonBody, parseParameters } from '../../shared/http';
import { accountIdSchema } from '../../shared/ids';
import { MODERATOR_ACTION_KINDS } from '../../standing/model';
import type { StandingService } from '../../standing/standing-service';

const parametersSchema = z.object({ accountId: accountIdSchema });
const bodySchema = z.strictObject({
  kind: z.enum(MODERATOR_ACTION_KINDS),
  until: z.iso.datetime({ offset: true }).optional(),
  ruleId: z.enum(RULE_IDS).optional(),
  reason: z.string().trim().min(1).max(2000),
});
const { MAX_BODY_BYTES } = readEnv('MAX_BODY_BYTES');

/** POST /v1/accounts/{accountId}/actions: a moderator warns, mutes, restricts, suspends, disables, lifts or reinstates. */
export const createHandler = (deps: () => { readonly standing: StandingService }) =>
  createHttpHandler('TakeAction', async (request) => {
    const { accountId } = parseParameters(request.pathParameters, parametersSchema);
    const input = parseJsonBody(request, bodySchema, MAX_BODY_BYTES);
    return { status: 201, body: await deps().standing.takeAction(accountId, input, subjectOf(request.caller)) };
  });

export const handler = createHandler(() => ({ standing: standingService() }));
