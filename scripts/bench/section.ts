import type { Table } from '../lib/text-table';

/** What one bench section hands back: its table and a few lines of context and verdicts. */
export interface SectionReport {
  readonly table: Table;
  readonly notes: readonly string[];
}

/** One part of `npm run bench` (text checks today; strikes, images, reports later): one module each. */
export interface BenchSection {
  readonly title: string;
  run(log: (message: string) => void): Promise<SectionReport>;
}
