import { describe, expect, it } from 'vitest';
import { buildAutomaton, scanAutomaton } from '../../../functions/text/match/aho-corasick';

const WORD_START = 0x110000;
const SPACE = 32;
const LETTER_KIND = 1;
const WORD_KINDS = Uint8Array.from([0, 1]);

/** A small deterministic generator, so a failure can be replayed. */
const randomFrom = (seed: number) => () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

/** Every (pattern, unit) occurrence found by comparing each pattern at each place of the stream the automaton reads. */
const naiveMatches = (patterns: readonly number[][], codes: readonly number[]): string[] => {
  const stream: { code: number; unit: number }[] = [];
  codes.forEach((code, unit) => {
    if (code !== SPACE && (unit === 0 || codes[unit - 1] === SPACE)) stream.push({ code: WORD_START, unit: -1 });
    stream.push({ code, unit });
  });
  const found: string[] = [];
  stream.forEach(({ unit }, end) => {
    if (unit < 0) return;
    patterns.forEach((pattern, id) => {
      const start = end - pattern.length + 1;
      if (start >= 0 && pattern.every((code, k) => stream[start + k]!.code === code)) found.push(`${id}@${unit}`);
    });
  });
  return found.sort();
};

describe('Aho-Corasick automaton', () => {
  it('finds exactly the occurrences a naive search finds, with letters close together and far apart', () => {
    // GIVEN: Latin letters (nodes whose edges lie close: bands) and Han characters spread over the block (sorted pairs)
    const next = randomFrom(20261125);
    const alphabet = [...'abcdefghijklmnopqrstuvwxyz'].map((letter) => letter.codePointAt(0)!).concat(Array.from({ length: 12 }, (_, k) => 0x4e00 + 1500 * k));
    const pick = (): number => alphabet[Math.floor(next() * 6) + (next() < 0.5 ? 0 : Math.floor(next() * (alphabet.length - 6)))]!;
    const patterns: number[][] = [];
    for (let p = 0; p < 400; p++) {
      const pattern = Array.from({ length: 1 + Math.floor(next() * 5) }, pick);
      // Some terms must begin a word, some span two words.
      if (next() < 0.4) pattern.unshift(WORD_START);
      if (next() < 0.1) pattern.splice(Math.max(1, pattern.length - 1), 0, SPACE, WORD_START);
      patterns.push(pattern);
    }
    const codes = Array.from({ length: 5000 }, () => (next() < 0.15 ? SPACE : next() < 0.02 ? 0x263a : pick()));
    const automaton = buildAutomaton(patterns, WORD_START);
    // WHEN
    const found: string[] = [];
    const kinds = codes.map((code) => (code === SPACE ? 0 : LETTER_KIND));
    scanAutomaton(automaton, codes, kinds, codes.length, WORD_KINDS, (id, unit) => found.push(`${id}@${unit}`));
    // THEN
    expect(found.length).toBeGreaterThan(500);
    expect(found.sort()).toEqual(naiveMatches(patterns, codes));
  });
});
