import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODERATOR_GROUP, SERVICE_SCOPE, type Role } from '../../functions/shared/auth';

/** Tokens the local issuer signs carry this `iss`; the local gateway accepts no other. */
export const LOCAL_ISSUER = 'https://local-issuer.moderation.invalid';
/** Same audience as the default `moderation:jwtAudience` in cdk.json. */
export const LOCAL_AUDIENCE = 'moderation-api';

export interface LocalIssuer {
  readonly issuer: string;
  readonly audience: string;
  readonly publicJwk: JWK;
  /** Signs a dev token for a role; `subject` is the account id for `user`. */
  tokenFor(role: Role, subject?: string, lifetimeSeconds?: number): Promise<string>;
  /** Signs arbitrary claims with this issuer's key (tests use it for expired or foreign-audience tokens). */
  sign(claims: Record<string, unknown>, expiresAt: number): Promise<string>;
}

interface StoredKey {
  readonly kid: string;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

const createKey = async (): Promise<StoredKey> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  return { kid, privateJwk: await exportJWK(privateKey), publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
};

/** Loads the signing key kept under `dir` (so tokens survive restarts), creating it on first use. */
export const loadLocalIssuer = async (dir: string | undefined): Promise<LocalIssuer> => {
  const file = dir === undefined ? undefined : join(dir, 'issuer-key.json');
  let key: StoredKey;
  if (file !== undefined && existsSync(file)) {
    key = JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
  } else {
    key = await createKey();
    if (dir !== undefined && file !== undefined) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
    }
  }
  const privateKey = await importJWK(key.privateJwk, 'RS256');
  const sign = (claims: Record<string, unknown>, expiresAt: number) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).setIssuedAt().setExpirationTime(expiresAt).sign(privateKey);
  const claimsFor = (role: Role, subject: string | undefined): Record<string, unknown> => {
    switch (role) {
      case 'service':
        return { iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, sub: subject ?? 'app-backend', scope: SERVICE_SCOPE, client_id: 'app-backend' };
      case 'moderator':
        return { iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, sub: subject ?? 'moderator-1', 'cognito:groups': [MODERATOR_GROUP] };
      case 'user':
        if (subject === undefined) throw new Error('a user token needs an account id');
        return { iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, sub: subject };
    }
  };
  return {
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    publicJwk: key.publicJwk,
    sign,
    tokenFor: (role, subject, lifetimeSeconds = 12 * 3600) => sign(claimsFor(role, subject), Math.floor(Date.now() / 1000) + lifetimeSeconds),
  };
};
