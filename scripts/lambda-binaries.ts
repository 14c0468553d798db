/**
 * `npm run lambda-binaries`: fetches, from npm, the linux-arm64 build of the sharp version this project
 * locked into `.lambda/` (git-ignored), so `cdk deploy` from any machine ships the image Lambdas on arm64.
 * Synth itself stays offline: it copies whatever is there (see infra/constructs/sharp-binary.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAMBDA_DEPS_DIR } from '../infra/constructs/sharp-binary';

const projectRoot = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(projectRoot, 'node_modules/sharp/package.json'), 'utf8')) as { version: string };
const target = join(projectRoot, LAMBDA_DEPS_DIR);
const args = ['install', '--prefix', target, '--no-save', '--no-package-lock', '--os=linux', '--cpu=arm64', '--libc=glibc', `sharp@${version}`];
console.error(`lambda-binaries: sharp ${version} for linux-arm64 into ${LAMBDA_DEPS_DIR}/`);
const result = spawnSync('npm', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
