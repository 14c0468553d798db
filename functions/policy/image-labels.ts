import type { RuleId, Surface, Verdict } from './rules';

/**
 * Image policy as data: which Rekognition moderation labels break which rule on which surface, and how
 * sure Rekognition must be. Chat photos answer to the chat standards (C rules); Moments, comments and
 * profiles, which others browse, to the Moments standards (M rules). Ops tune enforcement here.
 */
export interface LabelPolicy {
  readonly rules: Readonly<Record<Surface, readonly RuleId[]>>;
  readonly verdict: Readonly<Record<Surface, Verdict>>;
  /** Rekognition confidence (0-100) at which the surface's verdict applies. */
  readonly act: number;
  /** From here up to `act` a block is softened to review; absent: nothing happens below `act`. */
  readonly review?: number;
  /** Self-harm: hidden, the author is offered support, never struck. */
  readonly support?: true;
}

const surfaces = (chat: Verdict, open: Verdict): Record<Surface, Verdict> => ({ chat, moment: open, comment: open, profile: open });
const ruleSets = (chat: readonly RuleId[], open: readonly RuleId[]): Record<Surface, readonly RuleId[]> => ({ chat, moment: open, comment: open, profile: open });

/** Nudity sent in chat is C3 (flagrant for an image); shown to others it is M1. */
const NUDITY = ruleSets(['C3'], ['M1']);
const SUGGESTIVE = ruleSets(['C3'], ['M4']);
const GORE = ruleSets(['M8'], ['M8']);
const DRUGS = ruleSets(['M7'], ['M7']);
const RUDE = ruleSets(['C1'], ['M6']);
const HATE = ruleSets(['M9', 'C1'], ['M9']);
const ADS = ruleSets(['C4'], ['M5']);
const NOTHING = ruleSets([], []);

const explicit: LabelPolicy = { rules: NUDITY, verdict: surfaces('block', 'block'), act: 80, review: 50 };
const partialNudity: LabelPolicy = { rules: NUDITY, verdict: surfaces('review', 'block'), act: 85, review: 60 };
const impliedNudity: LabelPolicy = { rules: NUDITY, verdict: surfaces('allow', 'review'), act: 70 };
const swimwear: LabelPolicy = { rules: SUGGESTIVE, verdict: surfaces('allow', 'review'), act: 85 };
/** Named so that a child label does not inherit its parent's policy. */
const harmless: LabelPolicy = { rules: NOTHING, verdict: surfaces('allow', 'allow'), act: 100 };
const graphicViolence: LabelPolicy = { rules: GORE, verdict: surfaces('review', 'block'), act: 80, review: 60 };
const weapons: LabelPolicy = { rules: GORE, verdict: surfaces('allow', 'review'), act: 80 };
const disturbing: LabelPolicy = { rules: GORE, verdict: surfaces('review', 'block'), act: 80, review: 60 };
const selfHarm: LabelPolicy = { rules: GORE, verdict: surfaces('block', 'block'), act: 70, review: 50, support: true };
const drugs: LabelPolicy = { rules: DRUGS, verdict: surfaces('review', 'block'), act: 80, review: 60 };
const tobacco: LabelPolicy = { rules: DRUGS, verdict: surfaces('allow', 'review'), act: 85 };
/** Alcohol in a chat photo is nobody's business; in a Moment it is M7. */
const alcohol: LabelPolicy = { rules: DRUGS, verdict: surfaces('allow', 'block'), act: 80, review: 60 };
const rudeGesture: LabelPolicy = { rules: RUDE, verdict: surfaces('allow', 'block'), act: 85, review: 60 };
const gambling: LabelPolicy = { rules: ADS, verdict: surfaces('allow', 'review'), act: 80 };
const hateSymbol: LabelPolicy = { rules: HATE, verdict: surfaces('block', 'block'), act: 80, review: 50 };

/**
 * Keyed by label name, lower-cased, for taxonomy v7 (top level and second level, some third level) and the
 * v6 names still returned by older model versions. A label not listed takes its nearest listed ancestor.
 */
export const IMAGE_LABEL_POLICY: Readonly<Record<string, LabelPolicy>> = {
  // Explicit (v7) / Explicit Nudity (v6 top level)
  explicit: explicit,
  'explicit nudity': explicit,
  'explicit sexual activity': explicit,
  'sex toys': explicit,
  'sexual activity': explicit,
  'graphic male nudity': explicit,
  'graphic female nudity': explicit,
  'illustrated explicit nudity': explicit,
  'adult toys': explicit,
  // Non-Explicit Nudity of Intimate parts and Kissing (v7) / Suggestive (v6)
  'non-explicit nudity of intimate parts and kissing': impliedNudity,
  'non-explicit nudity': partialNudity,
  'obstructed intimate parts': partialNudity,
  'partial nudity': partialNudity,
  nudity: partialNudity,
  'implied nudity': impliedNudity,
  'sexual situations': impliedNudity,
  'kissing on the lips': harmless,
  'bare back': harmless,
  'exposed male nipple': harmless,
  'barechested male': harmless,
  // Swimwear or Underwear (v7) / Suggestive (v6)
  'swimwear or underwear': swimwear,
  'female swimwear or underwear': swimwear,
  'male swimwear or underwear': swimwear,
  suggestive: swimwear,
  'revealing clothes': swimwear,
  // Violence
  violence: graphicViolence,
  'graphic violence': graphicViolence,
  'graphic violence or gore': graphicViolence,
  'blood & gore': graphicViolence,
  'physical violence': graphicViolence,
  'weapon violence': graphicViolence,
  weapons: weapons,
  'self-harm': selfHarm,
  'self injury': selfHarm,
  // Visually Disturbing
  'visually disturbing': disturbing,
  'death and emaciation': disturbing,
  'emaciated bodies': disturbing,
  corpses: disturbing,
  hanging: selfHarm,
  crashes: disturbing,
  // Drugs & Tobacco (v7) / Drugs, Tobacco (v6)
  'drugs & tobacco': drugs,
  'drugs & tobacco paraphernalia & use': drugs,
  products: drugs,
  drugs: drugs,
  'drug products': drugs,
  'drug use': drugs,
  'drug paraphernalia': drugs,
  pills: drugs,
  tobacco: tobacco,
  'tobacco products': tobacco,
  smoking: tobacco,
  // Alcohol
  alcohol: alcohol,
  'alcohol use': alcohol,
  'alcoholic beverages': alcohol,
  drinking: alcohol,
  // Rude Gestures
  'rude gestures': rudeGesture,
  'middle finger': rudeGesture,
  // Gambling
  gambling: gambling,
  // Hate Symbols
  'hate symbols': hateSymbol,
  'nazi party': hateSymbol,
  'white supremacy': hateSymbol,
  extremist: hateSymbol,
};

/** Sent to Rekognition as MinConfidence: the lowest confidence any label can act on. */
export const MIN_LABEL_CONFIDENCE = Math.min(
  ...Object.values(IMAGE_LABEL_POLICY)
    .filter((policy) => Object.values(policy.verdict).some((verdict) => verdict !== 'allow'))
    .map((policy) => policy.review ?? policy.act),
);

/** A QR code in an image is an off-platform contact (M3) where others can see it; in a chat it is the two people's affair. */
export const QR_POLICY = { rules: ruleSets([], ['M3']), verdict: surfaces('allow', 'block') } as const;

/**
 * A photo matching another account's image: on a profile it is C6 (others' pictures on one's profile), in a
 * Moment or comment M10. A match can be consent or coincidence, so a moderator decides.
 */
export const REUSE_POLICY = {
  rules: { chat: [], moment: ['M10'], comment: ['M10'], profile: ['C6'] } as Readonly<Record<Surface, readonly RuleId[]>>,
  verdict: 'review' as Verdict,
  /** Hamming distance between 64-bit difference hashes up to which two images count as the same photo. */
  maxDistance: 8,
} as const;
