import type { Language } from '../../policy/rules';
import type { LexiconTag } from '../lexicons/types';
import * as charInfo from '../normalise/char-info';
import { normalise, type NormalisedText } from '../normalise/normalise';
import { buildAutomaton, scanAutomaton, type Automaton } from './aho-corasick';

// Bound once: module interop (tsx, esbuild's CommonJS output) turns every access to an imported binding into a getter call.
const { Kind } = charInfo;

/** `digit` marks the built-in number words (phone numbers spelled out); every other tag comes from a lexicon. */
export type TermTag = LexiconTag | 'digit';

export interface TermEntry {
  readonly term: string;
  readonly tag: TermTag;
  readonly lang?: Language;
  /** For `digit` entries: the digit the word stands for. */
  readonly value?: number;
}

export interface CompiledTerm extends TermEntry {
  readonly length: number;
  /** How many repeats each unit of the term stands for, checked against the text's runs. */
  readonly runs: Int32Array;
  readonly kinds: Uint8Array;
  /**
   * One Latin-script word ("prize", "discount"): where a word proves little on its own, the policy
   * weighs it down. Other scripts pack phrases into one word (سلفني "lend me"), so they keep full weight.
   */
  readonly singleLatinWord: boolean;
  /** `*` at that end: any continuation of the word is allowed there. */
  readonly openStart: boolean;
  readonly openEnd: boolean;
}

export interface TermIndex {
  readonly automaton: Automaton;
  readonly terms: readonly CompiledTerm[];
}

/** A term found in a normalised text: units first..last inclusive. */
export interface TermHit {
  readonly term: CompiledTerm;
  readonly first: number;
  readonly last: number;
}

const WILDCARD = '*';

const isWordKind = (kind: number): boolean => kind === Kind.letter || kind === Kind.digit || kind === Kind.mask;

/** Latin letters (with accents) and digits only, no separator. */
const isSingleLatinWord = (normalised: NormalisedText): boolean => {
  for (let k = 0; k < normalised.length; k++) {
    if (normalised.kinds[k] === Kind.separator || normalised.kinds[k] === Kind.glyph || normalised.codes[k]! >= 0x250) return false;
  }
  return true;
};

const compileEntry = (entry: TermEntry): { codes: Int32Array; term: CompiledTerm } | undefined => {
  const openStart = entry.term.startsWith(WILDCARD);
  const openEnd = entry.term.length > 1 && entry.term.endsWith(WILDCARD);
  const core = entry.term.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
  const normalised = normalise(core);
  // A lone letter with a wildcard would match every word starting with it ("f***" -> f*): never a term.
  if (normalised.length === 0 || (normalised.length === 1 && normalised.kinds[0] === Kind.letter && normalised.runs[0] === 1)) return undefined;
  return {
    codes: normalised.codes.slice(0, normalised.length),
    term: { ...entry, length: normalised.length, runs: normalised.runs.slice(0, normalised.length), kinds: normalised.kinds.slice(0, normalised.length), openStart, openEnd, singleLatinWord: isSingleLatinWord(normalised) },
  };
};

const entryKey = (codes: Int32Array, term: CompiledTerm): string =>
  `${term.tag}|${term.value ?? ''}|${term.openStart}|${term.openEnd}|${codes.join(',')}|${term.runs.join(',')}`;

/** Normalises every term with the same normaliser as the text and compiles them into one automaton. */
export const compileTerms = (entries: readonly TermEntry[]): TermIndex => {
  const seen = new Set<string>();
  const patterns: Int32Array[] = [];
  const terms: CompiledTerm[] = [];
  for (const entry of entries) {
    const compiled = compileEntry(entry);
    if (!compiled) continue;
    const key = entryKey(compiled.codes, compiled.term);
    if (seen.has(key)) continue;
    seen.add(key);
    patterns.push(compiled.codes);
    terms.push(compiled.term);
  }
  return { automaton: buildAutomaton(patterns), terms };
};

/** A stretched unit in the text (3 or more) may stand for one or two in the term; otherwise counts must agree. */
const runsAgree = (term: CompiledTerm, text: NormalisedText, first: number): boolean => {
  for (let k = 0; k < term.length; k++) {
    const textRun = text.runs[first + k]!;
    if (textRun === term.runs[k] || textRun >= 3 || term.kinds[k] === Kind.mask) continue;
    // At an open end the word may continue with the same letter ("fucc*" in "fuccck" is fine, in "fuck" is not).
    const open = (k === 0 && term.openStart) || (k === term.length - 1 && term.openEnd);
    if (!open || textRun < term.runs[k]!) return false;
  }
  return true;
};

/** Words of spaced scripts match whole; Han, kana, Hangul and symbols match anywhere. */
const boundariesHold = (term: CompiledTerm, text: NormalisedText, first: number, last: number): boolean => {
  if (!term.openStart && isWordKind(term.kinds[0]!) && first > 0 && isWordKind(text.kinds[first - 1]!)) return false;
  if (!term.openEnd && isWordKind(term.kinds[term.length - 1]!) && last + 1 < text.length && isWordKind(text.kinds[last + 1]!)) return false;
  return true;
};

/** Every lexicon term occurring in the text, in one pass. */
export const findTerms = (index: TermIndex, text: NormalisedText): TermHit[] => {
  const hits: TermHit[] = [];
  scanAutomaton(index.automaton, text.codes, text.length, (id, last) => {
    const term = index.terms[id]!;
    const first = last - term.length + 1;
    if (!runsAgree(term, text, first) || !boundariesHold(term, text, first, last)) return;
    // An open end covers the rest of the word, so evidence shows "fucking", not "fuck".
    let from = first;
    let to = last;
    if (term.openStart) while (from > 0 && isWordKind(text.kinds[from - 1]!)) from--;
    if (term.openEnd) while (to + 1 < text.length && isWordKind(text.kinds[to + 1]!)) to++;
    hits.push({ term, first: from, last: to });
  });
  return hits;
};
