import type { TermWithExceptions } from './types';

/** Every head joined to every tail: pairs(['los'], ['gitanos', 'moros']) -> 'los gitanos', 'los moros'; pairs(stems, endings, '') for word forms. */
export const pairs = (heads: readonly string[], tails: readonly string[], joiner = ' '): string[] =>
  heads.flatMap((head) => tails.map((tail) => `${head}${joiner}${tail}`));

/**
 * The same term as typed without accents, tildes or diaeresis (judios, defoncer, nicaraguenses): the
 * normaliser keeps accents, and people drop them.
 */
export const plain = (term: string): string => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
/** Every term both as written and as typed without accents. */
export const withPlain = (terms: readonly string[]): string[] => [...new Set(terms.flatMap((term) => [term, plain(term)]))];

/**
 * A term that does not count right after one of `phrases` ("Rassismus gegen Ausländer", "ненависть к мигрантам");
 * `joiner` '' for scripts written without spaces ("恥ずかしくて消えたい").
 */
export const unlessAfter =
  (phrases: readonly string[], joiner = ' ') =>
  (term: string): TermWithExceptions => ({ term, unless: pairs(phrases, [term], joiner) });

/** A term that does not count right after one of `heads` nor right before one of `tails` ("galti se haath kaata", "haath kaata sabzi kaatte hue"). */
export const unlessAround =
  (heads: readonly string[], tails: readonly string[], joiner = ' ') =>
  (term: string): TermWithExceptions => ({ term, unless: [...pairs(heads, [term], joiner), ...pairs([term], tails, joiner)] });

/** A term that does not count right before one of `tails` ("te mato jaja", "numero di scarpe", "режусь в доту", "振り込んでもらった"). */
export const unlessBefore =
  (tails: readonly string[], joiner = ' ') =>
  (term: string): TermWithExceptions => ({ term, unless: pairs([term], tails, joiner) });
