/**
 * The model's weights as a two-way set-associative table. A hashed feature bucket belongs to set
 * `bucket & (2^setBits - 1)` and sits in one of the set's two slots, tagged with its remaining high
 * bits; a bucket with no slot weighs 0. Training keeps the buckets of each set that carry the most and
 * learns again with those alone (./training/strongest-buckets), so the table holds a quarter of the
 * buckets the features hash to. Scoring reads one random set per feature, and the rules' automaton
 * reads its own tables in between: the smaller the table, the less the two evict each other from
 * cache (the dense table was 2^20 x 3 bytes).
 *
 * A slot is one int32, read with one load: the tag in its top byte, below it one int8 weight per group,
 * group 0 in the lowest byte. An empty slot is all zero but its tag, which no bucket has.
 */
export interface WeightTable {
  readonly setBits: number;
  /** The slots of set s are slots[2s] and slots[2s + 1]. */
  readonly slots: Int32Array;
}

/**
 * Slots per set. Two keep ~185k of the weighted buckets in 2^17 sets (1 MiB; ~245k when the n-grams were five units long). One way (2^18 sets)
 * kept fewer and let more ordinary fixture lines reach review; four (2^16 sets) scored test F1 within 0.02
 * of two either way and cost two more reads per feature.
 */
export const TABLE_WAYS = 2;

/** Groups a slot has room for: three bytes beside the tag. */
export const MAX_TABLE_GROUPS = 3;
export const EMPTY_TAG = 0xff;

/** Throws unless a table of this shape can hold buckets of `bucketBits` bits and `groupCount` groups. */
export const checkTableShape = (bucketBits: number, setBits: number, groupCount: number): void => {
  // A tag must stay below EMPTY_TAG, so an empty slot never matches.
  if (setBits > bucketBits || bucketBits - setBits > 7) throw new Error(`a table of 2^${setBits} sets cannot tag buckets of ${bucketBits} bits`);
  if (groupCount < 1 || groupCount > MAX_TABLE_GROUPS) throw new Error(`a table slot holds 1 to ${MAX_TABLE_GROUPS} groups, the model has ${groupCount}`);
};

/**
 * The slot holding `bucket`, or 0 (every weight 0) when its set kept other buckets. Branch-free: a slot
 * whose tag differs masks to 0, and at most one of the two holds the bucket.
 */
export const slotOf = (slots: Int32Array, setBits: number, bucket: number): number => {
  const tag = bucket >>> setBits;
  const first = (bucket & ((1 << setBits) - 1)) * TABLE_WAYS;
  const a = slots[first]!;
  const b = slots[first + 1]!;
  return (a & ((((a >>> 24) ^ tag) - 1) >> 31)) | (b & ((((b >>> 24) ^ tag) - 1) >> 31));
};

/** Group g's weight in a slot (sign-extended from its byte). */
export const slotWeight = (slot: number, g: number): number => (slot << (24 - 8 * g)) >> 24;

/**
 * Packs dense int8 weights (bucket-major, `groupCount` per bucket) into a table of 2^setBits sets,
 * keeping the buckets `kept` marks; a set may keep at most TABLE_WAYS of them.
 */
export const packTable = (weights: Int8Array, groupCount: number, kept: Uint8Array, setBits: number): WeightTable => {
  const bucketCount = weights.length / groupCount;
  checkTableShape(Math.log2(bucketCount), setBits, groupCount);
  const slots = new Int32Array((1 << setBits) * TABLE_WAYS).fill(EMPTY_TAG << 24);
  const used = new Uint8Array(1 << setBits);
  for (let bucket = 0; bucket < bucketCount; bucket += 1) {
    if (kept[bucket] === 0) continue;
    const set = bucket & ((1 << setBits) - 1);
    if (used[set] === TABLE_WAYS) throw new Error(`set ${set} is asked to keep more than ${TABLE_WAYS} buckets`);
    let slot = (bucket >>> setBits) << 24;
    for (let g = 0; g < groupCount; g += 1) slot |= (weights[bucket * groupCount + g]! & 0xff) << (8 * g);
    slots[set * TABLE_WAYS + used[set]!] = slot;
    used[set] = used[set]! + 1;
  }
  return { setBits, slots };
};
