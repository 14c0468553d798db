import type { SignalId } from '../../policy/signals';
import { CUE_POLICY, SIGNAL_CONFIDENCE, WEAK_SINGLE_WORDS } from '../../policy/text-thresholds';
import { SIGNAL_TAGS, type LexiconTag } from '../lexicons/types';
import type { CompiledTerm, TermHit } from '../match/term-index';
import type { NormalisedText } from '../normalise/normalise';
import type { Evidence, Finding } from '../types';
import { looksLikeName } from './names';
import { gap, Nearby } from './nearby';

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
/** What turns a group mention into an attack on the group. */
const CONTEMPT = new Set<string>(['negative', 'insult', 'curse', 'hate']);
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
  // Hits come in order of start, and kept hits of one tag never overlap: only the latest kept one of a tag can overlap the next.
  const latestOfTag = new Map<string, number>();
  const sorted = [...hits].sort((a, b) => a.first - b.first || b.last - a.last);
  for (const hit of sorted) {
    const latest = latestOfTag.get(hit.term.tag);
    const other = latest === undefined ? undefined : kept[latest]!;
    if (other === undefined || other.last < hit.first) {
      latestOfTag.set(hit.term.tag, kept.length);
      kept.push(hit);
    } else if (hit.last - hit.first > other.last - other.first) kept[latest!] = hit;
  }
  return kept;
};


/**
 * Turns lexicon hits into findings: signal terms stand alone, cue terms combine with their
 * neighbours (request + app = solicitation, you + violence = threat), insults aimed at "you" gain
 * confidence and anything near a learner's "what does X mean" or inside quotes loses it.
 */
export const lexiconFindings = (original: string, text: NormalisedText, hits: readonly TermHit[]): Finding[] => {
  if (hits.length === 0) return [];
  const byTag = new Map<string, TermHit[]>();
  for (const hit of hits) {
    const same = byTag.get(hit.term.tag);
    if (same) same.push(hit);
    else byTag.set(hit.term.tag, [hit]);
  }
  const tagged = (tag: LexiconTag): readonly TermHit[] => byTag.get(tag) ?? [];
  const near = (tag: LexiconTag): Nearby<TermHit> => new Nearby(tagged(tag));
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
  const nearest = (hit: TermHit, others: Nearby<TermHit>, window: number): TermHit | undefined =>
    others.size === 0 ? undefined : others.nearest(hit, window, (other) => sameSentence(hit, other));

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

  const youHits = tagged('you');
  const you = new Nearby(youHits);
  for (const hit of strongestPerSpan(hits.filter((candidate) => SIGNALS.has(candidate.term.tag)))) {
    const signal = hit.term.tag as SignalId;
    const evidence = evidenceOf(hit);
    if (looksLikeName(original, evidence.start, evidence.end)) continue;
    const target = AIMABLE.has(signal) ? nearest(hit, you, CUE_POLICY.aimedInsult.window) : undefined;
    const confidence = hitConfidence(signal, hit.term) + (target ? CUE_POLICY.aimedInsult.boost : 0);
    add(signal, Math.min(1, confidence), [hit]);
  }

  const requests = tagged('request');
  const contactWords = new Nearby([...tagged('app'), ...tagged('contact')]);
  const pictures = near('picture');
  const bodies = near('body');
  const money = near('money');
  for (const request of requests) {
    const contact = nearest(request, contactWords, CUE_POLICY.solicitContact.window);
    if (contact) add('solicit-contact', CUE_POLICY.solicitContact.confidence, [request, contact]);
    const picture = nearest(request, pictures, CUE_POLICY.solicitPictures.window);
    if (picture) {
      const body = nearest(picture, bodies, CUE_POLICY.sexualPictures.window) ?? nearest(request, bodies, CUE_POLICY.sexualPictures.window);
      // "send me the photos of the trip" is exchange talk; "send me your pic" asks for the person.
      const ofThePerson = youHits.find((target) => target.first > request.last && gap(target, picture) <= CUE_POLICY.solicitPictures.window);
      if (body) add('sexual-harassment', CUE_POLICY.sexualPictures.confidence, [request, picture, body]);
      else if (ofThePerson) add('solicit-pictures', CUE_POLICY.solicitPictures.confidence, [request, picture]);
    }
    const payment = nearest(request, money, CUE_POLICY.moneyRequest.window);
    if (payment) add('fraud', CUE_POLICY.moneyRequest.confidence, [request, payment]);
  }
  const contempt = new Nearby(hits.filter((hit) => CONTEMPT.has(hit.term.tag)));
  for (const group of tagged('group')) {
    const scorn = nearest(group, contempt, CUE_POLICY.groupContempt.window);
    if (scorn) add('hate', CUE_POLICY.groupContempt.confidence, [group, scorn]);
  }
  for (const violence of tagged('violence')) {
    const target = nearest(violence, you, CUE_POLICY.threat.window);
    if (target) add('threat', CUE_POLICY.threat.confidence, [violence, target]);
  }

  const metas = near('meta');
  for (const finding of findings) {
    const quoted = finding.evidence.some((evidence) => QUOTES.has(original[evidence.start - 1] ?? '') && QUOTES.has(original[evidence.end] ?? ''));
    if (quoted || (metas.size > 0 && metas.nearest(finding, CUE_POLICY.meta.window))) finding.confidence *= CUE_POLICY.meta.factor;
  }
  return findings.map(({ signal, confidence, evidence }) => ({ signal, confidence, evidence }));
};
