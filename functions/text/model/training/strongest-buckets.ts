import { TABLE_WAYS } from '../weight-table';

/**
 * Which buckets a weight table of 2^setBits sets keeps (see ../weight-table): in each set, the
 * buckets that move scores the most over the training data, |weight| summed over the groups times how
 * often the bucket occurs. A weight the data rarely meets matters little however large it is.
 */
export const strongestBuckets = (weights: Float32Array, counts: Int32Array, groupCount: number, setBits: number): Uint8Array => {
  const bucketCount = counts.length;
  const importance = new Float64Array(bucketCount);
  for (let bucket = 0; bucket < bucketCount; bucket += 1) {
    let sum = 0;
    for (let g = 0; g < groupCount; g += 1) sum += Math.abs(weights[bucket * groupCount + g]!);
    importance[bucket] = sum * counts[bucket]!;
  }
  const kept = new Uint8Array(bucketCount);
  const setCount = 1 << setBits;
  const members: number[] = [];
  for (let set = 0; set < setCount; set += 1) {
    members.length = 0;
    for (let bucket = set; bucket < bucketCount; bucket += setCount) if (importance[bucket]! > 0) members.push(bucket);
    // Ties go to the lower bucket, so the same weights always keep the same buckets.
    members.sort((a, b) => importance[b]! - importance[a]! || a - b);
    for (let k = 0; k < Math.min(TABLE_WAYS, members.length); k += 1) kept[members[k]!] = 1;
  }
  return kept;
};
