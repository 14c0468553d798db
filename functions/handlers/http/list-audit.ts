import { z } from 'zod';
import { standingService } from '../../composition';
import { createHttpHandler, parseParameters } from '../../shared/http';
import { accountIdSchema } from '../../shared/ids';
import type { StandingService } from '../../standing/standing-service';

const parametersSchema = z.object({ accountId: accountIdSchema });
const querySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});

/** GET /v1/accounts/{accountId}/audit: the account's audit log, newest first, a page at a time. */
export const createHandler = (deps: () => { readonly standing: StandingService }) =>
  createHttpHandler('ListAudit', async (request) => {
    const { accountId } = parseParameters(request.pathParameters, parametersSchema);
    const page = parseParameters(request.query, querySchema);
    return { status: 200, body: await deps().standing.listAudit(accountId, page) };
  });

export const handler = createHandler(() => ({ standing: standingService() }));
