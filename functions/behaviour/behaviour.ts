import { createHash } from 'node:crypto';
import { BEHAVIOUR_POLICY } from '../policy/behaviour';
import type { RuleId, Verdict } from '../policy/rules';

export type BehaviourKind = 'velocity' | 'fan-out' | 'unanswered';

/** A behaviour signal with its evidence: the count that crossed the policy's threshold. */
export interface BehaviourSignal {
  readonly kind: BehaviourKind;
  readonly ruleId: RuleId;
  readonly verdict: Verdict;
  readonly count: number;
  readonly threshold: number;
}

export interface MessageEvent {
  readonly accountId: string;
  readonly recipientId?: string;
  /** Near-identical texts share a fingerprint. */
  readonly fingerprint: string;
  readonly at: Date;
}

export interface BehaviourCounts {
  readonly messagesThisMinute: number;
  readonly recipientsThisHour: number;
  readonly unansweredInARow: number;
}

/** Port: per-account counters over the message stream. */
export interface BehaviourLedger {
  record(event: MessageEvent): Promise<BehaviourCounts>;
}

/**
 * What makes two messages "the same text" for fan-out: case, digits, punctuation, symbols and spacing
 * removed, so a spammer's numbered or re-punctuated copies still match.
 */
export const fingerprintOf = (text: string): string =>
  createHash('sha256')
    .update(text.normalize('NFKC').toLowerCase().replace(/[\p{N}\p{P}\p{S}\s]+/gu, ''))
    .digest('hex')
    .slice(0, 20);

/** Records one message and returns the behaviour signals its counts cross. */
export const behaviourSignals = async (ledger: BehaviourLedger, event: MessageEvent): Promise<BehaviourSignal[]> => {
  const counts = await ledger.record(event);
  const { velocity, fanOut, unanswered } = BEHAVIOUR_POLICY;
  const signals: BehaviourSignal[] = [];
  if (counts.messagesThisMinute > velocity.perMinute) {
    signals.push({ kind: 'velocity', ruleId: velocity.ruleId, verdict: velocity.verdict, count: counts.messagesThisMinute, threshold: velocity.perMinute });
  }
  if (counts.recipientsThisHour > fanOut.distinctRecipientsPerHour) {
    signals.push({ kind: 'fan-out', ruleId: fanOut.ruleId, verdict: fanOut.verdict, count: counts.recipientsThisHour, threshold: fanOut.distinctRecipientsPerHour });
  }
  if (counts.unansweredInARow > unanswered.inARow) {
    signals.push({ kind: 'unanswered', ruleId: unanswered.ruleId, verdict: unanswered.verdict, count: counts.unansweredInARow, threshold: unanswered.inARow });
  }
  return signals;
};
