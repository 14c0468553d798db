import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** sha256 over each set's name and exact file bytes, in name order: the model's data, in 64 hex digits. */
export const trainingDataSha256 = (dir: string, setNames: readonly string[]): string => {
  const hash = createHash('sha256');
  for (const name of [...setNames].sort()) {
    hash.update(`${name}\n`);
    hash.update(readFileSync(join(dir, `${name}.jsonl`)));
  }
  return hash.digest('hex');
};
