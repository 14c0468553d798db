/**
 * The single table's shape, shared by the CDK stack and the local stack so both create the same table.
 * Entities own their key builders (see each repository); this only names the attributes.
 */
export const TABLE_SCHEMA = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Sparse index: the review queue and other "list by status" access patterns. */
  index: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** Epoch seconds; DynamoDB deletes the item some time after it passes (decayed strikes, rate windows). */
  timeToLiveAttribute: 'expiresAt',
} as const;
