import type { TermWithExceptions } from './types';

/** Every head joined to every tail: pairs(['los'], ['gitanos', 'moros']) -> 'los gitanos', 'los moros'; pairs(stems, endings, '') for word forms. */
export const pairs = (heads: readonly string[], tails: readonly string[], joiner = ' '): string[] =>
  heads.flatMap((head) => tails.map((tail) => `${head}${joiner}${tail}`));

/** A term that does not count right after one of `phrases` ("Rassismus gegen Ausländer", "ненависть к мигрантам"). */
export const unlessAfter =
  (phrases: readonly string[]) =>
  (term: string): TermWithExceptions => ({ term, unless: phrases.map((phrase) => `${phrase} ${term}`) });
