/**
 * `npm run bench`: throughput, latency and memory, one section per subsystem, each printing its own table
 * and writing it into the README between the bench markers (`--no-readme` to print only).
 */
import { progressLine } from './lib/progress-line';
import { README_PATH, writeMarkedBlock } from './lib/readme-block';
import { renderAligned, renderMarkdown } from './lib/text-table';
import type { BenchSection } from './bench/section';
import { imagesSection } from './bench/images';
import { reportsSection } from './bench/reports';
import { strikesSection } from './bench/strikes';
import { textChecksSection } from './bench/text-checks';
import { textStagesSection } from './bench/text-stages';

/** In README order; a new bench is one more module here. */
const SECTIONS: readonly BenchSection[] = [textChecksSection, textStagesSection, imagesSection, strikesSection, reportsSection];

const status = progressLine();
const markdown: string[] = [];
for (const section of SECTIONS) {
  const startedAt = performance.now();
  const { table, notes } = await section.run((message) => status.update(message));
  status.done(`bench: ${section.title} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
  console.log([`${section.title}\n`, renderAligned(table), '', ...notes].join('\n'));
  markdown.push([`### ${section.title}`, renderMarkdown(table), ...notes].join('\n\n'));
}

if (!process.argv.includes('--no-readme')) {
  writeMarkedBlock(README_PATH, 'bench', markdown.join('\n\n'));
  status.done(`bench: tables written to ${README_PATH}`);
}
