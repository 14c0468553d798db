import { z } from 'zod';
import { standingService } from '../../composition';
import { assertCanReadAccount } from '../../shared/access';
import { createHttpHandler, parseParameters } from '../../shared/http';
import { accountIdSchema } from '../../shared/ids';
import type { StandingService } from '../../standing/standing-service';

const parametersSchema = z.object({ accountId: accountIdSchema });

/** GET /v1/accounts/{accountId}/standing: status, active restrictions, points and strikes. */
export const createHandler = (deps: () => { readonly standing: StandingService }) =>
  createHttpHandler('GetStanding', async (request) => {
    const { accountId } = parseParameters(request.pathParameters, parametersSchema);
    assertCanReadAccount(request.caller, accountId);
    return { status: 200, body: await deps().standing.getStanding(accountId) };
  });

export const handler = createHandler(() => ({ standing: standingService() }));
