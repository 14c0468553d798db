/**
 * Who may call what. The JWT authorizer (API Gateway in AWS, the local gateway offline) has already
 * checked signature, issuer, audience and expiry; this maps the verified claims onto roles.
 */
export const ROLES = ['service', 'user', 'moderator'] as const;
export type Role = (typeof ROLES)[number];

/** The app's backend carries this OAuth scope (client-credentials tokens). */
export const SERVICE_SCOPE = 'moderation/service';
/** Moderators belong to this group (Cognito `cognito:groups`, or a plain `groups` claim). */
export const MODERATOR_GROUP = 'moderators';

export interface Caller {
  /** The token subject; for the `user` role it is the account id. */
  readonly subject: string;
  readonly roles: ReadonlySet<Role>;
}

type ClaimValue = string | number | boolean | readonly string[];

/** API Gateway renders array claims as "[a b c]" strings; accept both that and real arrays. */
const claimList = (value: ClaimValue | undefined, separator: RegExp): string[] => {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map(String);
  const text = String(value).trim();
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return inner.split(separator).filter((item) => item !== '');
};

/** Derives the caller from verified JWT claims; `null` when there is no subject to act as. */
export const callerFromClaims = (claims: Readonly<Record<string, ClaimValue>> | undefined): Caller | null => {
  const subject = claims?.sub;
  if (claims === undefined || typeof subject !== 'string' || subject === '') return null;
  const scopes = [...claimList(claims.scope, /\s+/), ...claimList(claims.scp, /\s+/)];
  const groups = [...claimList(claims['cognito:groups'], /[\s,]+/), ...claimList(claims.groups, /[\s,]+/)];
  const roles = new Set<Role>();
  if (scopes.includes(SERVICE_SCOPE)) roles.add('service');
  else roles.add('user');
  if (groups.includes(MODERATOR_GROUP)) roles.add('moderator');
  return { subject, roles };
};
