import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { RULE_IDS } from '../../functions/policy/rules';
import { readJsonl } from './jsonl';

/** Where the labelled public sets live (read-only; see its README). */
export const LABELLED_DATA_DIR = resolve(import.meta.dirname, '../../../shared/data');

const labelledRowSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  lang: z.string(),
  text: z.string(),
  label: z.string(),
  rules: z.array(z.enum(RULE_IDS)),
});
export type LabelledRow = z.infer<typeof labelledRowSchema>;

export interface LabelledSet {
  /** File name without `.jsonl`, e.g. `davidson-en`. */
  readonly name: string;
  readonly rows: readonly LabelledRow[];
}

/** The names of the labelled sets present in `dir`. */
export const listLabelledSets = (dir = LABELLED_DATA_DIR): string[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => basename(file, '.jsonl'))
    .sort();

/** Reads one set, failing with the file and line of the first malformed row. */
export const loadLabelledSet = async (name: string, dir = LABELLED_DATA_DIR): Promise<LabelledSet> => ({
  name,
  rows: await readJsonl(join(dir, `${name}.jsonl`), labelledRowSchema),
});

/** 32-bit FNV-1a: a stable hash so the split never depends on file order or a random seed. */
const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

export type Split = 'train' | 'validation' | 'test';

/**
 * The fixed split every script shares: a learned model trains on `train`, tunes (early stopping,
 * thresholds) on `validation`, and `npm run eval` reports learned scores on `test` only.
 */
export const splitOf = (setName: string, row: Pick<LabelledRow, 'id'>): Split => {
  const bucket = fnv1a(`${setName}:${row.id}`) % 10;
  if (bucket < 7) return 'train';
  return bucket < 8 ? 'validation' : 'test';
};
