export const REVIEW_KINDS = ['appeal', 'text-decision', 'image-decision', 'report', 'ban-evasion'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export interface ReviewResolution {
  readonly outcome: string;
  readonly by: string;
  readonly at: string;
  readonly note: string;
}

/** A reporter standing behind a grouped report item. */
export interface ReviewReporter {
  readonly reporterId: string;
  readonly reportId: string;
  readonly weight: number;
  readonly at: string;
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
  /** The moderator holding the item, until `leaseUntil`. */
  readonly claimedBy?: string;
  readonly leaseUntil?: string;
  /** Reports grouped on this item, one per reporter. */
  readonly reporters?: readonly ReviewReporter[];
}

export interface ReviewPage {
  readonly items: readonly ReviewItem[];
  readonly nextCursor?: string;
}

export type ClaimOutcome = { readonly claimed: ReviewItem } | { readonly refused: 'not-found' | 'resolved' | 'held' };

/** Port: the review queue. Enqueueing is idempotent by item id. */
export interface ReviewQueue {
  enqueue(item: ReviewItem): Promise<'created' | 'exists'>;
  get(id: string): Promise<ReviewItem | null>;
  /** Resolves an open item; false when it is not open (resolved already, or never existed). */
  resolve(id: string, resolution: ReviewResolution): Promise<boolean>;
  /** Resolves an open item only for the moderator whose lease on it is still running. */
  resolveClaimed(id: string, resolution: ReviewResolution): Promise<boolean>;
  /** Open or resolved items, highest priority first, then oldest. */
  list(query: { readonly status: ReviewItem['status']; readonly kind?: ReviewKind; readonly limit: number; readonly cursor?: string }): Promise<ReviewPage>;
  /** Takes a lease on an open item unless another moderator's lease is still running. */
  claim(id: string, moderatorId: string, now: Date, leaseUntil: Date): Promise<ClaimOutcome>;
  /** Ends a lease early (escalation hands the item back) and sets a new priority. */
  release(id: string, moderatorId: string, priority: number): Promise<void>;
  /** Adds a reporter to a grouped item (once per reporter) and returns the item after the write. */
  addReporter(id: string, reporter: ReviewReporter): Promise<ReviewItem>;
  /** Raises an open item's priority to at least `priority`. */
  raisePriority(id: string, priority: number): Promise<void>;
}
