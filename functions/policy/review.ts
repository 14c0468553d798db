/** Review-queue ordering: higher first. Appeals wait on a person, so they sit above routine holds. */
export const REVIEW_PRIORITY = {
  appeal: 500,
} as const;
