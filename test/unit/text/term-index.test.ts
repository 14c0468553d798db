import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms } from '../../../functions/text/match/term-index';
import { normalise } from '../../../functions/text/normalise/normalise';

const termsIn = (entries: Parameters<typeof compileTerms>[0], text: string): string[] =>
  findTerms(compileTerms(entries), normalise(text)).map((hit) => hit.term.term);

describe('term index', () => {
  it('drops a hit inside one of its exceptions and keeps it elsewhere', () => {
    // GIVEN
    const entries = [{ term: '시발', tag: 'curse' as const, unless: ['시발점', '시발역'] }];
    // WHEN / THEN
    expect(termsIn(entries, '이 일의 시발점은 작년이야')).toEqual([]);
    expect(termsIn(entries, '시발역에서 만나')).toEqual([]);
    expect(termsIn(entries, '아 시발 진짜')).toEqual(['시발']);
    expect(termsIn(entries, '시발점 말고 시발')).toEqual(['시발']);
  });

  it('keeps the exceptions of a term that another list writes again without them', () => {
    // GIVEN: the same curse twice, once with its exception (a Korean list) and once plain (a list of romanised twins, say)
    const entries = [
      { term: '시발', tag: 'curse' as const, unless: ['시발점'] },
      { term: '시발', tag: 'curse' as const },
    ];
    // WHEN / THEN: the plain twin does not bring the excused word back, and the term is reported once
    expect(termsIn(entries, '이 일의 시발점은 작년이야')).toEqual([]);
    expect(termsIn(entries, '아 시발 진짜')).toEqual(['시발']);
    expect(termsIn([...entries].reverse(), '이 일의 시발점은 작년이야')).toEqual([]);
  });

  it('reads an Arabic word with its clitics: conjunctions and the article before it, pronouns after it', () => {
    // GIVEN: the bare words, as a lexicon writes them
    const index = compileTerms([
      { term: 'قتل', tag: 'violence' },
      { term: 'حمار', tag: 'insult' },
      { term: 'عرب', tag: 'group' },
      { term: 'كس', tag: 'curse' },
    ]);
    const hitsIn = (text: string): string[] => {
      const normalised = normalise(text);
      return findTerms(index, normalised).map((hit) => text.slice(normalised.starts[hit.first], normalised.ends[hit.last]));
    };
    // WHEN / THEN: the evidence is the whole word, clitics included; a violent verb's "you" suffix is the reader
    expect(hitsIn('وقتلك والله')).toEqual(['وقتلك', 'ك']);
    expect(hitsIn('يا ابن الحمار')).toEqual(['الحمار']);
    expect(hitsIn('بالحمار ده')).toEqual(['بالحمار']);
    expect(hitsIn('العرب والعرب للعرب')).toEqual(['العرب', 'والعرب', 'للعرب']);
  });

  it('leaves an Arabic word that only contains a term alone: other letters are no clitics, a group takes no pronoun, a feminine ending is no "him", and a two-letter term takes nothing', () => {
    // GIVEN
    const entries = [
      { term: 'قتل', tag: 'violence' as const },
      { term: 'عرب', tag: 'group' as const },
      { term: 'حماس', tag: 'sensitive' as const },
      { term: 'كس', tag: 'curse' as const },
    ];
    // WHEN / THEN: مقتل "a killing (noun)", قتلى "the dead", عربة "cart", عربي "Arabic", بحماسة "with enthusiasm", وكسر "and broke"
    expect(termsIn(entries, 'مقتل قتلى عربة عربي بحماسة وكسر بكسه')).toEqual([]);
  });

  it('reports where an exception excused a term, so other readers of the text can leave it alone', () => {
    // GIVEN: the index first, since compiling normalises the terms in the buffers the text's normalisation lends
    const index = compileTerms([{ term: '시발', tag: 'curse', unless: ['시발점'] }]);
    const text = '이 일의 시발점은 작년이야';
    const normalised = normalise(text);
    const excused: { first: number; last: number }[] = [];
    // WHEN
    const hits = findTerms(index, normalised, excused);
    // THEN
    expect(hits).toEqual([]);
    expect(excused.map(({ first, last }) => text.slice(normalised.starts[first], normalised.ends[last]))).toEqual(['시발점']);
  });

  it('cancels only the term that owns the exception, not another tag on the same text', () => {
    // GIVEN
    const entries = [
      { term: '我想死', tag: 'self-harm' as const, unless: ['我想死你了'] },
      { term: '想死', tag: 'meta' as const },
    ];
    // WHEN / THEN
    expect(termsIn(entries, '我想死你了')).toEqual(['想死']);
    expect(termsIn(entries, '我想死')).toEqual(['我想死', '想死']);
  });

  it('reads Latin exceptions as whole words, wildcards included', () => {
    // GIVEN
    const entries = [{ term: 'kill', tag: 'violence' as const, unless: ['kill time', 'kill*ing it'] }];
    // WHEN / THEN
    expect(termsIn(entries, "let's kill time")).toEqual([]);
    expect(termsIn(entries, 'I will kill you')).toEqual(['kill']);
  });

  it('needs doubled letters to agree and lets stretched ones stand for one or two', () => {
    // GIVEN
    const entries = [{ term: 'god', tag: 'meta' as const }, { term: 'fuck*', tag: 'curse' as const }];
    // WHEN / THEN
    expect(termsIn(entries, 'good')).toEqual([]);
    expect(termsIn(entries, 'gooood')).toEqual(['god']);
    expect(termsIn(entries, 'fuuuuckkking')).toEqual(['fuck*']);
  });

  it('reads a doubled emoji as the emoji of a term, but not a doubled syllable', () => {
    // GIVEN
    const entries = [{ term: '😂', tag: 'jest' as const }, { term: '딸딸이', tag: 'sexual' as const }];
    // WHEN / THEN: "😂😂" laughs like "😂"; 딸이 is no 딸딸이
    expect(termsIn(entries, 'I will kill you 😂😂')).toEqual(['😂']);
    expect(termsIn(entries, '내딸이다 할때 눈물이')).toEqual([]);
    expect(termsIn(entries, '딸딸이')).toEqual(['딸딸이']);
  });
});
