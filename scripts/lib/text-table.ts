export type Alignment = 'left' | 'right';

/** A table rendered two ways: aligned plain text for the terminal, Markdown for the README. */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per column; columns without an entry are left-aligned. */
  readonly align?: readonly Alignment[];
}

const pad = (cell: string, width: number, alignment: Alignment): string => {
  const fill = ' '.repeat(Math.max(0, width - cell.length));
  return alignment === 'right' ? fill + cell : cell + fill;
};

const alignmentOf = (table: Table, column: number): Alignment => table.align?.[column] ?? 'left';

const columnWidths = (table: Table): number[] =>
  table.headers.map((header, column) => Math.max(header.length, ...table.rows.map((row) => (row[column] ?? '').length)));

/** Plain text with every column padded to its widest cell and a dashed rule under the header. */
export const renderAligned = (table: Table): string => {
  const widths = columnWidths(table);
  const line = (cells: readonly string[]): string =>
    widths.map((width, column) => pad(cells[column] ?? '', width, alignmentOf(table, column))).join('  ').trimEnd();
  return [line(table.headers), widths.map((width) => '-'.repeat(width)).join('  '), ...table.rows.map(line)].join('\n');
};

const escapeMarkdown = (cell: string): string => cell.replaceAll('|', '\\|');

/** A GitHub-flavoured Markdown table, padded so it also reads well as source. */
export const renderMarkdown = (table: Table): string => {
  const widths = columnWidths(table).map((width) => Math.max(width, 3));
  const line = (cells: readonly string[]): string =>
    `| ${widths.map((width, column) => pad(escapeMarkdown(cells[column] ?? ''), width, alignmentOf(table, column))).join(' | ')} |`;
  const rule = widths.map((width, column) => (alignmentOf(table, column) === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)));
  return [line(table.headers), `| ${rule.join(' | ')} |`, ...table.rows.map(line)].join('\n');
};
