import type { Language } from '../../policy/rules';
import type { SignalId } from '../../policy/signals';
import { CUE_POLICY, SIGNAL_CONFIDENCE, WEAK_SINGLE_WORDS } from '../../policy/text-thresholds';
import { isDigit } from '../digits';
import { CUE_TAGS, SIGNAL_TAGS, type CueTag } from '../lexicons/types';
import * as charInfo from '../normalise/char-info';
import type { CompiledTerm, TermHit } from '../match/term-index';
import type { NormalisedText } from '../normalise/normalise';
import type { Evidence, Finding, Span } from '../types';
import { figureHits, hasCurrencyUnit, isAmount, sumValue } from './amounts';
import { looksLikeName } from './names';
import { gap, Nearby, type UnitSpan } from './nearby';

/** A finding that still knows which normalised units it covers, so nearby cues can adjust it. */
interface PlacedFinding {
  readonly signal: SignalId;
  confidence: number;
  readonly evidence: Evidence[];
  readonly first: number;
  readonly last: number;
}

const SIGNALS = new Set<string>(SIGNAL_TAGS);
// Character codes, so checks read the text with charCodeAt instead of making one-character strings.
const codesOf = (characters: string): Set<number> => new Set([...characters].map((character) => character.charCodeAt(0)));
const QUOTES = codesOf('"\'“”‘’«»「」『』《》〈〉`„');
/**
 * Threats told as someone's words inside a longer quotation are reported speech. Insults and slurs are not let off so:
 * a sentence quoting them whole is how people post them ("@user: "...bitches..."").
 */
const REPORTED_SIGNALS = new Set<SignalId>(['threat', 'harassment']);
/** How far after a closing quote mark a verb of saying may start and still report the quotation: 」って言って, "라고 했어. */
const REPORT_AFTER_GAP = 3;
/** Quote marks that also write apostrophes, inside words. */
const APOSTROPHES = codesOf("'’‘`");
/** The spaces French typography sets inside guillemets (« Suicide »), the no-break ones included. */
const QUOTE_PADDING = codesOf(' \u00a0\u202f');
const SENTENCE_ENDS = codesOf('.!?\n。！？؟।');
const CLAUSE_BREAKS = codesOf('.!?\n。！？؟।,;:，、；：…،؛');
const DECIMAL_MARKS = codesOf('.,');
/** A break at `i` of the text, but for the point or comma inside a number ("106.5", "1,250", "$10.50", "١٠٦.٥"), which ends nothing. */
const breaksAt = (text: string, i: number, breaks: ReadonlySet<number>): boolean => {
  const code = text.charCodeAt(i);
  return breaks.has(code) && !(DECIMAL_MARKS.has(code) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
};
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const isWordCharacter = (code: number): boolean => WORD_CHARACTER.test(String.fromCodePoint(code));
const isEmoji = (code: number): boolean => EMOJI.test(String.fromCodePoint(code));
/** The code point that ends right before UTF-16 index `end` (a surrogate pair read whole). */
const codePointBefore = (text: string, end: number): number => {
  const low = text.charCodeAt(end - 1);
  return end >= 2 && low >= 0xdc00 && low <= 0xdfff ? text.codePointAt(end - 2)! : low;
};
const QUESTION_MARKS = codesOf('?？؟');
const INVERTED_QUESTION_MARK = '¿'.charCodeAt(0);
const COLONS = codesOf(':：');
const QUOTED_LINE = '>'.charCodeAt(0);
const NEWLINE = 0x0a;
/** What turns a group mention into an attack on the group; a curse only as it leads into the group ("fucking mexicans"). */
const CONTEMPT = new Set<string>(['negative', 'insult', 'hate']);
const AIMABLE = new Set<SignalId>(['insult', 'harassment', 'sexual-harassment', 'hate']);

const WEAK_SIGNALS = new Set<SignalId>(WEAK_SINGLE_WORDS.signals);
const NEGATABLE = new Set<SignalId>(CUE_POLICY.negation.signals);
const FICTIONAL = new Set<SignalId>(CUE_POLICY.fiction.signals);
// Bound once: module interop turns each access to an imported binding into a getter call.
const { classOf, scriptOf, Kind } = charInfo;
const WORD_UNIT_KINDS = new Set<number>([Kind.letter, Kind.digit, Kind.glyph, Kind.mask]);
const HAN_KANA = charInfo.Script.hanKana;
/**
 * Languages whose request verb comes after its object ("तुम्हारी फोटो भेजो", "あなたの写真送って", "你的照片发给我"):
 * there the person stands before the picture. In English "your photo is great, send the file" asks for a file.
 */
const VERB_LAST = new Set<Language | undefined>(['hi', 'ja', 'ko', 'zh']);
const hitConfidence = (signal: SignalId, term: CompiledTerm): number =>
  WEAK_SIGNALS.has(signal) && term.singleLatinWord ? WEAK_SINGLE_WORDS.confidence : SIGNAL_CONFIDENCE[signal];

/** Whether hits are in the order strongestPerSpan wants: by start, the longer first among equal starts. */
const inSpanOrder = (hits: readonly TermHit[]): boolean => {
  for (let i = 1; i < hits.length; i++) {
    const [before, hit] = [hits[i - 1]!, hits[i]!];
    if (before.first > hit.first || (before.first === hit.first && before.last < hit.last)) return false;
  }
  return true;
};

/**
 * The tags strongestPerSpan has met in one call, and where the latest kept hit of each is: a linear look
 * through a handful of tags, in arrays reused from call to call (a Map per call was garbage on every line).
 */
const latestTags: string[] = [];
/** Room for every tag there is: the call reads signal hits, or the hits of one cue. */
const latestKept = new Int32Array(SIGNAL_TAGS.length + CUE_TAGS.length);

/**
 * One piece of evidence per place: terms of the same signal that overlap ("bitch*" and "*bitch" on
 * "bitch", "dumb bitch" and "bitch*") count once, by the longest, so independent-evidence
 * combining never counts one word twice. Sorts `hits` in place, and returns them as they are when every
 * one stands.
 */
const strongestPerSpan = (hits: TermHit[]): TermHit[] => {
  if (hits.length < 2) return hits;
  if (!inSpanOrder(hits)) hits.sort((a, b) => a.first - b.first || b.last - a.last);
  // Hits come in order of start, and kept hits of one tag never overlap: only the latest kept one of a tag can overlap the next.
  latestTags.length = 0;
  // Undefined while every hit so far is kept: then kept hit k is hits[k].
  let kept: TermHit[] | undefined;
  let keptCount = 0;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const t = latestTags.indexOf(hit.tag);
    const latest = t < 0 ? -1 : latestKept[t]!;
    const other = latest < 0 ? undefined : (kept ?? hits)[latest]!;
    if (other === undefined || other.last < hit.first) {
      if (t >= 0) latestKept[t] = keptCount;
      else {
        latestKept[latestTags.length] = keptCount;
        latestTags.push(hit.tag);
      }
      kept?.push(hit);
      keptCount++;
      continue;
    }
    kept ??= hits.slice(0, i);
    if (hit.last - hit.first > other.last - other.first) kept[latest] = hit;
  }
  return kept ?? hits;
};

const CUE_INDEX: ReadonlyMap<string, number> = new Map(CUE_TAGS.map((tag, index) => [tag, index]));
/**
 * Per cue tag, the hits of the text being read, in lists reused from text to text: a list holds the
 * current text's hits only while its stamp is the current reading's (reading is synchronous, and no list
 * outlives its reading). A map of fresh lists per text was a good part of what a chat line left behind.
 */
const cueLists: TermHit[][] = CUE_TAGS.map(() => []);
// Doubles, so a long-lived process never wraps the count around to an old stamp.
const cueStamps = new Float64Array(CUE_TAGS.length);
let reading = 0;
const NO_HITS: readonly TermHit[] = Object.freeze([]);

/** The hits of one text with what the cue rules need about them (a class: its methods are made once, not per call). */
class HitContext {
  /** Signal hits stand alone, in their own list; cue hits are in cueLists. */
  readonly signalHits: TermHit[] = [];
  /**
   * Every negation hit, overlapping ones kept: "ما رح" and "ما" both stand before "رح اقتلك", and only the
   * shorter one ends before it.
   */
  readonly negations: TermHit[] = [];
  readonly findings: PlacedFinding[] = [];
  readonly cleared: Span[] = [];
  private readonly reading = ++reading;
  private figuresRead: TermHit[] | undefined;
  private sumsRead: Nearby<TermHit> | undefined;

  constructor(
    private readonly original: string,
    private readonly text: NormalisedText,
    readonly hits: readonly TermHit[],
  ) {
    for (const hit of hits) {
      if (hit.tag === 'negation') this.negations.push(hit);
      if (SIGNALS.has(hit.tag)) {
        this.signalHits.push(hit);
        continue;
      }
      const cue = CUE_INDEX.get(hit.tag);
      // Number words and figures are read by the contact and amount detectors, not as cues.
      if (cue === undefined) continue;
      if (cueStamps[cue] !== this.reading) {
        cueStamps[cue] = this.reading;
        cueLists[cue]!.length = 0;
      }
      cueLists[cue]!.push(hit);
    }
    // "add", "add me" and "add me on" are one request: each would otherwise make its own finding, and
    // independent-evidence combining would count one phrase three times.
    for (let cue = 0; cue < CUE_TAGS.length; cue++) {
      if (cueStamps[cue] === this.reading && cueLists[cue]!.length > 1) cueLists[cue] = strongestPerSpan(cueLists[cue]!);
    }
  }

  /** The normalised code point of a unit. */
  codeAt(unit: number): number {
    return this.text.codes[unit]!;
  }

  /** Whether a hit begins a word: the text starts there, or the unit before is no letter, digit, glyph or masked letter. */
  startsWord(hit: UnitSpan): boolean {
    return hit.first === 0 || !WORD_UNIT_KINDS.has(this.text.kinds[hit.first - 1]!);
  }

  /** The code of the original character right after a hit (NaN at the end of the text). */
  codeAfter(hit: UnitSpan): number {
    return this.original.charCodeAt(this.text.ends[hit.last]!);
  }

  /**
   * Nothing but spaces and signs before a hit back to the start of the text, a clause break or an emoji: no word leads
   * into it in its clause. A colon right after a word, a quote mark or a quoted line's ">" before it make it someone's
   * quoted words ("ur mom: i'm a whore", "> im such a retard"); a colon after a space is a face (":( I'm such a bitch").
   * Read by code point, so letters outside the BMP ("𝐣𝐚 𝐛𝐢𝐧 𝐢𝐜𝐡") are words too.
   */
  opensClause(hit: UnitSpan): boolean {
    const text = this.original;
    for (let at = this.text.starts[hit.first]!; at > 0; ) {
      const code = codePointBefore(text, at);
      at -= code > 0xffff ? 2 : 1;
      if (code === QUOTED_LINE) {
        if (at === 0 || text.charCodeAt(at - 1) === NEWLINE) return false;
        continue;
      }
      if (COLONS.has(code)) return at === 0 || !isWordCharacter(codePointBefore(text, at));
      if (QUOTES.has(code)) return false;
      if (CLAUSE_BREAKS.has(code) || isEmoji(code)) return true;
      if (isWordCharacter(code)) return false;
    }
    return true;
  }

  /** Whether the sentence holding a hit asks a question (ends with a question mark, or has a ¿ before the hit). */
  asks(hit: UnitSpan): boolean {
    for (let i = this.text.ends[hit.last]!; i < this.original.length; i++) {
      if (QUESTION_MARKS.has(this.original.charCodeAt(i))) return true;
      if (breaksAt(this.original, i, SENTENCE_ENDS)) return false;
    }
    for (let i = this.text.starts[hit.first]! - 1; i >= 0; i--) {
      if (this.original.charCodeAt(i) === INVERTED_QUESTION_MARK) return true;
      if (breaksAt(this.original, i, SENTENCE_ENDS)) return false;
    }
    return false;
  }

  /** Whether a question mark follows a hit, spaces at most between: the word itself is asked for ("telegram?", "ton snap ?"). */
  questioned(hit: UnitSpan): boolean {
    let at = this.text.ends[hit.last]!;
    while (this.original.charCodeAt(at) === 0x20) at++;
    return QUESTION_MARKS.has(this.original.charCodeAt(at));
  }

  /**
   * Nothing but spaces and signs after a hit up to a clause break, an emoji (which closes a remark in chat: "ich
   * Idiot 🤦 naja") or the end of the text: no word follows it in its clause.
   */
  endsClause(hit: UnitSpan): boolean {
    for (let at = this.text.ends[hit.last]!; at < this.original.length; ) {
      const code = this.original.codePointAt(at)!;
      at += code > 0xffff ? 2 : 1;
      if (CLAUSE_BREAKS.has(code) || isEmoji(code)) return true;
      if (isWordCharacter(code)) return false;
    }
    return true;
  }

  /** Whether a unit is a glyph of a script written without spaces (Han, kana, Hangul). */
  isGlyph(unit: number): boolean {
    return this.text.kinds[unit] === Kind.glyph;
  }

  /**
   * A cue hit as far as the hits of its tag that overlap it reach: one piece of evidence per place keeps the
   * longest ("can you send" over "send me"), and what stands right after the shorter one still stands right after the ask.
   */
  reachOf(hit: TermHit): UnitSpan {
    let last = hit.last;
    for (const other of this.hits) if (other.tag === hit.tag && other.first <= hit.last && other.last > last && other.first >= hit.first) last = other.last;
    return last === hit.last ? hit : { first: hit.first, last };
  }

  tagged(tag: CueTag): readonly TermHit[] {
    const cue = CUE_INDEX.get(tag)!;
    return cueStamps[cue] === this.reading ? cueLists[cue]! : NO_HITS;
  }

  near(tag: CueTag): Nearby<TermHit> {
    return new Nearby(this.tagged(tag));
  }

  /** The bare figures of the text ("lend me 2000"), read only when a rule asks for them, once. */
  private figureList(): TermHit[] {
    this.figuresRead ??= figureHits(this.original, this.text, CUE_POLICY.moneyRequest.minFigure);
    return this.figuresRead;
  }

  /** The bare figures written as money: a currency unit ("80元", "3만원") or a money word ("500 dollars") right after them. */
  moneyFigures(): TermHit[] {
    return this.figureList().filter((figure) => this.isMoney(figure));
  }

  /** Every sum of the text, bare figures and amounts with a currency sign alike, in order; gathered once. */
  sums(): Nearby<TermHit> {
    if (this.sumsRead === undefined) {
      const amounts = this.tagged('money').filter(isAmount);
      this.sumsRead = new Nearby(amounts.length === 0 ? this.figureList() : [...this.figureList(), ...amounts]);
    }
    return this.sumsRead;
  }

  /** The number a sum stands for (NaN when it is too long to be one). */
  amountOf(sum: TermHit): number {
    return sumValue(this.original, this.text, sum);
  }

  /** Whether a sum is written as money: a currency sign, a currency unit ("5万円", "50만원") or a money word right after it ("500 dollars"). */
  isMoney(sum: TermHit): boolean {
    return isAmount(sum) || hasCurrencyUnit(this.original, this.text, sum) || this.tagged('money').some((word) => word.first > sum.last && word.first - sum.last <= 2);
  }

  /** Drops the findings of `signals` that lie inside one of `phrases` (a phrase a negation denies, a self-harm phrase). */
  dropFindingsInside(signals: ReadonlySet<SignalId>, phrases: readonly UnitSpan[]): void {
    this.dropFindingsWhere(signals, (finding) => phrases.some((phrase) => phrase.first <= finding.first && finding.last <= phrase.last));
  }

  /** Drops the findings of `signals` that `drops` picks. */
  dropFindingsWhere(signals: ReadonlySet<SignalId>, drops: (finding: PlacedFinding) => boolean): void {
    this.dropFindings((finding) => signals.has(finding.signal) && drops(finding));
  }

  /** Drops the findings `drops` picks, of any signal. */
  dropFindings(drops: (finding: PlacedFinding) => boolean): void {
    const kept = this.findings.filter((finding) => !drops(finding));
    if (kept.length < this.findings.length) this.findings.splice(0, this.findings.length, ...kept);
  }

  evidenceOf(hit: TermHit): Evidence {
    const start = this.text.starts[hit.first]!;
    const end = this.text.ends[hit.last]!;
    return { start, end, match: this.original.slice(start, end) };
  }

  /** Cues combine within a sentence: "I can't pick up the phone. Pls send a message" asks for nothing. */
  sameSentence(a: UnitSpan, b: UnitSpan): boolean {
    return this.noneBetween(a, b, SENTENCE_ENDS);
  }

  /** Nothing but words and spaces between two hits: no comma or sentence end makes them two remarks. */
  joined(a: UnitSpan, b: UnitSpan): boolean {
    return this.noneBetween(a, b, CLAUSE_BREAKS);
  }

  /** No character of `breaks` in the original text between two hits, whichever comes first. */
  private noneBetween(a: UnitSpan, b: UnitSpan, breaks: ReadonlySet<number>): boolean {
    const from = this.text.ends[a.first <= b.first ? a.last : b.last]!;
    const to = this.text.starts[a.first <= b.first ? b.first : a.first]!;
    for (let i = from; i < to; i++) if (breaksAt(this.original, i, breaks)) return false;
    return true;
  }

  /** Whether a you-word is a possessive ("your", "dein", "tu"): it names something of the reader's, not the reader. */
  isPossessive(reader: TermHit): boolean {
    return this.tagged('your').some((your) => your.first === reader.first && your.last === reader.last);
  }

  /**
   * Whether a you-word names the person a picture shows: right by the picture word ("your pic", "a pic of
   * you", "foto tuya"), or further on but closing the clause ("une photo récente de toi", "a pic of just you").
   * A you-word that goes on into a clause of its own ("the page you're reading") is not, nor a possessive after
   * the picture ("a photo of your city", "una foto de tu perro"): that picture shows something of the reader's.
   */
  isPictureOf(picture: TermHit, target: TermHit): boolean {
    const apart = gap(picture, target);
    const { personGap, closingPersonGap } = CUE_POLICY.solicitPictures;
    if (target.first <= picture.last) return apart <= personGap;
    if (this.isPossessive(target)) return false;
    return apart <= personGap || (apart <= closingPersonGap && this.joined(picture, target) && this.closesClause(target));
  }

  /** Nothing but spaces after a hit up to a clause break or the end of the text. */
  private closesClause(hit: TermHit): boolean {
    for (let i = this.text.ends[hit.last]!; i < this.original.length; i++) {
      const code = this.original.charCodeAt(i);
      if (CLAUSE_BREAKS.has(code)) return true;
      if (code !== 0x20) return false;
    }
    return true;
  }


  nearest(hit: TermHit, others: Nearby<TermHit>, window: number): TermHit | undefined {
    return others.size === 0 ? undefined : others.nearest(hit, window, (other) => this.sameSentence(hit, other));
  }

  /** A finding on one hit whose evidence is already made. */
  addAlone(signal: SignalId, confidence: number, hit: TermHit, evidence: Evidence): void {
    this.findings.push({ signal, confidence, evidence: [evidence], first: hit.first, last: hit.last });
  }

  add(signal: SignalId, confidence: number, parts: readonly TermHit[]): void {
    let first = parts[0]!.first;
    let last = parts[0]!.last;
    for (const part of parts) {
      first = Math.min(first, part.first);
      last = Math.max(last, part.last);
    }
    this.findings.push({ signal, confidence, evidence: parts.map((part) => this.evidenceOf(part)), first, last });
  }

  /** The text's quote marks, once isQuoted first needs them. */
  private marks: number[] | undefined;

  /**
   * Whether a finding is someone's words quoted: a piece of its evidence is the whole quotation ("what does "bitch"
   * mean"), or a threat lies all inside one quotation ("my ex used to say "you'll regret it if you block me"").
   */
  isQuoted(finding: PlacedFinding): boolean {
    const text = this.original;
    for (let { start, end } of finding.evidence) {
      while (QUOTE_PADDING.has(text.charCodeAt(start - 1))) start--;
      while (QUOTE_PADDING.has(text.charCodeAt(end))) end++;
      if (QUOTES.has(text.charCodeAt(start - 1)) && QUOTES.has(text.charCodeAt(end))) return true;
    }
    return REPORTED_SIGNALS.has(finding.signal) && this.insideQuotation(finding);
  }

  /** Offsets of the text's quote marks, in order: not an apostrophe inside a word ("you'll", "don't", "l’heure"). Read once. */
  private quoteMarks(): readonly number[] {
    if (this.marks === undefined) {
      const text = this.original;
      const inWord = (at: number): boolean => at >= 0 && at < text.length && isWordCharacter(text.charCodeAt(at));
      this.marks = [];
      for (let at = 0; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (QUOTES.has(code) && !(APOSTROPHES.has(code) && inWord(at - 1) && inWord(at + 1))) this.marks.push(at);
      }
    }
    return this.marks;
  }

  /**
   * A mark opens a quotation before the evidence and the next one closes it after the evidence, on one line, someone's
   * speech reported before it; an even count of marks before the opening one, so that it opens a quotation rather than
   * closing an earlier one.
   */
  private insideQuotation(finding: PlacedFinding): boolean {
    // Most texts report nobody's speech: the quote marks are only looked for when a verb of saying is there.
    const reported = this.tagged('reported');
    if (reported.length === 0) return false;
    const marks = this.quoteMarks();
    if (marks.length < 2) return false;
    const from = this.text.starts[finding.first]!;
    const to = this.text.ends[finding.last]!;
    let next = 0;
    while (next < marks.length && marks[next]! < from) next++;
    if (next === 0 || next === marks.length || next % 2 === 0 || marks[next]! < to) return false;
    const open = marks[next - 1]!;
    const close = marks[next]!;
    if (this.original.slice(open, close).includes('\n')) return false;
    let lineStart = open;
    while (lineStart > 0 && this.original.charCodeAt(lineStart - 1) !== NEWLINE) lineStart--;
    const onLineBefore = (hit: TermHit): boolean => {
      const at = this.text.starts[hit.first]!;
      return at >= lineStart && at < open;
    };
    // Japanese and Korean report after the quotation: 「…」って言ってて, "…"라고 했어.
    const rightAfter = (hit: TermHit): boolean => {
      const at = this.text.starts[hit.first]!;
      return at > close && at <= close + REPORT_AFTER_GAP;
    };
    // Someone is said to speak ("my ex used to say", "el malo dice", "他老说", "って言って"), and no word before the
    // quotation turns to the reader: those are the sender's own ("te lo dico chiaro:", "I'm telling you"), as are
    // "ricordati:" and a text quoted whole.
    return reported.some((hit) => onLineBefore(hit) || rightAfter(hit)) && !this.tagged('you').some(onLineBefore);
  }
}

/** Signal terms stand alone; an insult aimed at the reader ("you idiot") is surer; a name ("Dick Van Dyke") is cleared. */
const signalFindings = (context: HitContext, you: Nearby<TermHit>, original: string): void => {
  for (const hit of strongestPerSpan(context.signalHits)) {
    const signal = hit.tag as SignalId;
    const evidence = context.evidenceOf(hit);
    if (looksLikeName(original, evidence.start, evidence.end)) {
      context.cleared.push(evidence);
      continue;
    }
    const target = AIMABLE.has(signal) ? context.nearest(hit, you, CUE_POLICY.aimedInsult.window) : undefined;
    const confidence = hitConfidence(signal, hit.term) + (target ? CUE_POLICY.aimedInsult.boost : 0);
    context.addAlone(signal, Math.min(1, confidence), hit, evidence);
  }
};

/**
 * The reader asked with a count beside it in one clause ("asked you for ur snap like 3 times", "te lo pedí tres
 * veces", "سألتك مرتين", "问你三遍"), each read as one span from the first word to the last; not "my sister asked
 * three times if you're coming".
 */
const countedAsks = (context: HitContext): TermHit[] => {
  const asking = context.tagged('asked');
  if (asking.length === 0) return [];
  const { repeatGap, askedGap } = CUE_POLICY.pushedContact;
  const repeats = context.near('repeat');
  const readers = context.near('you');
  const counted: TermHit[] = [];
  for (const asked of asking) {
    const ofReader = readers.nearest(asked, askedGap, (reader) => context.joined(reader, asked) && (gap(reader, asked) === 0 || !context.isGlyph(asked.first)));
    if (ofReader === undefined) continue;
    const repeat = repeats.nearest(asked, repeatGap, (candidate) => context.joined(candidate, asked));
    if (repeat) counted.push({ ...asked, first: Math.min(asked.first, repeat.first), last: Math.max(asked.last, repeat.last) });
  }
  return counted;
};

/**
 * A contact detail pressed for (CUE_POLICY.pushedContact): a contact word asked for (a request near it, or the one
 * word asked in a clause of its own: "telegram?") or named as the reader's ("ur snap", "ton insta", "deine Nummer"),
 * with the reader's asks counted near it (a block, unless the text apologises), or `pressure` words near it (a review:
 * they also tease about other things, "you keep dodging my grammar questions"). The two kinds add up.
 */
const pushedContactFindings = (context: HitContext): void => {
  // "sorry, can you send your number again? I asked you twice but wrote it down wrong": asked again, not pushed.
  if (context.tagged('apology').length > 0) return;
  const counted = countedAsks(context);
  const pressures = context.tagged('pressure');
  if (counted.length === 0 && pressures.length === 0) return;
  const requests = context.near('request');
  const yours = context.near('your');
  const { window, readerGap, confidence } = CUE_POLICY.pushedContact;
  const words = [...context.tagged('app'), ...context.tagged('contact')];
  // A lone "telegram?" asks for the reader's; "LINE? WeChat? which one do people use?" names apps.
  const questioned = words.filter((contact) => context.questioned(contact) && context.opensClause(contact));
  const contacts = words.filter(
    (contact) =>
      context.nearest(contact, requests, CUE_POLICY.solicitContact.window) !== undefined ||
      yours.nearest(contact, readerGap, (your) => your.first >= contact.first - readerGap && your.first <= contact.first && context.joined(your, contact)) !== undefined ||
      (questioned.length === 1 && questioned[0] === contact),
  );
  for (const [pushing, sure] of [
    [new Nearby(counted), confidence.counted],
    [new Nearby(pressures), confidence.pressed],
  ] as const) {
    if (pushing.size === 0) continue;
    for (const contact of contacts) {
      const push = pushing.nearest(contact, window);
      if (push === undefined) continue;
      context.add('pushed-contact', sure, [contact, push]);
      break;
    }
  }
};

/** Whether a money hit is a written sum (an amount with a sign, a figure with a currency unit) rather than a money word. */
const isSum = (hit: TermHit): boolean => isAmount(hit) || hit.tag === 'figure';

/** A request next to a contact word, a picture (with a body word: sexual) or money (unless it settles a shared cost). */
const requestFindings = (context: HitContext, you: readonly TermHit[]): void => {
  const requests = context.tagged('request');
  if (requests.length === 0) return;
  const contactWords = new Nearby([...context.tagged('app'), ...context.tagged('contact')]);
  const pictures = context.near('picture');
  // A picture asked for sexy is as sexual as one asked for naked ("send me a hot pic just for me").
  const lewd = context.tagged('lewd');
  const bodies = lewd.length === 0 ? context.near('body') : new Nearby([...context.tagged('body'), ...lewd]);
  const accounts = context.tagged('account');
  // Money is a money word, an amount with a sign ("$80"), a figure with a currency unit ("200元") or an account.
  const moneyFigures = context.moneyFigures();
  const money = accounts.length === 0 && moneyFigures.length === 0 ? context.near('money') : new Nearby([...context.tagged('money'), ...moneyFigures, ...accounts]);
  const sharedCosts = context.near('expense');
  const payers = context.tagged('payer');
  const speakerPays = payers.length > 0 && paidBySpeaker(context);
  for (const request of requests) {
    const contact = context.nearest(request, contactWords, CUE_POLICY.solicitContact.window);
    if (contact) context.add('solicit-contact', CUE_POLICY.solicitContact.confidence, [request, contact]);
    const picture = context.nearest(request, pictures, CUE_POLICY.solicitPictures.window);
    if (picture) {
      const body = context.nearest(picture, bodies, CUE_POLICY.sexualPictures.window) ?? context.nearest(request, bodies, CUE_POLICY.sexualPictures.window);
      // "send me the photos of the trip" is exchange talk; "send me your pic" asks for the person. Where the verb
      // comes last ("तुम्हारी फोटो भेजो", "あなたの写真送って"), the person stands before the picture, or is the
      // picture itself: a selfie is one of the sender ("自撮り送って", "셀카 보내줘").
      const verbLast = VERB_LAST.has(request.term.lang) && picture.last < request.first && context.joined(picture, request);
      const ofThePerson = you.find(
        (target) =>
          (target.first > request.last && context.isPictureOf(picture, target)) ||
          (verbLast && ((target.first <= picture.first && picture.last <= target.last) || (target.last < picture.first && gap(target, picture) <= CUE_POLICY.solicitPictures.verbLastGap))),
      );
      if (body) context.add('sexual-harassment', CUE_POLICY.sexualPictures.confidence, [request, picture, body]);
      else if (ofThePerson) context.add('solicit-pictures', CUE_POLICY.solicitPictures.confidence, [request, picture]);
    }
    // In one clause: "the ticket was $300, send me the photos" asks for no money.
    const payment = money.nearest(
      request,
      CUE_POLICY.moneyRequest.window,
      (candidate) =>
        context.joined(request, candidate) &&
        (!isSum(candidate) || gap(context.reachOf(request), candidate) <= CUE_POLICY.moneyRequest.amountGap) &&
        !(speakerPays && (candidate.tag === 'account' || payers.some((payer) => payer.first < candidate.first && context.joined(payer, candidate)))),
    );
    if (payment && !settlesUp(context, request, payment, sharedCosts) && !lentByAnother(context, request)) context.add('fraud', CUE_POLICY.moneyRequest.confidence, [request, payment]);
  }
};

/**
 * Whether a `payer` in the text (often a sentence of its own: "send me your account number? I'll transfer you the
 * money") says the speaker is the one paying: then an ask for an account is where to send the money, and the money
 * after the payer is the speaker's own. Not when the text also asks for a code or a PIN, which receiving money never
 * needs, nor when it promises a windfall: the prize or refund scam offers to pay too.
 */
const paidBySpeaker = (context: HitContext): boolean => context.tagged('secret').length === 0 && context.tagged('windfall').length === 0;

/**
 * Whether a shared cost makes an ask for money settling up: the cost in the money's own clause ("the 15
 * euros for the pizza"), or told before the ask ("割り勘で、あとで送って"). One tacked on after it in a clause
 * of its own ("send me $500 now, enjoy your dinner") settles nothing.
 */
const settlesUp = (context: HitContext, ask: TermHit, payment: TermHit, sharedCosts: Nearby<TermHit>): boolean =>
  sharedCosts.nearest(
    payment,
    CUE_POLICY.moneyRequest.sharedCostWindow,
    (cost) => context.joined(payment, cost) || (cost.last < ask.first && context.sameSentence(cost, ask)),
  ) !== undefined;

/** Whether someone else is named as the lender right before an ask, in its clause (see CUE_POLICY.moneyRequest). */
const lentByAnother = (context: HitContext, ask: TermHit): boolean =>
  context
    .tagged('lender')
    .some(
      (lender) =>
        lender.first < ask.first &&
        gap(lender, ask) <= CUE_POLICY.moneyRequest.lenderGap &&
        context.joined(lender, ask) &&
        // "mon frère dit que tu peux me prêter 300": the reader, in the ask or before it, lends.
        !context.tagged('you').some((reader) => reader.first > lender.last && reader.first <= ask.last),
    );

/** Languages that put a sum before its verb ("100万投資", "100만원 투자", "1000 invest karo"). */
const SUM_FIRST = new Set<Language | undefined>(['hi', 'ja', 'ko']);

/**
 * A price before a verb that lends or rents: an amount with a currency sign before the verb in a language whose sums
 * mostly follow it ("Kann ich mir dein Fahrrad für 10 € leihen?"), with no reader named before it in its clause, who
 * would be the one lending ("Kannst du mir 50 € leihen?"), not a possessive ("dein Fahrrad").
 */
const isPrice = (context: HitContext, lend: TermHit, sum: TermHit): boolean => {
  if (!isAmount(sum) || SUM_FIRST.has(lend.term.lang)) return false;
  return !context.tagged('you').some((reader) => reader.last < sum.first && context.joined(reader, sum) && !context.isPossessive(reader));
};

/**
 * A lending verb right beside a sum, before or after it, in one clause: "lend me 2000", "одолжи 500", "2万借我",
 * "überweise mir 1000 €", "Kannst du mir 50 € leihen?"; not a price (isPrice).
 */
const lendFindings = (context: HitContext): void => {
  const lends = context.tagged('lend');
  if (lends.length === 0) return;
  const sums = context.sums();
  const sharedCosts = context.near('expense');
  const measures = context.tagged('measure');
  for (const lend of lends) {
    // "lend me 300 dollars" is asked once: the request and its money word already said it.
    if (context.findings.some((finding) => finding.signal === 'fraud' && finding.first <= lend.first && lend.last <= finding.last)) continue;
    const sum = sums.nearest(
      lend,
      CUE_POLICY.moneyRequest.figureGap,
      (candidate) => context.joined(lend, candidate) && !countsNoMoney(context, candidate, measures, LENT_MEASURE_REACH) && (candidate.first > lend.last || !isPrice(context, lend, candidate)),
    );
    if (sum && !settlesUp(context, lend, sum, sharedCosts) && !lentByAnother(context, lend)) context.add('fraud', CUE_POLICY.moneyRequest.confidence, [lend, sum]);
  }
};

/**
 * Units from a sum to the measure it counts: a word may stand between in spaced scripts ("10 minutes", "$100 a
 * month", "5 per day"); glyphs touch it ("30分钟", "3个月"), and one further on is another word (今天, 한 달 만에).
 */
const MEASURE_REACH = 6;
const GLYPH_MEASURE_REACH = 2;
/**
 * A figure beside a lending verb counts a measure only when it touches it or stands one space before it ("lend me 10
 * minutes of your time"): a word of the next clause ("préstame 200, al día siguiente te los devuelvo") leaves it money.
 */
const LENT_MEASURE_REACH = 2;

/**
 * A unit of time, data or points right after a sum, `reach` units at most (by default as far as its script lets a measure
 * stand): what it counts is no money, or money over time ("$100 a month").
 */
const countsNoMoney = (context: HitContext, sum: TermHit, measures: readonly TermHit[], reach?: number): boolean =>
  measures.some((measure) => measure.first > sum.last && measure.first - sum.last <= (reach ?? (context.isGlyph(measure.first) ? GLYPH_MEASURE_REACH : MEASURE_REACH)));

/** A sum that may be staked or gained: one that counts no measure and reads as more than nothing. */
const isLumpSum = (context: HitContext, sum: TermHit, measures: readonly TermHit[]): boolean => !countsNoMoney(context, sum, measures) && context.amountOf(sum) > 0;

/**
 * A stake and a payout at least `ratio` times as large, in one sentence: "invest 200 and get 2000 back",
 * "deposit $50, withdraw $500 tomorrow", "充值100返1000", "100万投資すれば1000万稼げる". The stake's sum is the
 * closest on the side its language puts it ("the fee is 20, deposit 100" stakes 100), else on the other.
 */
const promisedReturnFindings = (context: HitContext): void => {
  const stakes = context.tagged('stake');
  const payouts = context.tagged('payout');
  if (stakes.length === 0 || payouts.length === 0) return;
  const sums = context.sums();
  if (sums.size < 2) return;
  const measures = context.tagged('measure');
  const { figureGap, ratio, confidence } = CUE_POLICY.promisedReturn;
  const isStake = (stake: TermHit, sum: TermHit): boolean => context.joined(stake, sum) && isLumpSum(context, sum, measures);
  for (const stake of stakes) {
    const sumFirst = SUM_FIRST.has(stake.term.lang);
    const onItsSide = (sum: TermHit): boolean => (sumFirst ? sum.last < stake.first : sum.first > stake.last);
    const staked =
      sums.nearest(stake, figureGap, (sum) => onItsSide(sum) && isStake(stake, sum)) ?? sums.nearest(stake, figureGap, (sum) => !onItsSide(sum) && isStake(stake, sum));
    if (!staked) continue;
    const least = ratio * context.amountOf(staked);
    for (const payout of payouts) {
      if (payout.first <= stake.last || !context.sameSentence(stake, payout)) continue;
      const gained = sums.nearest(payout, figureGap, (sum) => sum.first > staked.last && context.joined(payout, sum) && isLumpSum(context, sum, measures) && context.amountOf(sum) >= least);
      if (!gained) continue;
      context.add('fraud', confidence, [stake, staked, payout, gained]);
      break;
    }
  }
};

/**
 * A sum of money turning into one at least `ratio` times as large, in one sentence: the two sums closest to
 * a growth word, in their order ("$100 ... grow to $1,000", "aus 200 € werden 2000 €", "5万円が2週間で80万円
 * になりました"). One of them must be written as money: classes, plants and followers grow too ("we were 20
 * students and became 100").
 */
const growthFindings = (context: HitContext): void => {
  const growths = context.tagged('growth');
  if (growths.length === 0) return;
  const sums = context.sums();
  if (sums.size < 2) return;
  const measures = context.tagged('measure');
  const { growthWindow, ratio, confidence } = CUE_POLICY.promisedReturn;
  for (const growth of growths) {
    const counted = (sum: TermHit): boolean => context.sameSentence(growth, sum) && isLumpSum(context, sum, measures);
    const nearest = sums.nearest(growth, growthWindow, counted);
    const other = nearest && sums.nearest(growth, growthWindow, (sum) => sum !== nearest && counted(sum));
    if (!nearest || !other || !(context.isMoney(nearest) || context.isMoney(other))) continue;
    const [from, to] = nearest.first < other.first ? [nearest, other] : [other, nearest];
    if (context.amountOf(to) >= ratio * context.amountOf(from)) context.add('fraud', confidence, [from, growth, to]);
  }
};

/**
 * A curse that is contempt for a group: one that leads into a bare group word ("fucking mexicans",
 * "他妈的河南人"), stands inside the group's own phrase ("pinches gringos") or is a phrase that follows the
 * group ("ces Italiens de merde", "X de mierda"). An interjection before an article ("putain les Français
 * ont gagné") or a curse after the group ("Mexicans fucking rock") is about something else.
 */
const curseAtGroup = (curse: TermHit, group: TermHit): boolean => {
  if (curse.last < group.first) return !group.term.term.includes(' ');
  if (curse.first > group.last) return curse.term.term.includes(' ');
  return curse.first >= group.first && curse.last <= group.last;
};

/** Whether a negation stands right before a hit or finding, in its clause ("not stupid", "not going to kill you"). */
const negated = (context: HitContext, span: UnitSpan): boolean =>
  context.negations.some((negation) => negation.last < span.first && gap(negation, span) <= CUE_POLICY.negation.gap && context.joined(negation, span));

/** Han and kana, where one unit is a syllable or a whole word, not a letter. */
const isHanOrKana = (code: number): boolean => scriptOf(classOf(code)) === HAN_KANA;

/** The units the hits lying between two spans take, with the space after each: degree words that do not widen a gap. */
const unitsOf = (hits: readonly TermHit[], before: UnitSpan, after: UnitSpan): number => {
  let units = 0;
  for (const hit of hits) if (hit.first > before.last && hit.last < after.first) units += hit.last - hit.first + 2;
  return units;
};

/**
 * "you" (not "your", nor a picture word), then within a few words (degree words not counted) and in one clause a contempt word that no
 * negation denies, and no third-person subject between: "I told you it was stupid" judges the thing.
 */
const contemptAimedAtYou = (context: HitContext, contempt: TermHit): TermHit | undefined => {
  // A picture word some lexicons count as the person ("selfie": a picture of the reader) is no "you" to scorn: "my selfie looks awful".
  const notPeople = [...context.tagged('your'), ...context.tagged('picture')];
  const { gap: letters, hanKanaGap } = CUE_POLICY.aimedContempt;
  const maxGap = isHanOrKana(context.codeAt(contempt.first)) ? hanKanaGap : letters;
  const intensifiers = context.tagged('intensifier');
  const aimed = context
    .tagged('you')
    .find(
      (target) =>
        target.last < contempt.first &&
        gap(target, contempt) - unitsOf(intensifiers, target, contempt) <= maxGap &&
        !notPeople.some((other) => other.first <= target.first && target.last <= other.last) &&
        !context.tagged('subject').some((subject) => target.last < subject.first && subject.last < contempt.first) &&
        context.joined(target, contempt),
    );
  return aimed && !negated(context, contempt) ? aimed : undefined;
};

/** A group next to contempt is hate; contempt said of "you" is an insult; a violent verb aimed at "you" is a threat. */
const aimedFindings = (context: HitContext, you: Nearby<TermHit>): void => {
  const groups = context.tagged('group');
  if (groups.length > 0) {
    const contempt = new Nearby(context.hits.filter((hit) => CONTEMPT.has(hit.tag)));
    const curses = context.hits.filter((hit) => hit.tag === 'curse');
    for (const group of groups) {
      const scorn =
        context.nearest(group, contempt, CUE_POLICY.groupContempt.window) ??
        curses.find((curse) => curseAtGroup(curse, group) && gap(curse, group) <= CUE_POLICY.groupContempt.curseGap && context.joined(curse, group));
      if (scorn) context.add('hate', CUE_POLICY.groupContempt.confidence, [group, scorn]);
    }
  }
  for (const contempt of context.tagged('negative')) {
    const target = contemptAimedAtYou(context, contempt);
    if (target) context.add('insult', CUE_POLICY.aimedContempt.confidence, [target, contempt]);
  }
  for (const violence of context.tagged('violence')) {
    // "tujhe nahi maarunga", "I won't hurt you": the verb itself is denied.
    if (negated(context, violence)) continue;
    const target = context.nearest(violence, you, CUE_POLICY.threat.window);
    if (target) context.add('threat', CUE_POLICY.threat.confidence, [violence, target]);
  }
};

/**
 * Whether a you-word names the owner of a body part a maiming verb is about: close to the verb or the part, and not
 * after both (it may be on the part, as the Arabic suffix of صوابعك is). One after both starts a remark of its own
 * ("break a leg, you'll be great"); the reader as the subject of the verb is their own accident, which the lexicons except.
 */
const ownsLimb = (context: HitContext, you: TermHit, maim: TermHit, limb: TermHit): boolean =>
  you.first <= Math.max(maim.last, limb.last) &&
  Math.min(gap(you, maim), gap(you, limb)) <= CUE_POLICY.maim.ownerGap &&
  context.sameSentence(you, limb);

/**
 * A maiming verb with a body part of the reader's in one clause: "I'll break every finger on your hand", "te voy a
 * romper los dedos", "сломаю тебе руку", "هكسر صوابعك", "お前の指を一本ずつ折ってやる", "니 팔 부러뜨려 놓는다". The verbs are
 * the forms a threat takes, so "I broke my arm" and "did you break your leg?" hold none. An `assault` verb says it is
 * done to someone, and needs no you-word: "指一本ずつ折ってやるからな", "손가락 하나씩 다 부러뜨려 버린다".
 */
const maimFindings = (context: HitContext): void => {
  const limbs = context.tagged('limb');
  if (limbs.length === 0) return;
  const yous = context.tagged('you');
  for (const verbs of [context.tagged('maim'), context.tagged('assault')]) {
    for (const maim of verbs) {
      if (negated(context, maim)) continue;
      for (const limb of limbs) {
        if (gap(maim, limb) > CUE_POLICY.maim.limbGap || !context.joined(maim, limb)) continue;
        const owner = yous.find((you) => ownsLimb(context, you, maim, limb));
        if (owner === undefined && maim.tag !== 'assault') continue;
        context.add('threat', CUE_POLICY.maim.confidence, owner === undefined ? [maim, limb] : [maim, limb, owner]);
        break;
      }
    }
  }
};

/** A seeking verb with a partner sought (see CUE_POLICY.romanceAd): a romance ad. */
const romanceAdFindings = (context: HitContext): void => {
  const seeks = context.tagged('seek');
  const partners = context.tagged('partner');
  if (seeks.length === 0 || partners.length === 0) return;
  const { after, before, partnerFirst, confidence } = CUE_POLICY.romanceAd;
  for (const seek of seeks) {
    // "Not looking for a girlfriend, just language practice", "no busco novia".
    if (negated(context, seek)) continue;
    const sought = partners.find(
      (partner) =>
        context.joined(seek, partner) &&
        (partner.first > seek.last ? gap(seek, partner) <= after : partner.last < seek.first && partnerFirst.includes(seek.term.lang) && gap(partner, seek) <= before),
    );
    if (sought === undefined) continue;
    context.add('dating', confidence, [seek, sought]);
    return;
  }
};

/** Findings told in two cues each harmless alone (see CUE_POLICY.cuePairs): a self-harm plan, a gory description. */
const cuePairFindings = (context: HitContext): void => {
  let found: SignalId | undefined;
  for (const pair of CUE_POLICY.cuePairs.pairs) {
    const { signal, act, means, window, joined } = pair;
    const confidence = 'confidence' in pair ? pair.confidence : CUE_POLICY.cuePairs.confidence;
    // One finding per signal: a second pair of the same kind adds no evidence the first did not give. The policy
    // lists the pairs of one signal together, the weaker last, so the signal found last is the only one to skip.
    if (found === signal) continue;
    const acts = context.tagged(act);
    if (acts.length === 0) continue;
    // Money is a money word, an amount with a sign ("$80") or a figure with a currency unit after it ("80元", "3만원").
    const meansHits = means === 'money' ? [...context.tagged('money'), ...context.moneyFigures()] : context.tagged(means);
    for (const actHit of acts) {
      if (negated(context, actHit)) continue;
      const meansHit = meansHits.find((hit) => (hit.last < actHit.first || hit.first > actHit.last) && gap(hit, actHit) <= window && (!joined || context.joined(hit, actHit)));
      if (meansHit === undefined) continue;
      context.add(signal, confidence, [meansHit, actHit]);
      found = signal;
      break;
    }
  }
};

/**
 * The excusable cues (CUE_POLICY.excusable): each hit a finding of its signal, as a signal term's would be (several
 * combine), unless the text holds the cue's excuse.
 */
const excusableFindings = (context: HitContext): void => {
  for (const { cue, signal, excuse } of CUE_POLICY.excusable) {
    const hits = context.tagged(cue);
    if (hits.length === 0 || context.tagged(excuse).length > 0) continue;
    for (const hit of strongestPerSpan([...hits])) context.addAlone(signal, hitConfidence(signal, hit.term), hit, context.evidenceOf(hit));
  }
};

/**
 * Drops the threats and self-harm a negation right before denies ("I'm not going to kill you"). Their words
 * stay visible to the learned scorer: a misread negation must not hide a threat from it as well.
 */
const denyNegated = (context: HitContext): void => {
  if (context.negations.length === 0) return;
  const deniedOutright = context.findings.filter((finding) => NEGATABLE.has(finding.signal) && negated(context, finding));
  // The cues inside a denied phrase are denied with it: "not going to kill you" also holds the pair "kill" + "you".
  context.dropFindingsInside(NEGATABLE, deniedOutright);
};

const RETRACTIONS = CUE_POLICY.retractions.map((retraction) => ({
  cue: retraction.cue,
  signals: new Set<SignalId>(retraction.signals),
  within: 'within' in retraction ? retraction.within : undefined,
  reach: 'reach' in retraction ? retraction.reach : undefined,
  unlessWith: 'unlessWith' in retraction ? retraction.unlessWith : [],
  unlessAskedApart: 'unlessAskedApart' in retraction ? retraction.unlessAskedApart : [],
}));

/**
 * Drops what a sentence takes back: the phishing it warns against, the alcohol its speaker does not drink, the regret
 * that is advice (CUE_POLICY.retractions). A retraction `within` cues takes back only findings told in those cues' words
 * alone: an experience missed makes "you'll regret it" advice, not "I'll kill you" beside it. One with a `reach` takes
 * back only what lies that close in its clause; one `unlessWith` cues takes back nothing in a text holding them; one
 * `unlessAskedApart` cues does not take back a finding whose clause holds one of them and none of its own cues.
 */
const dropRetracted = (context: HitContext): void => {
  for (const { cue, signals, within, reach, unlessWith, unlessAskedApart } of RETRACTIONS) {
    const retractions = context.tagged(cue);
    if (retractions.length === 0 || !context.findings.some((finding) => signals.has(finding.signal))) continue;
    if (unlessWith.some((tag) => context.tagged(tag).length > 0)) continue;
    const asks = unlessAskedApart.flatMap((tag) => context.tagged(tag));
    // A finding in a clause of its own that asks for something is the ask the advice was cover for.
    const askedApart = (finding: PlacedFinding): boolean =>
      asks.some((ask) => context.joined(ask, finding)) && !retractions.some((retraction) => context.joined(retraction, finding));
    const told = within?.flatMap((tag) => context.tagged(tag).map((hit) => context.evidenceOf(hit)));
    const toldIn = (finding: PlacedFinding): boolean =>
      told === undefined || finding.evidence.every((piece) => told.some((words) => words.start <= piece.start && piece.end <= words.end));
    const takesBack = (retraction: TermHit, finding: PlacedFinding): boolean =>
      reach === undefined ? context.sameSentence(retraction, finding) : gap(retraction, finding) <= reach && context.joined(retraction, finding);
    context.dropFindingsWhere(signals, (finding) => toldIn(finding) && !askedApart(finding) && retractions.some((retraction) => takesBack(retraction, finding)));
  }
};

const SELF_NAMED = new Set<SignalId>(CUE_POLICY.selfLabel.signals);
/**
 * What may follow a Han or kana name the speaker calls themselves: a copula or a sentence-final particle ("バカだな",
 * "傻逼了"). Anything else makes the name the head of a longer noun ("バカ上司", "傻逼老板的出气筒").
 */
const NAME_TAILS = codesOf('だじすやねよか笑wｗ了啊嘛呀啦哦');

/**
 * Reads the insults the speaker calls themselves as cursing and clears their words, and the words of contempt said
 * of themselves ("मैं कितना बेवकूफ"), which only the learned scorer would read (CUE_POLICY.selfLabel).
 */
const clearSelfLabels = (context: HitContext): void => {
  const before = context.tagged('selfbefore');
  const after = context.tagged('selfafter');
  if (before.length === 0 && after.length === 0) return;
  // Frames are everyday words ("I'm", "ich", "soy"): most texts holding one name nobody, and pay for no more than this look.
  const contempt = context.tagged('negative');
  if (contempt.length === 0 && !context.findings.some((finding) => SELF_NAMED.has(finding.signal))) return;
  const readers = [...context.tagged('you'), ...context.tagged('your')];
  const retorts = context.tagged('selfretort');
  const exclamatives = context.tagged('selflead');
  // What may lead into a frame before the name: an interjection, laughter or an exclamative ("como eu sou idiota").
  const frameLeads = [...context.tagged('selfsigh'), ...context.tagged('laughter'), ...exclamatives];
  // Han, kana and Hangul touch what they follow; in spaced scripts a space may stand between.
  const adjoins = (first: UnitSpan, second: UnitSpan): boolean =>
    gap(first, second) <= (context.isGlyph(second.first) ? 0 : CUE_POLICY.selfLabel.gap) && context.joined(first, second);
  // After a frame before it, the name is the frame's predicate only if its clause ends there.
  const closes = (name: UnitSpan): boolean => context.endsClause(name) || (context.isGlyph(name.last) && NAME_TAILS.has(context.codeAfter(name)));
  const ledBy = (span: UnitSpan, leads: readonly TermHit[]): boolean => leads.some((lead) => lead.last < span.first && adjoins(lead, span) && context.opensClause(lead));
  // A frame before the name starts a word and opens its clause, or a lead that does leads into it ("ugh I'm such an
  // idiot", "唉我真是个傻逼"): "ja bin ich Wichser" calls the reader names.
  const frameBefore = (name: UnitSpan): TermHit | undefined =>
    before.find((frame) => frame.first < name.first && adjoins(frame, name) && closes(name) && ((context.startsWord(frame) && context.opensClause(frame)) || ledBy(frame, frameLeads)));
  // A name before a frame takes an exclamative that opens the clause ("qué tonto soy", "the idiot I am"), which a
  // vocative does not ("yes dumbass i am", "otário sou eu"); in Han and kana it may open the clause itself ("バカだな俺").
  const frameAfter = (name: UnitSpan): TermHit | undefined =>
    (context.isGlyph(name.first) && context.opensClause(name)) || ledBy(name, exclamatives)
      ? after.find((frame) => frame.last > name.last && adjoins(name, frame) && context.endsClause(frame))
      : undefined;
  // The reader named in its sentence or anywhere after it turns the name on them ("t'es con je suis sûr", "I'm a bitch, so
  // is your mom"); so do an echo question ("I'm a cunt? look in the mirror") and a retort opening a clause right before
  // the words ("oh sure, I'm the bitch"; not "ok so I forgot my keys again, I'm such a bitch").
  const aimedElsewhere = (name: UnitSpan, words: UnitSpan): boolean =>
    context.asks(name) ||
    readers.some((word) => word.first > name.last || context.sameSentence(word, name)) ||
    retorts.some((retort) => retort.last < words.first && gap(retort, words) <= CUE_POLICY.selfLabel.retortGap && context.opensClause(retort));
  const frameOf = (name: UnitSpan): TermHit | undefined => {
    const frame = frameBefore(name) ?? frameAfter(name);
    return frame && !aimedElsewhere(name, frame.first < name.first ? frame : name) ? frame : undefined;
  };
  // The frame is cleared with the name: "I felt like a" alone reads to the learned scorer as the start of an insult.
  for (const word of contempt) {
    const frame = frameOf(word);
    if (frame) context.cleared.push(context.evidenceOf(frame), context.evidenceOf(word));
  }
  const named = context.findings.flatMap((finding) => {
    const frame = SELF_NAMED.has(finding.signal) ? frameOf(finding) : undefined;
    return frame ? [{ finding, frame }] : [];
  });
  if (named.length === 0) return;
  context.dropFindingsWhere(SELF_NAMED, (finding) => named.some((self) => self.finding === finding));
  for (const { finding, frame } of named) {
    context.findings.push({ ...finding, signal: 'curse', confidence: Math.min(finding.confidence, CUE_POLICY.selfLabel.confidence) });
    context.cleared.push(...finding.evidence, context.evidenceOf(frame));
  }
};

/** Lowers the gore a sentence about a film, a show or a game describes (CUE_POLICY.fiction). */
const scaleFiction = (context: HitContext): void => {
  // Looked up only when the text names a film or a game: most texts name none, and build no Nearby for it.
  if (context.tagged('fiction').length === 0) return;
  const fictions = context.near('fiction');
  for (const finding of context.findings) {
    if (FICTIONAL.has(finding.signal) && fictions.nearest(finding, CUE_POLICY.fiction.window, (fiction) => context.sameSentence(fiction, finding))) finding.confidence *= CUE_POLICY.fiction.factor;
  }
};

const JESTING = new Set<SignalId>(CUE_POLICY.jest.signals);

/** Lowers the threats a laughing or joking sentence makes (CUE_POLICY.jest). */
const scaleJest = (context: HitContext): void => {
  // Most texts neither laugh nor joke: they pay two lookups, not an array.
  if (context.tagged('jest').length === 0 && context.tagged('laughter').length === 0) return;
  const jests = [...context.tagged('jest'), ...context.tagged('laughter')];
  const menaces = context.tagged('menace');
  for (const finding of context.findings) {
    if (!JESTING.has(finding.signal) || menaces.some((menace) => context.sameSentence(menace, finding))) continue;
    if (jests.some((jest) => context.sameSentence(jest, finding))) finding.confidence *= CUE_POLICY.jest.factor;
  }
};

const BANTERING = new Set<SignalId>(CUE_POLICY.banter.signals);

/**
 * Lowers the insults of a text that laughs and tells the reader they are loved (CUE_POLICY.banter). Love denied in its
 * clause ("je t'aime pas", "ich liebe dich nicht", "я не люблю тебя", "ما احبك") is mockery, not fondness.
 */
const scaleBanter = (context: HitContext): void => {
  const fondness = context.tagged('fondness');
  if (fondness.length === 0 || (context.tagged('jest').length === 0 && context.tagged('laughter').length === 0)) return;
  const negations = context.tagged('negation');
  const meant = fondness.some((fond) => !negations.some((negation) => gap(negation, fond) <= CUE_POLICY.banter.negationGap && context.joined(negation, fond)));
  if (!meant) return;
  for (const finding of context.findings) if (BANTERING.has(finding.signal)) finding.confidence *= CUE_POLICY.banter.factor;
};

/** What a word inside a self-harm phrase would otherwise read as: "死ね" in "どうやったら死ねる", "maar dunga" in "khud ko maar dunga". */
const INSIDE_SELF_HARM = new Set<SignalId>(['insult', 'threat', 'harassment', 'curse']);

/**
 * Drops the insults, threats and curses that lie inside a self-harm phrase: the phrase is met with support
 * and never a strike, and the words inside it are said of oneself.
 */
const selfHarmAlone = (context: HitContext): void => {
  const selfHarm = context.findings.filter((finding) => finding.signal === 'self-harm');
  if (selfHarm.length === 0) return;
  context.dropFindingsInside(INSIDE_SELF_HARM, selfHarm);
};

/** Beyond this many findings their signals are sure anyway, and looking for echoes among them would cost quadratic time. */
const ECHO_LOOKUP_LIMIT = 256;

/**
 * Drops the findings that echo another of their signal: lying inside its words, no surer than it. "I will kill you"
 * is one threat, not that phrase and the pair "kill" + "you" inside it counted as independent evidence, which
 * would carry a joking threat ("i will kill you lol") to review.
 */
const dropEchoes = (context: HitContext): void => {
  const { findings } = context;
  if (findings.length < 2 || findings.length > ECHO_LOOKUP_LIMIT) return;
  const echoes = new Set<PlacedFinding>();
  findings.forEach((inner, i) => {
    const echoed = findings.some(
      (outer, o) =>
        o !== i &&
        !echoes.has(outer) &&
        outer.signal === inner.signal &&
        outer.first <= inner.first &&
        inner.last <= outer.last &&
        // Of two findings on the same words and as sure, the first stays.
        (outer.confidence > inner.confidence || (outer.confidence === inner.confidence && (o < i || outer.first < inner.first || inner.last < outer.last))),
    );
    if (echoed) echoes.add(inner);
  });
  if (echoes.size > 0) context.dropFindings((finding) => echoes.has(finding));
};

/** The lexicons' reading of a text: its findings, and the spans read as harmless on purpose. */
export interface LexicalReading {
  readonly findings: readonly Finding[];
  /** Names ("Dick Van Dyke"), words a learner quotes or asks about ("what does 'bitch' mean?"), written laughter. */
  readonly cleared: readonly Span[];
}

const NOTHING_READ: LexicalReading = { findings: [], cleared: [] };

/**
 * Turns lexicon hits into findings: signal terms stand alone, cue terms combine with their
 * neighbours (request + app = solicitation, you + violence = threat, group + contempt = hate), insults
 * aimed at "you" gain confidence and anything near a learner's "what does X mean" or inside quotes loses it.
 */
export const lexiconFindings = (original: string, text: NormalisedText, hits: readonly TermHit[]): LexicalReading => {
  if (hits.length === 0) return NOTHING_READ;
  const context = new HitContext(original, text, hits);
  for (const laugh of context.tagged('laughter')) context.cleared.push(context.evidenceOf(laugh));
  const youHits = context.tagged('you');
  const you = new Nearby(youHits);
  signalFindings(context, you, original);
  // A portrait is the reader's picture to the picture-ask rule alone.
  const portraits = context.tagged('portrait');
  requestFindings(context, portraits.length === 0 ? youHits : [...youHits, ...portraits]);
  pushedContactFindings(context);
  lendFindings(context);
  promisedReturnFindings(context);
  growthFindings(context);
  aimedFindings(context, you);
  maimFindings(context);
  cuePairFindings(context);
  excusableFindings(context);
  romanceAdFindings(context);

  denyNegated(context);
  dropRetracted(context);
  clearSelfLabels(context);
  selfHarmAlone(context);
  dropEchoes(context);
  scaleFiction(context);
  scaleJest(context);
  scaleBanter(context);
  const metas = context.near('meta');
  for (const finding of context.findings) {
    if (context.isQuoted(finding) || (metas.size > 0 && metas.nearest(finding, CUE_POLICY.meta.window))) {
      finding.confidence *= CUE_POLICY.meta.factor;
      context.cleared.push(...finding.evidence);
    }
  }
  return { findings: context.findings, cleared: context.cleared };
};
