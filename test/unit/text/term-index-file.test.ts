import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms, type TermIndex } from '../../../functions/text/match/term-index';
import { decodeTermIndex, encodeTermIndex } from '../../../functions/text/match/term-index-file';
import { normalise } from '../../../functions/text/normalise/normalise';

/** Terms of every kind the index holds: exceptions, wildcards, masked-letter words, number words, clitics, astral characters. */
const ENTRIES = [
  { term: '시발', tag: 'curse' as const, unless: ['시발점'] },
  { term: 'fuck*', tag: 'curse' as const },
  { term: 'bitch', tag: 'insult' as const, lang: 'en' as const },
  { term: 'кинуть', tag: 'fraud' as const, lang: 'ru' as const },
  { term: 'قتل', tag: 'violence' as const },
  { term: 'add me', tag: 'request' as const },
  { term: 'wechat', tag: 'app' as const },
  { term: 'five', tag: 'digit' as const, value: 5 },
  { term: '🍆', tag: 'sexual' as const },
];

const TEXTS = ['시발점 말고 시발', 'f**king b*tch', 'fuuuuck you', 'وقتلك والله', 'add me on wechat five five', 'nice 🍆', 'nothing here'];

const hitsOf = (index: TermIndex, text: string): string[] => findTerms(index, normalise(text)).map((hit) => `${hit.tag}:${hit.term.term}:${hit.first}-${hit.last}:${hit.term.value ?? ''}`);

describe('the compiled term index as a file', () => {
  it('reads back an index that finds exactly what the compiled one finds', () => {
    // GIVEN
    const compiled = compileTerms(ENTRIES);
    // WHEN: read as the Lambda reads it, a Node Buffer from readFileSync, at an offset inside a larger buffer
    const encoded = encodeTermIndex(compiled, 'lexicons-v1');
    const pooled = Buffer.alloc(encoded.length + 3);
    pooled.set(encoded, 3);
    const read = decodeTermIndex(pooled.subarray(3), 'lexicons-v1');
    // ... and as a file read whole, whose arrays are views of its own aligned buffer
    const viewed = decodeTermIndex(new Uint8Array(encoded), 'lexicons-v1');
    // THEN
    expect(read).toBeDefined();
    expect(viewed).toBeDefined();
    // Every term with its text, tag, language, number value, length and script, as compiled.
    expect(read!.terms).toStrictEqual(compiled.terms);
    expect(viewed!.terms).toStrictEqual(compiled.terms);
    for (const text of TEXTS) {
      expect(hitsOf(read!, text), text).toEqual(hitsOf(compiled, text));
      expect(hitsOf(viewed!, text), text).toEqual(hitsOf(compiled, text));
    }
    expect(TEXTS.flatMap((text) => hitsOf(compiled, text)).length).toBeGreaterThan(8);
  });

  it('refuses a file written for other lexicons, bytes that are no index, or a truncated file, so the engine compiles afresh', () => {
    // GIVEN
    const bytes = encodeTermIndex(compileTerms(ENTRIES), 'lexicons-v1');
    // WHEN / THEN
    expect(decodeTermIndex(bytes, 'lexicons-v2')).toBeUndefined();
    expect(decodeTermIndex(new Uint8Array([1, 0]), 'lexicons-v1')).toBeUndefined();
    expect(decodeTermIndex(new Uint8Array([255, 255, 255, 0, 1, 2]), 'lexicons-v1')).toBeUndefined();
    expect(decodeTermIndex(new Uint8Array([2, 0, 0, 0, 0x7b, 0x7b]), 'lexicons-v1')).toBeUndefined();
    expect(decodeTermIndex(bytes.subarray(0, bytes.length - 8), 'lexicons-v1')).toBeUndefined();
  });
});
