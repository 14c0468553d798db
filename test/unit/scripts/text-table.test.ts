import { describe, expect, it } from 'vitest';
import { renderAligned, renderMarkdown, type Table } from '../../../scripts/lib/text-table';

const table: Table = {
  headers: ['set', 'n', 'engine'],
  align: ['left', 'right'],
  rows: [
    ['davidson-en', '19,699', '0.91'],
    ['ko', '7', 'a|b'],
  ],
};

describe('renderAligned', () => {
  it('pads every column to its widest cell and right-aligns numbers', () => {
    const lines = renderAligned(table).split('\n');

    expect(lines).toEqual([
      'set               n  engine',
      '-----------  ------  ------',
      'davidson-en  19,699  0.91',
      'ko                7  a|b',
    ]);
  });
});

describe('renderMarkdown', () => {
  it('writes a header rule with right-alignment colons and escapes pipes in cells', () => {
    const lines = renderMarkdown(table).split('\n');

    expect(lines[0]).toBe('| set         |      n | engine |');
    expect(lines[1]).toBe('| ----------- | -----: | ------ |');
    expect(lines[3]).toBe('| ko          |      7 | a\\|b   |');
  });
});
