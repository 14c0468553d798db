import type { Language, RuleId, Severity, Surface, Verdict } from '../policy/rules';
import type { SignalId } from '../policy/signals';

/** A span of the ORIGINAL text: JavaScript string indices, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span of the original text that made a detector fire. */
export interface Evidence extends Span {
  readonly match: string;
}

/** What a detector saw: a policy signal, how sure it is, and where. Detectors never decide. */
export interface Finding {
  readonly signal: SignalId;
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
}

/**
 * What the rules read in a text: their findings, and the spans they read and found harmless on purpose
 * (a name like "Dick Van Dyke", 시발 inside 시발점, a word a learner asks about), which the learned scorer
 * must not count against the text either.
 */
export interface RuleReading {
  readonly findings: readonly Finding[];
  readonly cleared: readonly Span[];
  /** Every lexicon term (signal or cue) the text hit, weak or not: the learned scorer looks for its cues among them. */
  readonly hits: readonly { readonly tag: string }[];
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
