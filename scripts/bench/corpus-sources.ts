import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGUAGES } from '../../functions/policy/rules';
import { listLabelledSets, loadLabelledSet } from '../lib/labelled-data';
import { isLanguage } from '../lib/languages';
import { buildBenchCorpus, type BenchCorpus, type SourceText } from './corpus';

const FIXTURES_DIR = resolve(import.meta.dirname, '../../test/fixtures/text');

const linesOf = (file: string): string[] => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '') : []);

// Only the text matters here; a case line another engineer is halfway through writing is skipped, not fatal.
const caseText = (line: string): string | undefined => {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && 'text' in parsed && typeof parsed.text === 'string' ? parsed.text : undefined;
  } catch {
    return undefined;
  }
};

/** Every text the bench corpus may use: ordinary and case fixtures in all languages, and the labelled sets. */
export const loadCorpusSources = async (): Promise<SourceText[]> => {
  const fromFixtures = LANGUAGES.flatMap((lang) => [
    ...linesOf(resolve(FIXTURES_DIR, 'ordinary', `${lang}.txt`)).map((text) => ({ lang, text })),
    ...linesOf(resolve(FIXTURES_DIR, 'cases', `${lang}.jsonl`)).flatMap((line) => {
      const text = caseText(line);
      return text === undefined ? [] : [{ lang, text }];
    }),
  ]);
  const sets = await Promise.all(listLabelledSets().map((name) => loadLabelledSet(name)));
  const fromData = sets.flatMap((set) => set.rows.flatMap((row) => (isLanguage(row.lang) ? [{ lang: row.lang, text: row.text }] : [])));
  return [...fromFixtures, ...fromData];
};

/** The one corpus every text section of `npm run bench` measures on, so their figures compare. */
export const BENCH_CORPUS_OPTIONS = { seed: 20261125, shortPerLanguage: 200, postsPerLanguage: 20 } as const;

let benchCorpus: Promise<BenchCorpus> | undefined;

/** The bench corpus, read and cut once per process however many sections use it. */
export const loadBenchCorpus = (): Promise<BenchCorpus> => (benchCorpus ??= loadCorpusSources().then((sources) => buildBenchCorpus(sources, BENCH_CORPUS_OPTIONS)));
