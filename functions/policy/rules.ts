/**
 * The community standards as data: every rule has a stable id (DESIGN.md section 2).
 * Detectors emit these ids; nothing else in the code decides what a rule means.
 */
export const RULE_IDS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9', 'M10'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SURFACES = ['chat', 'moment', 'comment', 'profile'] as const;
export type Surface = (typeof SURFACES)[number];

export const LANGUAGES = ['en', 'es', 'fr', 'ja', 'de', 'zh', 'it', 'ru', 'pt', 'ar', 'hi', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Verdict = 'allow' | 'review' | 'block';
export type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface RuleDefinition {
  readonly id: RuleId;
  readonly label: string;
  readonly severity: Severity;
  /** Strike points a blocked decision under this rule adds to the account. */
  readonly strikePoints: number;
  /** Flagrant rules jump the enforcement ladder straight to suspension pending review. */
  readonly flagrant: boolean;
}

const rule = (id: RuleId, label: string, severity: Severity, strikePoints: number, flagrant = false): RuleDefinition => ({
  id,
  label,
  severity,
  strikePoints,
  flagrant,
});

/** Rule id -> what it means and what breaking it costs. */
export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  C1: rule('C1', 'insulting, harming, stalking, harassing, bullying, persistent disturbance', 'high', 3),
  C2: rule('C2', 'abusing the report or block function', 'medium', 2),
  C3: rule('C3', 'sexual talk, nude or sexual images', 'high', 4),
  C4: rule('C4', 'phishing links, advertising, spam', 'high', 3),
  C5: rule('C5', 'fraud: impersonation, asking for money or donations', 'critical', 10, true),
  C6: rule('C6', "others' pictures or content on one's profile", 'medium', 2),
  C7: rule('C7', 'harassing to solicit pictures or contact details', 'high', 3),
  C8: rule('C8', 'entangled harassment, multiple accounts for harassment', 'high', 5),
  C9: rule('C9', 'multiple accounts, automated or programmatic posting', 'high', 4),
  M1: rule('M1', 'pornography, partial or full nudity', 'critical', 6),
  M2: rule('M2', 'dating or romance ads', 'medium', 2),
  M3: rule('M3', 'QR codes or IDs of other apps', 'medium', 2),
  M4: rule('M4', 'sexual harassment, sexual implication', 'high', 4),
  M5: rule('M5', 'advertising, marketing, spam, fundraising, auctions, sweepstakes, sales, job hunting', 'medium', 2),
  M6: rule('M6', 'insulting language, cursing', 'low', 1),
  M7: rule('M7', 'drugs and alcohol', 'medium', 2),
  M8: rule('M8', 'violent threats, violent, gory or disturbing content, self-harm', 'critical', 8, true),
  M9: rule('M9', 'politically or religiously sensitive issues, racist remarks', 'high', 4),
  M10: rule('M10', "others' pictures or content used without permission", 'medium', 2),
};

/** Bumped whenever enforcement changes, so every stored decision says which policy produced it. */
export const POLICY_VERSION = '2026-12-07.117';

/** Type guard for rule ids arriving from outside (reports, moderator actions). */
export const isRuleId = (value: string): value is RuleId => (RULE_IDS as readonly string[]).includes(value);
