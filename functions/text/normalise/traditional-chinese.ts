import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/**
 * Traditional -> Simplified Chinese, character by character, from OpenCC's table (`繁 简|體 体|...`,
 * alternatives after the first ignored). Folding both the terms and the text this way lets one
 * simplified term match what a Taiwanese or Hong Kong user types. Phrase-level conversion is not
 * needed: matching only asks whether two spellings are the same word.
 */
const parse = (table: string): Map<number, number> => {
  const map = new Map<number, number>();
  for (const pair of table.split('|')) {
    const [traditional, simplified] = pair.split(' ');
    if (!traditional || !simplified) continue;
    const from = traditional.codePointAt(0)!;
    const to = simplified.codePointAt(0)!;
    // Only one character to one character: anything else would move evidence offsets.
    if (String.fromCodePoint(from) === traditional && String.fromCodePoint(to) === simplified && from !== to) map.set(from, to);
  }
  return map;
};

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = parse(TS_CHARACTERS);
