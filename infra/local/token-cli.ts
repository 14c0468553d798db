import { join } from 'node:path';
import { ROLES, type Role } from '../../functions/shared/auth';
import { loadLocalIssuer } from './issuer';
import { LOCAL_DIR } from './paths';

/** `npm run token -- service | user <accountId> | moderator [id]`: prints a dev token for the local gateway. */
const [role, subject] = process.argv.slice(2);
if (role === undefined || !(ROLES as readonly string[]).includes(role) || (role === 'user' && subject === undefined)) {
  console.error('usage: npm run token -- service | user <accountId> | moderator [moderatorId]');
  process.exit(2);
}
const issuer = await loadLocalIssuer(join(LOCAL_DIR, 'issuer'));
console.log(await issuer.tokenFor(role as Role, subject));
