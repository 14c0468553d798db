import type { LabelledRow } from '../../../../scripts/lib/labelled-data';
import type { FeatureExtractor } from '../features';
import { MODEL_GROUPS, type ModelGroup } from '../groups';
import { groupTarget } from './targets';

/** Rows turned into feature buckets once, so every epoch reads flat arrays instead of re-hashing text. */
export interface EncodedRows {
  readonly count: number;
  /** Row i's buckets are buckets[offsets[i]..offsets[i+1]). */
  readonly offsets: Int32Array;
  readonly buckets: Int32Array;
  /** Per row and group (row * groups + group): 1, 0 or UNLABELLED. */
  readonly targets: Int8Array;
  /** Per row: how much its loss counts in training (see `RowOfSet.weight`). */
  readonly weights: Float32Array;
}

/** A labelled row with the groups its set labels, which decide its targets. */
export interface RowOfSet {
  readonly row: LabelledRow;
  readonly setGroups: ReadonlySet<ModelGroup>;
  /** How much the row's loss counts in training; 1 unless its set is given more say. */
  readonly weight?: number;
}

/** Encodes rows with their per-group targets (see `groupTarget`). */
export const encodeRows = (rows: readonly RowOfSet[], extractor: FeatureExtractor): EncodedRows => {
  const groupCount = MODEL_GROUPS.length;
  const offsets = new Int32Array(rows.length + 1);
  const targets = new Int8Array(rows.length * groupCount);
  const weights = new Float32Array(rows.length);
  const chunks: Int32Array[] = [];
  let total = 0;
  rows.forEach(({ row, setGroups, weight = 1 }, index) => {
    weights[index] = weight;
    const count = extractor.extract(row.text);
    chunks.push(extractor.buckets.slice(0, count));
    total += count;
    offsets[index + 1] = total;
    MODEL_GROUPS.forEach((group, g) => {
      targets[index * groupCount + g] = groupTarget(row, group, setGroups);
    });
  });
  const buckets = new Int32Array(total);
  chunks.forEach((chunk, index) => buckets.set(chunk, offsets[index]!));
  return { count: rows.length, offsets, buckets, targets, weights };
};

/** How often each bucket occurs in `rows`. */
export const bucketCounts = (rows: EncodedRows, bucketCount: number): Int32Array => {
  const counts = new Int32Array(bucketCount);
  for (const bucket of rows.buckets) counts[bucket] = counts[bucket]! + 1;
  return counts;
};

/**
 * Which buckets occur at least `minCount` times (`counts` from `bucketCounts`). A rarer bucket is left
 * at weight zero: its weight would be learned from a row or two, and an n-gram never seen in training
 * that hashes onto it would inherit that noise. Zero buckets keep unfamiliar text near the prior instead.
 */
export const frequentBuckets = (counts: Int32Array, minCount: number): Uint8Array => Uint8Array.from(counts, (count) => (count >= minCount ? 1 : 0));
