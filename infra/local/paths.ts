import { join } from 'node:path';

/** The project root, whatever the working directory. */
export const PROJECT_ROOT = join(import.meta.dirname, '../..');
/** Git-ignored home of everything the local stack keeps between runs. */
export const LOCAL_DIR = join(PROJECT_ROOT, '.local');
