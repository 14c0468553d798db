import { z } from 'zod';
import { linkDeps } from '../../composition';
import { LINK_KINDS, linkAccount, type LinkDeps } from '../../links/links';
import { readEnv } from '../../shared/env';
import { createHttpHandler, parseJsonBody, parseParameters } from '../../shared/http';
import { accountIdSchema } from '../../shared/ids';

const parametersSchema = z.object({ accountId: accountIdSchema });
const bodySchema = z.strictObject({ kind: z.enum(LINK_KINDS), hash: z.string().regex(/^[A-Za-z0-9+/=_-]{16,128}$/, 'must be a hash (16-128 base64 or hex characters), never a raw value') });
const { MAX_BODY_BYTES } = readEnv('MAX_BODY_BYTES');

/** POST /v1/accounts/{accountId}/links: the app reports a device, phone or payment hash of the account. */
export const createHandler = (deps: () => LinkDeps) =>
  createHttpHandler('LinkAccount', async (request) => {
    const { accountId } = parseParameters(request.pathParameters, parametersSchema);
    const { kind, hash } = parseJsonBody(request, bodySchema, MAX_BODY_BYTES);
    return { status: 200, body: await linkAccount(deps(), accountId, kind, hash) };
  });

export const handler = createHandler(linkDeps);
