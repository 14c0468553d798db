import type { Evidence } from '../types';

const isAsciiAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isEmailLocalPartChar = (code: number): boolean => isAsciiAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
const isDomainChar = (code: number): boolean => isAsciiAlnum(code) || code === 46 || code === 45;
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Index of the next `@` or full-width `＠` from `from`, or -1. */
const nextAt = (text: string, from: number): number => {
  const ascii = text.indexOf('@', from);
  const wide = text.indexOf('＠', from);
  return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
};

/** E-mail addresses, found by expanding around each `@` (linear, no regex backtracking). */
export const findEmails = (original: string): Evidence[] => {
  const found: Evidence[] = [];
  for (let at = nextAt(original, 0); at >= 0; at = nextAt(original, at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isEmailLocalPartChar(original.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < original.length && end - at <= MAX_DOMAIN && isDomainChar(original.charCodeAt(end))) end++;
    while (end > at + 1 && (original[end - 1] === '.' || original[end - 1] === '-')) end--;
    const domain = original.slice(at + 1, end);
    const lastDot = domain.lastIndexOf('.');
    const tld = domain.slice(lastDot + 1);
    if (start < at && lastDot > 0 && tld.length >= 2 && [...tld].every((ch) => isLetter(ch.charCodeAt(0)))) {
      found.push({ start, end, match: original.slice(start, end) });
    }
  }
  return found;
};

const isHandleChar = (code: number): boolean => isAsciiAlnum(code) || code === 95 || code === 46 || code === 45;
/** Full-width ASCII ("ｙｕｋｉ０１", "：", "＠", typed on a CJK keyboard) as the ASCII it stands for. */
const halfWidth = (code: number): number => (code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code);
const halfWidthText = (text: string): string => text.replace(/[\uff01-\uff5e]/g, (character) => String.fromCharCode(halfWidth(character.charCodeAt(0))));
const AT = 0x40;

/**
 * An id typed after an app name ("wechat: abc_123", "line id is mika88", "vx号 lucy_520", "ig @mika.k"):
 * ASCII, 4-32 characters, with a digit or `_`, or right after `:` / `@`, or a QQ-style number.
 * Returns the id's span, or undefined when nothing id-like follows within `lookahead` characters.
 */
export const findHandleAfter = (original: string, from: number, lookahead: number): Evidence | undefined => {
  const limit = Math.min(original.length, from + lookahead);
  const codeAt = (k: number): number => halfWidth(original.charCodeAt(k));
  for (let i = from; i < limit; ) {
    if (!isAsciiAlnum(codeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < original.length && end - i < 40 && isHandleChar(codeAt(end))) end++;
    while (end > i && !isAsciiAlnum(codeAt(end - 1))) end--;
    const token = halfWidthText(original.slice(i, end));
    const introducer = halfWidthText(original.slice(Math.max(from, i - 2), i)).trim();
    const marked = introducer.endsWith(':') || introducer.endsWith('@');
    const hasDigit = /\d/.test(token);
    const allDigits = /^\d+$/.test(token);
    const shaped = hasDigit || token.includes('_') || marked;
    if (token.length >= 4 && token.length <= 32 && shaped && (!allDigits || token.length >= 5)) {
      const start = codeAt(i - 1) === AT ? i - 1 : i;
      return { start, end, match: original.slice(start, end) };
    }
    i = end + 1;
  }
  return undefined;
};
