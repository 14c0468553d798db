import * as charInfo from '../normalise/char-info';
import type { NormalisedText } from '../normalise/normalise';
import type { Evidence } from '../types';

// Bound once: module interop turns each access to an imported binding into a getter call.
const DIGIT = charInfo.Kind.digit;
const SEPARATOR = charInfo.Kind.separator;

const LENGTH = 5;
/** Premium-rate short codes start high (6xxxx-8xxxx); round amounts ("50000") are prices, not codes. */
const isShortCode = (digits: string): boolean => digits >= '60000' && digits < '90000' && !digits.endsWith('000');

/** Standalone 5-digit numbers shaped like the short codes SMS spam asks people to text. */
export const findShortCodes = (original: string, text: NormalisedText): Evidence[] => {
  const found: Evidence[] = [];
  if (text.digits < LENGTH) return found;
  // indexOf jumps from digit to digit; on the units in use only, since the buffers run past `length`.
  const kinds = text.kinds.subarray(0, text.length);
  for (let i = kinds.indexOf(DIGIT); i >= 0; i = kinds.indexOf(DIGIT, i)) {
    let end = i + 1;
    while (end < text.length && kinds[end] === DIGIT && text.starts[end] === text.ends[end - 1]) end++;
    const standalone = (i === 0 || kinds[i - 1] === SEPARATOR) && (end === text.length || kinds[end] === SEPARATOR);
    if (standalone && end - i === LENGTH && isShortCode(String.fromCharCode(...text.codes.subarray(i, end)))) {
      const start = text.starts[i]!;
      const stop = text.ends[end - 1]!;
      found.push({ start, end: stop, match: original.slice(start, stop) });
    }
    i = end;
  }
  return found;
};
