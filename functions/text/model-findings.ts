import type { Surface } from '../policy/rules';
import { SIGNALS, type SignalId } from '../policy/signals';
import { MODEL_CUES, MODEL_EVIDENCE_NGRAMS, MODEL_GROUP_SIGNALS, MODEL_HIDES_ALWAYS, MODEL_HIDES_WHEN_ALLOWED, MODEL_THRESHOLDS, type ModelThresholds } from '../policy/text-model';
import { TEXT_THRESHOLDS } from '../policy/text-thresholds';
import { MODEL_GROUPS, type ModelGroup } from './model/groups';
import { explainScore, readTextInto } from './model/scorer';
import type { Finding, RuleReading, Span } from './types';

const HIDDEN_WHEN_ALLOWED = new Set(MODEL_HIDES_WHEN_ALLOWED);
const HIDDEN_ALWAYS = new Set(MODEL_HIDES_ALWAYS);

/** Whether a lexicon tag is a signal the surface allows (a curse in chat). */
const allowedOn = (tag: string, surface: Surface): boolean => tag in SIGNALS && SIGNALS[tag as SignalId].verdict[surface] === 'allow';

/**
 * A model probability on the engine's confidence scale (see MODEL_THRESHOLDS): 0 below the review bar,
 * then linear through the engine's review confidence at the bar and its block confidence at `block`, to 1.
 */
export const modelConfidence = (probability: number, reviewBar: number, block: number): number => {
  if (probability < reviewBar) return 0;
  if (probability < block) return TEXT_THRESHOLDS.review + ((probability - reviewBar) / (block - reviewBar)) * (TEXT_THRESHOLDS.block - TEXT_THRESHOLDS.review);
  return block >= 1 ? 1 : TEXT_THRESHOLDS.block + ((probability - block) / (1 - block)) * (1 - TEXT_THRESHOLDS.block);
};

const isHidden = (finding: Finding, surface: Surface): boolean =>
  HIDDEN_ALWAYS.has(finding.signal) || (HIDDEN_WHEN_ALLOWED.has(finding.signal) && allowedOn(finding.signal, surface));

/** What the model must not count: what the rules cleared, self-harm, and words of a kind the surface allows (a curse in chat). */
const hiddenSpans = (reading: RuleReading, surface: Surface): readonly Span[] => {
  if (!reading.findings.some((finding) => isHidden(finding, surface))) return reading.cleared;
  return [...reading.cleared, ...reading.findings.filter((finding) => isHidden(finding, surface)).flatMap((finding) => finding.evidence)];
};

/** A surface's thresholds for every model group. */
export type SurfaceModelThresholds = Readonly<Record<ModelGroup, ModelThresholds>>;

/** Whether the rules saw one of the group's cues that acts on the surface. */
const cueBacked = (group: ModelGroup, reading: RuleReading, surface: Surface): boolean =>
  reading.hits.some((hit) => (MODEL_CUES[group] as readonly string[]).includes(hit.tag) && !allowedOn(hit.tag, surface));

/** The group's review bar for this text; the cue is looked for only where the score could reach the lower bar. */
const reviewBar = (group: ModelGroup, thresholds: ModelThresholds, probability: number, reading: RuleReading, surface: Surface): number =>
  probability >= Math.min(thresholds.review, thresholds.reviewWithCue) && cueBacked(group, reading, surface) ? thresholds.reviewWithCue : thresholds.review;

// One text at a time (checking is synchronous): the scorer reads into these instead of making a record per text.
const probabilities = new Float64Array(MODEL_GROUPS.length);
const windows = new Int32Array(MODEL_GROUPS.length);
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * The learned scorer's findings for a text the rules have read: one per model group at or above its
 * review bar on the surface. Where the rules found nothing of the same signal, its evidence is the
 * strongest n-grams behind the score, so moderators see why; where they did, their evidence says it.
 * `thresholds` are the policy's for the surface unless a caller weighing other bars gives its own.
 */
export const modelFindings = (text: string, surface: Surface, reading: RuleReading, thresholds: SurfaceModelThresholds = MODEL_THRESHOLDS[surface]): readonly Finding[] => {
  const hidden = hiddenSpans(reading, surface);
  readTextInto(text, hidden, probabilities, windows);
  let findings: Finding[] | undefined;
  for (let k = 0; k < MODEL_GROUPS.length; k++) {
    const group = MODEL_GROUPS[k]!;
    const probability = probabilities[k]!;
    const bars = thresholds[group];
    const confidence = modelConfidence(probability, reviewBar(group, bars, probability, reading, surface), bars.block);
    if (confidence === 0) continue;
    const signal = MODEL_GROUP_SIGNALS[surface][group];
    const seconded = reading.findings.some((finding) => finding.signal === signal);
    const evidence = seconded ? [] : explainScore(text, group, MODEL_EVIDENCE_NGRAMS, hidden, windows[k]).map(({ ngram, start, end }) => ({ start, end, match: ngram }));
    (findings ??= []).push({ signal, confidence, evidence });
  }
  return findings ?? NO_FINDINGS;
};
