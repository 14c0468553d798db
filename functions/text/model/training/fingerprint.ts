import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled file the model learns from: its set name and the folder holding `<name>.jsonl`. */
export interface TrainingSetFile {
  readonly name: string;
  readonly dir: string;
}

/** sha256 over each set's name and exact file bytes, in name order: the model's data, in 64 hex digits. */
export const trainingDataSha256 = (sets: readonly TrainingSetFile[]): string => {
  const hash = createHash('sha256');
  for (const { name, dir } of [...sets].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${name}\n`);
    hash.update(readFileSync(join(dir, `${name}.jsonl`)));
  }
  return hash.digest('hex');
};
