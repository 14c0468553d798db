import type { SignalId } from '../../policy/signals';
import { CUE_POLICY, SIGNAL_CONFIDENCE, WEAK_SINGLE_WORDS } from '../../policy/text-thresholds';
import { SIGNAL_TAGS, type LexiconTag } from '../lexicons/types';
import type { CompiledTerm, TermHit } from '../match/term-index';
import type { NormalisedText } from '../normalise/normalise';
import type { Evidence, Finding } from '../types';
import { looksLikeName } from './names';

/** A finding that still knows which normalised units it covers, so nearby cues can adjust it. */
interface PlacedFinding {
  readonly signal: SignalId;
  confidence: number;
  readonly evidence: Evidence[];
  readonly first: number;
  readonly last: number;
}

const SIGNALS = new Set<string>(SIGNAL_TAGS);
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '「', '」', '『', '』', '`', '„']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '\n', '。', '！', '？', '؟', '।']);
const AIMABLE = new Set<SignalId>(['insult', 'harassment', 'sexual-harassment', 'hate']);

const WEAK_SIGNALS = new Set<SignalId>(WEAK_SINGLE_WORDS.signals);
const hitConfidence = (signal: SignalId, term: CompiledTerm): number =>
  WEAK_SIGNALS.has(signal) && term.singleLatinWord ? WEAK_SINGLE_WORDS.confidence : SIGNAL_CONFIDENCE[signal];

/**
 * One piece of evidence per place: terms of the same signal that overlap ("bitch*" and "*bitch" on
 * "bitch", "dumb bitch" and "bitch*") count once, by the longest, so independent-evidence
 * combining never counts one word twice.
 */
const strongestPerSpan = (hits: readonly TermHit[]): TermHit[] => {
  const kept: TermHit[] = [];
  const sorted = [...hits].sort((a, b) => a.first - b.first || b.last - a.last);
  for (const hit of sorted) {
    const overlapping = kept.findIndex((other) => other.term.tag === hit.term.tag && other.first <= hit.last && hit.first <= other.last);
    if (overlapping < 0) kept.push(hit);
    else if (hit.last - hit.first > kept[overlapping]!.last - kept[overlapping]!.first) kept[overlapping] = hit;
  }
  return kept;
};

/** Characters of normalised text between two hits (0 when they touch or overlap). */
const gap = (a: TermHit, b: TermHit): number => Math.max(0, b.first - a.last - 1, a.first - b.last - 1);

/**
 * Turns lexicon hits into findings: signal terms stand alone, cue terms combine with their
 * neighbours (request + app = solicitation, you + violence = threat), insults aimed at "you" gain
 * confidence and anything near a learner's "what does X mean" or inside quotes loses it.
 */
export const lexiconFindings = (original: string, text: NormalisedText, hits: readonly TermHit[]): Finding[] => {
  if (hits.length === 0) return [];
  // A message has a handful of hits: filtering them per tag is cheaper than building a map.
  const tagged = (tag: LexiconTag): readonly TermHit[] => hits.filter((hit) => hit.term.tag === tag);
  const evidenceOf = (hit: TermHit): Evidence => {
    const start = text.starts[hit.first]!;
    const end = text.ends[hit.last]!;
    return { start, end, match: original.slice(start, end) };
  };
  // Cues combine within a sentence: "I can't pick up the phone. Pls send a message" asks for nothing.
  const sameSentence = (a: TermHit, b: TermHit): boolean => {
    const [left, right] = a.first <= b.first ? [a, b] : [b, a];
    for (let i = text.ends[left.last]!; i < text.starts[right.first]!; i++) if (SENTENCE_ENDS.has(original[i]!)) return false;
    return true;
  };
  const nearest = (hit: TermHit, others: readonly TermHit[], window: number): TermHit | undefined => {
    let best: TermHit | undefined;
    for (const other of others) if (gap(hit, other) <= window && (!best || gap(hit, other) < gap(hit, best)) && sameSentence(hit, other)) best = other;
    return best;
  };

  const findings: PlacedFinding[] = [];
  const add = (signal: SignalId, confidence: number, parts: readonly TermHit[]): void => {
    findings.push({
      signal,
      confidence,
      evidence: parts.map(evidenceOf),
      first: Math.min(...parts.map((part) => part.first)),
      last: Math.max(...parts.map((part) => part.last)),
    });
  };

  const you = tagged('you');
  for (const hit of strongestPerSpan(hits.filter((candidate) => SIGNALS.has(candidate.term.tag)))) {
    const signal = hit.term.tag as SignalId;
    const evidence = evidenceOf(hit);
    if (looksLikeName(original, evidence.start, evidence.end)) continue;
    const target = AIMABLE.has(signal) ? nearest(hit, you, CUE_POLICY.aimedInsult.window) : undefined;
    const confidence = hitConfidence(signal, hit.term) + (target ? CUE_POLICY.aimedInsult.boost : 0);
    add(signal, Math.min(1, confidence), [hit]);
  }

  const requests = tagged('request');
  const contactWords = [...tagged('app'), ...tagged('contact')];
  const pictures = tagged('picture');
  const bodies = tagged('body');
  for (const request of requests) {
    const contact = nearest(request, contactWords, CUE_POLICY.solicitContact.window);
    if (contact) add('solicit-contact', CUE_POLICY.solicitContact.confidence, [request, contact]);
    const picture = nearest(request, pictures, CUE_POLICY.solicitPictures.window);
    if (picture) {
      const body = nearest(picture, bodies, CUE_POLICY.sexualPictures.window) ?? nearest(request, bodies, CUE_POLICY.sexualPictures.window);
      // "send me the photos of the trip" is exchange talk; "send me your pic" asks for the person.
      const ofThePerson = you.find((target) => target.first > request.last && gap(target, picture) <= CUE_POLICY.solicitPictures.window);
      if (body) add('sexual-harassment', CUE_POLICY.sexualPictures.confidence, [request, picture, body]);
      else if (ofThePerson) add('solicit-pictures', CUE_POLICY.solicitPictures.confidence, [request, picture]);
    }
    const money = nearest(request, tagged('money'), CUE_POLICY.moneyRequest.window);
    if (money) add('fraud', CUE_POLICY.moneyRequest.confidence, [request, money]);
  }
  for (const violence of tagged('violence')) {
    const target = nearest(violence, you, CUE_POLICY.threat.window);
    if (target) add('threat', CUE_POLICY.threat.confidence, [violence, target]);
  }

  const metas = tagged('meta');
  for (const finding of findings) {
    const quoted = finding.evidence.some((evidence) => QUOTES.has(original[evidence.start - 1] ?? '') && QUOTES.has(original[evidence.end] ?? ''));
    const span = { first: finding.first, last: finding.last } as TermHit;
    if (quoted || metas.some((meta) => gap(meta, span) <= CUE_POLICY.meta.window)) finding.confidence *= CUE_POLICY.meta.factor;
  }
  return findings.map(({ signal, confidence, evidence }) => ({ signal, confidence, evidence }));
};
