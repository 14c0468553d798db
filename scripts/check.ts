/**
 * `npm run check -- FILE.jsonl` (or lines on stdin): runs the text engine in process over lines
 * `{id, text, surface?, lang?}` and writes one decision per line to stdout, shaped like the API's
 * answer plus `id`. Progress and a summary go to stderr; a bad line is reported with its number and
 * skipped, never ending the batch. `surface` defaults to `moment`, the strictest.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { LANGUAGES, SURFACES, type Verdict } from '../functions/policy/rules';
import { checkText } from '../functions/text/engine';
import { progressLine } from './lib/progress-line';

const MAX_TEXT = 10_000;
const PROGRESS_EVERY = 1_000;

const CheckLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().max(MAX_TEXT),
  surface: z.enum(SURFACES).default('moment'),
  lang: z.enum(LANGUAGES).optional(),
});

const parseLine = (raw: string): z.infer<typeof CheckLine> | string => {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  const parsed = CheckLine.safeParse(value);
  return parsed.success ? parsed.data : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
};

const file = process.argv.slice(2).find((arg) => arg !== '--');
const input = file ? createReadStream(file, 'utf8') : process.stdin;
const status = progressLine();
const counts: Record<Verdict, number> = { allow: 0, review: 0, block: 0 };
let lineNumber = 0;
let skipped = 0;
const startedAt = performance.now();

for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
  lineNumber++;
  if (raw.trim() === '') continue;
  const line = parseLine(raw);
  if (typeof line === 'string') {
    skipped++;
    status.done(`check: line ${lineNumber} skipped: ${line}`);
    continue;
  }
  const verdict = checkText({ text: line.text, surface: line.surface, lang: line.lang });
  counts[verdict.decision]++;
  process.stdout.write(`${JSON.stringify({ id: line.id, ...verdict })}\n`);
  if (lineNumber % PROGRESS_EVERY === 0) status.update(`check: ${lineNumber.toLocaleString('en-US')} lines`);
}

const checked = counts.allow + counts.review + counts.block;
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
status.done(`check: ${checked} checked (${counts.block} block, ${counts.review} review, ${counts.allow} allow), ${skipped} skipped, ${seconds} s`);
