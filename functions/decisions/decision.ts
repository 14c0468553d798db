import type { Surface, Verdict } from '../policy/rules';
import type { BehaviourSignal } from '../behaviour/behaviour';
import type { RuleHit, SupportFlag } from '../text/types';

export type ContentKind = 'text' | 'image';

/** A decision as stored and served: one per content id, never recomputed once taken. */
export interface StoredDecision {
  readonly contentId: string;
  readonly accountId: string;
  readonly kind: ContentKind;
  readonly surface: Surface;
  readonly decision: Verdict;
  readonly rules: readonly RuleHit[];
  readonly support?: SupportFlag;
  readonly policyVersion: string;
  readonly decidedAt: string;
  /** Stream signals (velocity, fan-out, unanswered) that contributed, with their counts. */
  readonly behaviour?: readonly BehaviourSignal[];
  /** When its consequences (strike, review item, event) were all applied. */
  readonly settledAt?: string;
}

/** Port: where decisions live. Saving is first-writer-wins so a retried check never counts twice. */
export interface DecisionStore {
  find(contentId: string): Promise<StoredDecision | null>;
  /** Stores the decision unless one exists for its content id; returns whichever is stored. */
  saveIfAbsent(decision: StoredDecision): Promise<{ readonly stored: StoredDecision; readonly created: boolean }>;
  markSettled(contentId: string, at: string): Promise<void>;
}
