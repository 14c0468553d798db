import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../functions/text/lexicons';
import { normalise } from '../../../functions/text/normalise/normalise';

/** Every term as written, wildcards at its ends left out. */
const writtenTerms = (): { where: string; term: string }[] =>
  LEXICONS.flatMap((lexicon) =>
    Object.entries(lexicon.terms).flatMap(([tag, terms]) =>
      (terms ?? []).map((entry) => ({ where: `${lexicon.lang}.${tag}`, term: (typeof entry === 'string' ? entry : entry.term).replace(/^\*|\*$/g, '') })),
    ),
  );

describe('lexicon terms', () => {
  it('begin with a character the normaliser keeps: one it drops leaves a shorter, broader term ("@ss" read as "ss" matches "SS")', () => {
    // GIVEN every term of every language; WHEN each is normalised as a text would be
    const losing = writtenTerms().filter(({ term }) => {
      const normalised = normalise([...term].join(''));
      return normalised.length === 0 || normalised.starts[0] !== 0;
    });
    // THEN none has lost its first character
    expect(losing.map(({ where, term }) => `${where}: ${term}`)).toEqual([]);
  });

  it('end with a character the normaliser keeps: "投資しない？" ("shall we invest?") read as "投資しない" is "I don\'t invest"', () => {
    // GIVEN every term but the elided French forms ("t'" in "je t'aime", a word of its own once normalised)
    // and a percentage, whose sign the digits before it stand for
    const losing = writtenTerms().filter(({ term }) => {
      if (/['’]$|\d%$/u.test(term)) return false;
      const normalised = normalise(term);
      return normalised.length === 0 || normalised.ends[normalised.length - 1] !== term.length;
    });
    // THEN none has lost its last character
    expect(losing.map(({ where, term }) => `${where}: ${term}`)).toEqual([]);
  });

  it('hold no percent sign, which the normaliser drops ("% ao dia" would match "duas vezes ao dia")', () => {
    expect(writtenTerms().filter(({ term }) => term.includes('%') && !/\d%/u.test(term)).map(({ where, term }) => `${where}: ${term}`)).toEqual([]);
  });
});
