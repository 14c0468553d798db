import type { Language, RuleId, Severity, Surface, Verdict } from '../policy/rules';
import type { SignalId } from '../policy/signals';

/** A span of the ORIGINAL text (JavaScript string indices, end exclusive) that made a detector fire. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly match: string;
}

/** What a detector saw: a policy signal, how sure it is, and where. Detectors never decide. */
export interface Finding {
  readonly signal: SignalId;
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
}

export interface TextCheckInput {
  readonly text: string;
  readonly surface: Surface;
  /** A hint only: detectors run for every language whatever it says. */
  readonly lang?: Language;
}

export interface RuleHit {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
}

/** Set when the content suggests self-harm: the app offers help; no strike follows. */
export interface SupportFlag {
  readonly reason: 'self-harm';
}

export interface TextVerdict {
  readonly decision: Verdict;
  readonly rules: readonly RuleHit[];
  readonly support?: SupportFlag;
  readonly policyVersion: string;
}
