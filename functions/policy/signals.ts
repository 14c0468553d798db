import type { RuleId, Surface, Verdict } from './rules';

/**
 * Signals are what detectors can see (an insult, an app id, a shortened link). The policy maps each
 * signal onto the rules it evidences and a verdict per surface: alcohol talk is fine in chat and not
 * in a Moment; an app id in a Moment is a violation while a single request for one in chat is not.
 */
export interface SignalPolicy {
  readonly rules: readonly RuleId[];
  readonly verdict: Readonly<Record<Surface, Verdict>>;
  /** Self-harm: hide and offer support, never strike. */
  readonly support?: boolean;
}

const everywhere = (verdict: Verdict): Record<Surface, Verdict> => ({ chat: verdict, moment: verdict, comment: verdict, profile: verdict });
const publicOnly = (verdict: Verdict, chat: Verdict = 'allow'): Record<Surface, Verdict> => ({ chat, moment: verdict, comment: verdict, profile: verdict });

export const SIGNALS = {
  insult: { rules: ['C1', 'M6'], verdict: everywhere('block') },
  harassment: { rules: ['C1'], verdict: everywhere('block') },
  curse: { rules: ['M6'], verdict: publicOnly('block') },
  sexual: { rules: ['C3', 'M4'], verdict: everywhere('block') },
  'sexual-harassment': { rules: ['M4', 'C3'], verdict: everywhere('block') },
  'solicit-pictures': { rules: ['C7'], verdict: everywhere('block') },
  'solicit-contact': { rules: ['C7', 'M3'], verdict: publicOnly('block') },
  /** A contact detail pressed for after a refusal ("why won't you give me your number?"): C7 in a 1:1 chat too. */
  'pushed-contact': { rules: ['C7'], verdict: everywhere('block') },
  'contact-id': { rules: ['M3'], verdict: publicOnly('block') },
  spam: { rules: ['C4', 'M5'], verdict: everywhere('block') },
  phishing: { rules: ['C4'], verdict: everywhere('block') },
  ads: { rules: ['M5', 'C4'], verdict: publicOnly('block', 'review') },
  fraud: { rules: ['C5'], verdict: everywhere('block') },
  dating: { rules: ['M2'], verdict: publicOnly('block') },
  drugs: { rules: ['M7'], verdict: publicOnly('block', 'review') },
  alcohol: { rules: ['M7'], verdict: publicOnly('block') },
  threat: { rules: ['M8', 'C1'], verdict: everywhere('block') },
  gore: { rules: ['M8'], verdict: publicOnly('block', 'review') },
  'self-harm': { rules: ['M8'], verdict: everywhere('block'), support: true },
  hate: { rules: ['M9', 'C1'], verdict: everywhere('block') },
  sensitive: { rules: ['M9'], verdict: publicOnly('review') },
} as const satisfies Record<string, SignalPolicy>;

export type SignalId = keyof typeof SIGNALS;
