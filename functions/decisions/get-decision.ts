import { DomainError } from '../shared/errors';
import type { DecisionStore, StoredDecision } from './decision';

/** The stored decision for a content id, or NotFound. */
export const getDecision = async (store: DecisionStore, contentId: string): Promise<StoredDecision> => {
  const decision = await store.find(contentId);
  if (decision === null) throw new DomainError('NotFound', `no decision for content ${JSON.stringify(contentId)}`);
  return decision;
};
