export const REVIEW_KINDS = ['appeal', 'text-decision', 'image-decision', 'report', 'ban-evasion'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export interface ReviewResolution {
  readonly outcome: string;
  readonly by: string;
  readonly at: string;
  readonly note: string;
}

/** Something a moderator has to look at. One queue for appeals, held decisions and reports. */
export interface ReviewItem {
  readonly id: string;
  readonly kind: ReviewKind;
  readonly status: 'open' | 'resolved';
  /** Higher first; the policy derives it from severity and weight. */
  readonly priority: number;
  /** The account the item is about. */
  readonly accountId: string;
  readonly createdAt: string;
  readonly details: Readonly<Record<string, string>>;
  readonly resolution?: ReviewResolution;
}

/** Port: the review queue. Enqueueing is idempotent by item id. */
export interface ReviewQueue {
  enqueue(item: ReviewItem): Promise<'created' | 'exists'>;
  get(id: string): Promise<ReviewItem | null>;
  /** Resolves an open item; false when it is not open (resolved already, or never existed). */
  resolve(id: string, resolution: ReviewResolution): Promise<boolean>;
}
