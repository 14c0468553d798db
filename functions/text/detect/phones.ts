import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import type { Language } from '../../policy/rules';
import * as charInfo from '../normalise/char-info';
import type { NormalisedText } from '../normalise/normalise';
import type { TermHit } from '../match/term-index';
import type { Evidence } from '../types';
import { fitsNationalShape } from './phone-shapes';

// Bound once: module interop turns each access to an imported binding into a getter call.
const DIGIT = charInfo.Kind.digit;

/** Where to try a number written without a country code: the hint's countries first, then the community's biggest. */
const COUNTRIES_BY_LANGUAGE: Readonly<Record<Language, readonly CountryCode[]>> = {
  en: ['US', 'GB', 'IN', 'AU', 'CA', 'SG'], es: ['ES', 'MX', 'AR', 'CO'], fr: ['FR', 'BE', 'CA'], ja: ['JP'], de: ['DE', 'AT', 'CH'],
  zh: ['CN', 'TW', 'HK'], it: ['IT'], ru: ['RU', 'UA', 'KZ'], pt: ['BR', 'PT'], ar: ['SA', 'EG', 'AE', 'MA'], hi: ['IN'], ko: ['KR'],
};
const FALLBACK_COUNTRIES: readonly CountryCode[] = ['US', 'GB', 'CN', 'JP', 'KR', 'IN', 'DE', 'FR', 'ES', 'IT', 'BR', 'RU', 'MX', 'SA', 'EG', 'TW'];

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** Characters that may stand between the groups of one number. */
const GROUP_SEPARATORS = new Set([' ', '-', '.', '(', ')', '/', '\u00a0', '\u3000', '－', '–']);
const CURRENCY_BEFORE = /[$€£¥₩₹₽]$/u;

interface DigitItem {
  readonly first: number;
  readonly last: number;
  readonly digit: number;
}

const digitItems = (text: NormalisedText, hits: readonly TermHit[]): DigitItem[] => {
  const items: DigitItem[] = [];
  // indexOf jumps from digit to digit; on the units in use only, since the buffers run past `length`.
  const kinds = text.kinds.subarray(0, text.length);
  for (let i = kinds.indexOf(DIGIT); i >= 0; i = kinds.indexOf(DIGIT, i + 1)) items.push({ first: i, last: i, digit: text.codes[i]! - 48 });
  const digitUnits = items.length;
  for (const hit of hits) if (hit.tag === 'digit') items.push({ first: hit.first, last: hit.last, digit: hit.term.value! });
  // Digit units come in order: only number words need sorting in.
  return items.length === digitUnits ? items : items.sort((a, b) => a.first - b.first || b.last - a.last);
};

/** How `next` follows `previous` in a number: inside it (a number word over digits), in the same group, in a new group, or not at all. */
const OVERLAPS = 0;
const SAME_GROUP = 1;
const NEW_GROUP = 2;
const APART = 3;

const follows = (original: string, text: NormalisedText, previous: DigitItem, next: DigitItem): number => {
  if (next.first <= previous.last) return OVERLAPS;
  // Digit units next to each other in the normalised text have only invisible characters (keycap marks) between them.
  if (next.first === previous.last + 1 && text.kinds[previous.last] === DIGIT && text.kinds[next.first] === DIGIT) return SAME_GROUP;
  return next.first <= previous.last + 2 && isGroupGap(original, text.ends[previous.last]!, text.starts[next.first]!) ? NEW_GROUP : APART;
};

/** The digit groups of items[from, to), a run `follows` joined. */
const groupsOf = (original: string, text: NormalisedText, items: readonly DigitItem[], from: number, to: number): string[] => {
  const groups: string[] = [String(items[from]!.digit)];
  for (let k = from + 1; k < to; k++) {
    const how = follows(original, text, items[k - 1]!, items[k]!);
    if (how === SAME_GROUP) groups[groups.length - 1] += String(items[k]!.digit);
    else if (how === NEW_GROUP) groups.push(String(items[k]!.digit));
  }
  return groups;
};

const isGroupGap = (original: string, from: number, to: number): boolean => {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (!GROUP_SEPARATORS.has(original[i]!)) return false;
  return true;
};

const month = (value: string): boolean => Number(value) >= 1 && Number(value) <= 12;
const day = (value: string): boolean => Number(value) >= 1 && Number(value) <= 31;
const year = (value: string): boolean => /^(19|20)\d\d$/.test(value);

/** yyyymmdd, dd/mm/yyyy and the like: long digit runs that are dates, not numbers to call. */
const looksLikeDate = (groups: readonly string[]): boolean => {
  const joined = groups.join('');
  if (groups.length === 1 && joined.length === 8) {
    return (year(joined.slice(0, 4)) && month(joined.slice(4, 6)) && day(joined.slice(6))) || (day(joined.slice(0, 2)) && month(joined.slice(2, 4)) && year(joined.slice(4)));
  }
  if (groups.length !== 3) return false;
  const [a, b, c] = groups as [string, string, string];
  return (year(a) && (month(b) || day(b)) && day(c)) || (day(a) && (month(b) || day(b)) && year(c));
};

const isPhone = (digits: string, groups: readonly string[], international: boolean, lang: Language | undefined): boolean => {
  if (international) return isValidPhoneNumber(`+${digits.startsWith('00') ? digits.slice(2) : digits}`);
  if (looksLikeDate(groups)) return false;
  // One unbroken block without a trunk 0 is a count, an order number or an amount until it is long enough to be a mobile.
  if (groups.length === 1 && !digits.startsWith('0') && digits.length < 10) return false;
  const countries = lang ? [...COUNTRIES_BY_LANGUAGE[lang], ...FALLBACK_COUNTRIES] : FALLBACK_COUNTRIES;
  return countries.some((country) => fitsNationalShape(digits, country) && isValidPhoneNumber(digits, country));
};

/** Units between a number and a `measure` word after it that still count it: one space or none. */
const MEASURE_REACH = 2;

/** Whether what follows the number says what it counts ("8 916 450 очков", "1 250 000 followers"): a score, not a phone. */
const countsSomething = (hits: readonly TermHit[], lastUnit: number): boolean =>
  hits.some((hit) => hit.tag === 'measure' && hit.first > lastUnit && hit.first <= lastUnit + MEASURE_REACH);

/**
 * Phone numbers in international and local formats, with digits typed, full-width, as emoji keycaps
 * or spelled out in words. Years, prices, dates, times and scores are not phones.
 */
export const findPhones = (original: string, text: NormalisedText, hits: readonly TermHit[], lang: Language | undefined): Evidence[] => {
  let digitCount = text.digits;
  for (const hit of hits) if (hit.tag === 'digit') digitCount++;
  if (digitCount < MIN_DIGITS) return [];
  const items = digitItems(text, hits);
  const found: Evidence[] = [];
  let runStart = 0;
  while (runStart < items.length) {
    // Count the run's digits first: most runs (years, prices) are too short to spell out.
    let runEnd = runStart + 1;
    let digitsInRun = 1;
    for (; runEnd < items.length; runEnd++) {
      const how = follows(original, text, items[runEnd - 1]!, items[runEnd]!);
      if (how === APART) break;
      if (how !== OVERLAPS) digitsInRun++;
    }
    if (digitsInRun >= MIN_DIGITS && digitsInRun <= MAX_DIGITS + 2) {
      const groups = groupsOf(original, text, items, runStart, runEnd);
      const digits = groups.join('');
      const start = text.starts[items[runStart]!.first]!;
      const end = text.ends[items[runEnd - 1]!.last]!;
      const before = original.slice(Math.max(0, start - 2), start).trimEnd();
      const international = before.endsWith('+') || before.endsWith('＋') || digits.startsWith('00');
      if (!CURRENCY_BEFORE.test(before) && !countsSomething(hits, items[runEnd - 1]!.last) && isPhone(digits, groups, international, lang)) {
        const opener = before.endsWith('+') || before.endsWith('＋') || before.endsWith('(');
        const from = opener ? original.lastIndexOf(before.at(-1)!, start) : start;
        found.push({ start: from, end, match: original.slice(from, end) });
      }
    }
    runStart = runEnd;
  }
  return found;
};
