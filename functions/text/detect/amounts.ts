import { firstAbove } from '../ascending';
import { DIGIT_ZEROS, digitOf, isDigit } from '../digits';
import type { CompiledTerm, TermHit } from '../match/term-index';
import type { NormalisedText } from '../normalise/normalise';
import type { UnitSpan } from './nearby';

/**
 * A sum of money written with a currency sign ("$300", "300€", "₹5000", "R$ 50"): a money word for the
 * cue rules, so "send me $300" is asked like "send me 300 dollars". The normaliser drops "$" beside
 * digits (elsewhere it is the leetspeak s), so amounts are read from the original text and placed on
 * the digits' units. The signs are found first and the digits read outward from each, so a long run of
 * digits is read once, not once per digit.
 */
const CURRENCY_SIGNS = '[$€£¥₹₩₽₺₱₦]';
const CURRENCY_SIGN = new RegExp(CURRENCY_SIGNS, 'gu');
/** Whether one character is a currency sign. */
const CURRENCY_SIGN_AT = new RegExp(`^${CURRENCY_SIGNS}$`, 'u');

const AMOUNT_TERM: CompiledTerm = { term: '<amount>', tag: 'money', lang: undefined, value: undefined, length: 1, singleLatinWord: false };

/** Whether a money hit is an amount with a currency sign rather than a money word. */
export const isAmount = (hit: TermHit): boolean => hit.term === AMOUNT_TERM;

/** Thousands separators and decimal points: ASCII, and the Arabic ones (٬ ٫). */
const isAmountPart = (code: number): boolean => isDigit(code) || code === 0x2c || code === 0x2e || code === 0x66c || code === 0x66b;
/** The digits of the blocks starting at `zeros`, as the body of a regular-expression class: the blocks are named once, in ../digits. */
const digitRanges = (zeros: readonly number[]): string => zeros.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('');
const DIGITS = digitRanges(DIGIT_ZEROS);
/** The digits and the Arabic separators (٫ ٬) asciiSum rewrites. */
const NON_ASCII_SUM_PART = new RegExp(`[${digitRanges(DIGIT_ZEROS.slice(1))}\\u{66b}\\u{66c}]`, 'gu');
/** A written sum in ASCII ("٢٬٥٠٠" -> "2,500", "٣٫٥" -> "3.5"), so one reader serves every script. */
const asciiSum = (written: string): string =>
  written.replace(NON_ASCII_SUM_PART, (character) => {
    const code = character.charCodeAt(0);
    return code === 0x66c ? ',' : code === 0x66b ? '.' : String(digitOf(code));
  });

/** The run of digits (with thousands separators) starting at `from`, or undefined. */
const digitsFrom = (original: string, from: number): { start: number; end: number } | undefined => {
  if (!isDigit(original.charCodeAt(from))) return undefined;
  let end = from;
  while (isAmountPart(original.charCodeAt(end))) end++;
  return { start: from, end };
};

/** The run of digits ending right before `to`, or undefined. */
const digitsUpTo = (original: string, to: number): { start: number; end: number } | undefined => {
  if (!isDigit(original.charCodeAt(to - 1))) return undefined;
  let start = to;
  while (start > 0 && isAmountPart(original.charCodeAt(start - 1))) start--;
  return { start, end: to };
};

/**
 * The original span of the digits a sign marks: those touching it ("5$", "$300"), else those one space
 * away ("$ 300", "300 €"), the side after the sign first. Touching digits win, so "5$ 10$" is two amounts.
 */
const digitsBeside = (original: string, sign: number, signEnd: number): { start: number; end: number } | undefined =>
  digitsFrom(original, signEnd) ??
  digitsUpTo(original, sign) ??
  (original.charCodeAt(signEnd) === 0x20 ? digitsFrom(original, signEnd + 1) : undefined) ??
  (original.charCodeAt(sign - 1) === 0x20 ? digitsUpTo(original, sign - 1) : undefined);

/** A hit of `term` over the units of an original span, if the span holds whole units. */
const hitOver = (text: NormalisedText, term: CompiledTerm, { start, end }: { start: number; end: number }): TermHit | undefined => {
  // The first unit starting at or after the span.
  const first = firstAbove(text.starts, text.length, start - 1);
  let last = first;
  while (last + 1 < text.length && text.ends[last + 1]! <= end) last++;
  return first < text.length && text.ends[first]! <= end ? { term, tag: term.tag, first, last } : undefined;
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
    const hit = hitOver(text, AMOUNT_TERM, digits);
    if (hit) hits.push(hit);
  }
  return hits;
};

const FIGURE_TERM: CompiledTerm = { term: '<figure>', tag: 'figure', lang: undefined, value: undefined, length: 1, singleLatinWord: false };

/** A run of digits (of any block DIGIT_ZEROS names), thousands separators inside it, and a "k" for thousands ("2k"). */
const FIGURE = new RegExp(`[${DIGITS}](?:[${DIGITS},.\\u{66b}\\u{66c}]*[${DIGITS}])?[kK]?`, 'gu');
/** Counting words written right after digits: "2k", and in Chinese, Japanese and Korean "5万", "3千", "5千万", "2억". */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['万', 1e4], ['萬', 1e4], ['만', 1e4], ['千', 1e3], ['천', 1e3], ['亿', 1e8], ['億', 1e8], ['억', 1e8],
]);
/**
 * Counting words written one space after the digits, by the languages that space them ("20 hazaar", "5 lakh",
 * "10 mil", "3 mila", "20 тысяч", "10 ألف", "2 million"). "mil" is a thousand in Spanish and Portuguese and
 * slang for a million in English; read as the smaller, a sum is never taken for more than it says.
 */
const SPACED_MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/^(?:thousands?|grand|mil|mille|mila|tausend|tsd\.?|тысяч[аи]?|тыс\.?|тыщ[иа]?|ألف|الف|آلاف|alf|hazaa?r|ह(?:\u095b|\u091c\u093c?)ार)(?![\p{L}\p{M}])/iu, 1e3],
  [/^(?:lakhs?|lacs?|लाख)(?![\p{L}\p{M}])/iu, 1e5],
  [/^(?:crores?|करो(?:\u095c|\u0921\u093c?))(?![\p{L}\p{M}])/iu, 1e7],
  [/^(?:millions?|millón|millones|milhão|milhões|milione|milioni|millionen|mio\.?|миллион(?:а|ов)?|млн\.?|лям(?:а|ов)?|مليون|ملايين)(?![\p{L}\p{M}])/iu, 1e6],
  [/^(?:billions?|bn|milliards?|miliardi?|milliarden?|mrd\.?|миллиард(?:а|ов)?|млрд\.?|مليار)(?![\p{L}\p{M}])/iu, 1e9],
];
/** How far past a sum a spaced counting word is looked for: the longest of them and its space. */
const SPACED_MULTIPLIER_REACH = 12;

/** The counting word one space after original[at], as its factor (1 when there is none). */
const spacedMultiplier = (original: string, at: number): number => {
  if (original[at] !== ' ' && original[at] !== '\u00a0') return 1;
  const after = original.slice(at + 1, at + 1 + SPACED_MULTIPLIER_REACH);
  for (const [word, factor] of SPACED_MULTIPLIERS) if (word.test(after)) return factor;
  return 1;
};

/** Where the counting words written right after original[at] end ("5千万円" from the 千: at the 円). */
const pastMultipliers = (original: string, at: number): number => {
  while (MULTIPLIERS.has(original[at] ?? '')) at++;
  return at;
};

/** Sums with more digits are read as no sum at all (NaN): ids, phone numbers, or someone leaning on the keyboard. */
const MAX_SUM_DIGITS = 12;
/** A separator before the last one or two digits is a decimal point ("10.50", "9,99"); before three it groups thousands. */
const DECIMALS = /[.,](\d{1,2})$/u;

/**
 * The number original[start, end) stands for: thousands separators dropped, a decimal point read, and the
 * counting words at its end or right after it multiplied in ("2k" 2000, "1万" 10000, "5千万" 5e7, "20 hazaar"
 * 20000).
 */
const writtenValue = (original: string, start: number, end: number): number => {
  const digitsEnd = /[kK]/u.test(original[end - 1] ?? '') ? end - 1 : end;
  const written = asciiSum(original.slice(start, digitsEnd));
  const decimals = DECIMALS.exec(written);
  const whole = (decimals ? written.slice(0, decimals.index) : written).replace(/\D/gu, '');
  if (whole.length > MAX_SUM_DIGITS) return NaN;
  let value = Number(decimals ? `${whole}.${decimals[1]}` : whole);
  const multipliersEnd = pastMultipliers(original, digitsEnd);
  for (let at = digitsEnd; at < multipliersEnd; at++) value *= MULTIPLIERS.get(original[at]!)!;
  return multipliersEnd === digitsEnd ? value * spacedMultiplier(original, digitsEnd) : value;
};

/** Longer runs are phone numbers and ids, not sums anyone lends. */
const MAX_FIGURE_DIGITS = 7;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** After a figure, these make it a time, date, range or percentage ("10:30", "12/5", "20-25", "20%"). */
const NOT_A_SUM_AFTER = /[:%/\-]/u;
/** Scripts written without spaces, where the digits touch the words around them ("借我2000", "2000만", "500块", "2000円"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether the characters around a run of digits leave it a figure of its own rather than part of a word, time or date. */
const standsAlone = (before: string | undefined, after: string | undefined): boolean => {
  if (before !== undefined && !UNSPACED.test(before) && (WORD_CHARACTER.test(before) || CURRENCY_SIGN_AT.test(before))) return false;
  if (after === undefined || UNSPACED.test(after)) return true;
  return !WORD_CHARACTER.test(after) && !NOT_A_SUM_AFTER.test(after) && !CURRENCY_SIGN_AT.test(after);
};

/** Crypto coins named right after a figure: "0.05 BTC" is a sum however small its number. */
const COIN_AFTER = /^ ?(?:btc|eth|usdt|usdc|bnb|sol|trx|xrp|doge|ltc)(?![\p{L}\p{N}])/iu;
const COIN_LOOKAHEAD = 6;

/**
 * Every number written in digits that no currency sign marks and that reads as a quantity, as a `figure`
 * hit: at least `minFigure` (any, with a coin named after it), no part of a word ("mp3", "A320") nor of a
 * time, date, range or percentage.
 * Only a lending verb beside one makes it money (./lexicon-findings).
 */
export const figureHits = (original: string, text: NormalisedText, minFigure: number): TermHit[] => {
  if (text.digits === 0) return [];
  const hits: TermHit[] = [];
  for (const match of original.matchAll(FIGURE)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const [before, after] = [original[start - 1], original[end]];
    const digits = asciiSum(match[0]).replace(/\D/gu, '');
    // "300 €" and "$ 300" have a space beside their sign: amounts already.
    const signBeyondSpace = (after === ' ' && CURRENCY_SIGN_AT.test(original[end + 1] ?? '')) || (before === ' ' && CURRENCY_SIGN_AT.test(original[start - 2] ?? ''));
    if (!standsAlone(before, after) || signBeyondSpace || digits.length > MAX_FIGURE_DIGITS) continue;
    const value = writtenValue(original, start, end);
    if (value < minFigure && !COIN_AFTER.test(original.slice(end, end + COIN_LOOKAHEAD))) continue;
    const hit = hitOver(text, FIGURE_TERM, { start, end });
    if (hit) hits.push(hit);
  }
  return hits;
};

/** The number a figure or amount stands for, read from the original text (NaN when it is too long to be a sum). */
export const sumValue = (original: string, text: NormalisedText, sum: UnitSpan): number => writtenValue(original, text.starts[sum.first]!, text.ends[sum.last]!);

/** Currency units written straight after digits (and their counting words) in Chinese, Japanese and Korean: "5万円", "500元", "50만원". */
const UNIT_CURRENCIES = new Set(['円', '元', '块', '塊', '圆', '圓', '원']);

/** Whether a sum is followed by a currency unit of a script written without spaces ("80万円", "30만원"). */
export const hasCurrencyUnit = (original: string, text: NormalisedText, sum: UnitSpan): boolean => {
  return UNIT_CURRENCIES.has(original[pastMultipliers(original, text.ends[sum.last]!)] ?? '');
};
