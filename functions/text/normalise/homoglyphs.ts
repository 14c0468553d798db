/**
 * Cyrillic and Greek letters that look like Latin ones (after lower-casing). A word that mixes them
 * with Latin letters is an evasion ("sеx" with a Cyrillic е) or a typo; a word in one script alone is
 * left as it is, so real Russian and Greek text never changes.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic
  ['а', 'a'], ['в', 'b'], ['с', 'c'], ['е', 'e'], ['ё', 'e'], ['һ', 'h'], ['н', 'h'], ['і', 'i'], ['ї', 'i'], ['ј', 'j'], ['к', 'k'],
  ['м', 'm'], ['о', 'o'], ['р', 'p'], ['ԛ', 'q'], ['ѕ', 's'], ['т', 't'], ['у', 'y'], ['ү', 'y'], ['х', 'x'], ['ԝ', 'w'], ['ɡ', 'g'],
  ['ь', 'b'], ['п', 'n'], ['г', 'r'], ['ԁ', 'd'], ['ӏ', 'l'],
  // Greek
  ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['τ', 't'], ['υ', 'u'],
  ['χ', 'x'], ['γ', 'y'], ['ω', 'w'], ['μ', 'u'],
];

/**
 * Look-alikes no Russian word has (Macedonian ѕ, Serbian ј, Abkhaz һ, Kurdish ԛ ԝ, Komi ԁ, the palochka ӏ, the
 * IPA ɡ): typed among Cyrillic letters they still spell Latin ("ѕех", "whаt'ѕ"), so they are read as Latin
 * wherever they stand.
 */
export const LATIN_ONLY_LOOKALIKES: ReadonlyMap<number, number> = new Map([...'ѕјһԛԝӏԁɡ'].map((other) => [other.codePointAt(0)!, PAIRS.find(([from]) => from === other)![1].codePointAt(0)!]));

/** Cyrillic/Greek look-alike -> Latin letter. */
export const TO_LATIN = new Map<number, number>(PAIRS.map(([other, latin]) => [other.codePointAt(0)!, latin.codePointAt(0)!]));

/** Latin letter -> its usual Cyrillic look-alike, for Latin letters slipped into a Cyrillic word ("xуй"). */
export const TO_CYRILLIC = new Map<number, number>(
  [['a', 'а'], ['b', 'в'], ['c', 'с'], ['e', 'е'], ['h', 'н'], ['k', 'к'], ['m', 'м'], ['o', 'о'], ['p', 'р'], ['t', 'т'], ['x', 'х'], ['y', 'у'], ['i', 'і']].map(
    ([latin, cyrillic]) => [latin!.codePointAt(0)!, cyrillic!.codePointAt(0)!],
  ),
);

/** Digits that stand for Cyrillic letters in Russian leetspeak ("3аебал", "4ерт"). */
export const CYRILLIC_LEET = new Map<number, number>([['0', 'о'], ['3', 'з'], ['4', 'ч'], ['6', 'б']].map(([digit, letter]) => [digit!.codePointAt(0)!, letter!.codePointAt(0)!]));
