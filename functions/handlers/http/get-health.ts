import { POLICY_VERSION } from '../../policy/rules';
import { createHttpHandler } from '../../shared/http';

/** Liveness for load balancers and ops: no dependencies, no token. */
export const handler = createHttpHandler('GetHealth', async () => ({
  status: 200,
  body: { status: 'ok', policyVersion: POLICY_VERSION },
}));
