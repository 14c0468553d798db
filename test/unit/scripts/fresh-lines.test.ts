import { describe, expect, it } from 'vitest';
import { freshLinesTable, loadFreshLines, type FreshLine } from '../../../scripts/lib/eval/fresh-lines';
import type { ReadyClassifier } from '../../../scripts/lib/eval/evaluate';

const line = (lang: FreshLine['lang'], text: string, rules: FreshLine['rules']): FreshLine => ({ lang, family: 'test', surface: 'chat', text, rules });

/** Flags every text containing "bad", naming the rule that follows it ("bad C1"), or none. */
const stub = (reportsRules: boolean): ReadyClassifier => ({
  entry: { name: reportsRules ? 'names rules' : 'flags only', reportsRules, create: async () => ({ classify: () => ({ flagged: false, rules: [] }) }) },
  classifier: {
    classify: ({ text }) => ({ flagged: text.includes('bad'), rules: text.includes('bad C1') ? ['C1'] : text.includes('bad M7') ? ['M7'] : [] }),
  },
});

describe('the fresh lines table', () => {
  it('counts a violation caught only when flagged under one of its rules (for a classifier that names rules), and ordinary lines allowed', () => {
    // Prepare
    const lines = [line('en', 'bad C1', ['C1']), line('en', 'bad M7', ['C1']), line('en', 'fine', ['M8']), line('en', 'hello', []), line('ko', 'bad', [])];

    // Act
    const table = freshLinesTable(lines, [stub(true), stub(false)]);

    // Assess: the wrong rule counts for a flag-only classifier; the flagged ordinary Korean line does not count as allowed.
    expect(table.rows).toEqual([
      ['en', '4', '1/3 · 1/1', '2/3 · 1/1'],
      ['ko', '1', '0/0 · 0/1', '0/0 · 0/1'],
      ['all', '5', '1/3 · 1/2', '2/3 · 1/2'],
    ]);
  });

  it('reads the committed file: every line in a known language, with known rule ids', async () => {
    const lines = await loadFreshLines();
    expect(lines.length).toBeGreaterThan(200);
    expect(new Set(lines.map(({ lang }) => lang)).size).toBe(12);
  });
});
