import { firstAbove } from '../ascending';
import type { CompiledTerm, TermHit } from '../match/term-index';
import type { NormalisedText } from '../normalise/normalise';

/**
 * A sum of money written with a currency sign ("$300", "300€", "₹5000", "R$ 50"): a money word for the
 * cue rules, so "send me $300" is asked like "send me 300 dollars". The normaliser drops "$" beside
 * digits (elsewhere it is the leetspeak s), so amounts are read from the original text and placed on
 * the digits' units. The signs are found first and the digits read outward from each, so a long run of
 * digits is read once, not once per digit.
 */
const CURRENCY_SIGN = /[$€£¥₹₩₽₺₱₦]/gu;

const AMOUNT_TERM: CompiledTerm = { term: '<amount>', tag: 'money', lang: undefined, value: undefined, length: 1, singleLatinWord: false };

/** Whether a money hit is an amount with a currency sign rather than a money word. */
export const isAmount = (hit: TermHit): boolean => hit.term === AMOUNT_TERM;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAmountPart = (code: number): boolean => isDigit(code) || code === 0x2c || code === 0x2e;

/** The original span of the digits on one side of a sign (one space may stand between), or undefined. */
const digitsBeside = (original: string, sign: number, signEnd: number): { start: number; end: number } | undefined => {
  let end = original.charCodeAt(signEnd) === 0x20 ? signEnd + 1 : signEnd;
  if (isDigit(original.charCodeAt(end))) {
    const start = end;
    while (isAmountPart(original.charCodeAt(end))) end++;
    return { start, end };
  }
  let start = original.charCodeAt(sign - 1) === 0x20 ? sign - 1 : sign;
  if (!isDigit(original.charCodeAt(start - 1))) return undefined;
  end = start;
  while (start > 0 && isAmountPart(original.charCodeAt(start - 1))) start--;
  return { start, end };
};

/** Every amount with a currency sign in the text, as a `money` hit over its digits' units. */
export const amountHits = (original: string, text: NormalisedText): TermHit[] => {
  if (text.digits === 0) return [];
  const hits: TermHit[] = [];
  let readUpTo = 0;
  for (const match of original.matchAll(CURRENCY_SIGN)) {
    const digits = digitsBeside(original, match.index, match.index + match[0].length);
    // Signs between the digits of one run ("1$2$3...") read that run once.
    if (!digits || digits.start < readUpTo) continue;
    readUpTo = digits.end;
    // The first unit starting at or after the digits.
    const first = firstAbove(text.starts, text.length, digits.start - 1);
    let last = first;
    while (last + 1 < text.length && text.ends[last + 1]! <= digits.end) last++;
    if (first < text.length && text.ends[first]! <= digits.end) hits.push({ term: AMOUNT_TERM, tag: 'money', first, last });
  }
  return hits;
};
