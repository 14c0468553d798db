import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { POST_LENGTH, SHORT_LINE, type BenchCorpus } from './corpus';
import { BENCH_CORPUS_OPTIONS, loadBenchCorpus } from './corpus-sources';
import type { TimingBudget } from './measure';
import type { BenchSection } from './section';
import { BENCH_CLASSIFIERS, type TextJob, type TextJobReply, type TextJobResult } from './text-job';
import { medianOfRuns, targetNotes, textBenchTable } from './text-report';

const WORKER = resolve(import.meta.dirname, 'text-worker.ts');
/**
 * Rounds x classifiers x two corpora x this budget keep the whole section around three minutes. The warm-up is
 * long because the engine's steady state takes that long to reach: V8 optimises its many hot functions
 * and grows the young generation over the first seconds. Measured straight after a 300 ms warm-up it ran
 * chat lines at ~50k/s, and at ~75k/s from the second second on; the wordlist peers settle within 300 ms.
 */
const BUDGET: TimingBudget = { warmupMs: 2000, throughputMs: 1000, latencyMs: 1000 };
/**
 * Every classifier runs once per round, the rounds one after another, and the table shows each one's
 * median: load from outside this process (this VM's neighbours) comes in bursts of seconds, which slow
 * one classifier's run, skewing its ratio to the others, but rarely the same one in most rounds.
 */
const ROUNDS = 3;

/** Runs one job in a fresh child process, so peak memory belongs to that classifier alone. */
const runInChild = (job: TextJob): Promise<TextJobResult> =>
  new Promise((resolvePromise, reject) => {
    // The parent's execArgv carries tsx's loader, so the child can run TypeScript too.
    const child = fork(WORKER, [], { execArgv: [...process.execArgv, '--expose-gc'], serialization: 'advanced' });
    child.once('message', (reply: TextJobReply) => (reply.ok ? resolvePromise(reply.result) : reject(new Error(`${job.classifier}: ${reply.error}`))));
    child.once('error', reject);
    // After a reply this rejection is a no-op; before one, the child died or never answered.
    child.once('exit', (code) => reject(new Error(`${job.classifier}: bench child exited with code ${code} before replying`)));
    child.send(job);
  });

const averageLength = (texts: readonly { text: string }[]): number =>
  Math.round(texts.reduce((sum, { text }) => sum + [...text].length, 0) / Math.max(1, texts.length));

const corpusNote = (corpus: BenchCorpus): string => {
  const languages = new Set(corpus.short.map(({ lang }) => lang)).size;
  const missing = corpus.missingLanguages.length ? ` No text yet for: ${corpus.missingLanguages.join(', ')}.` : '';
  return (
    `Corpus (seed ${BENCH_CORPUS_OPTIONS.seed}): ${corpus.short.length.toLocaleString('en-US')} chat lines of ${SHORT_LINE.min}-${SHORT_LINE.max} characters ` +
    `(mean ${averageLength(corpus.short)}) and ${corpus.posts.length} posts of ${POST_LENGTH.toLocaleString('en-US')} characters in ${languages} languages, ` +
    `from test/fixtures/text and ../shared/data.${missing}`
  );
};

const setupNote = (): string =>
  `Each classifier in its own child process, ${ROUNDS} rounds (the table shows each figure's median), ${BUDGET.warmupMs} ms warm-up, then ${BUDGET.throughputMs} ms back-to-back for msg/s and ` +
  `${BUDGET.latencyMs} ms timed per message for p50/p99; heap = retained after GC, peak RSS includes the harness (see the no-op row). ` +
  `Lines are checked as chat, posts as Moments. Node ${process.version} on ${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}.`;

/** Text checks: the engine against the wordlist peers on the same multilingual corpus. */
export const textChecksSection: BenchSection = {
  title: 'Text checks: engine vs wordlist peers',
  run: async (log) => {
    const corpus = await loadBenchCorpus();
    const runs = BENCH_CLASSIFIERS.map((): TextJobResult[] => []);
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const [index, entry] of BENCH_CLASSIFIERS.entries()) {
        log(`bench: text checks · round ${round} of ${ROUNDS} · ${entry.name}`);
        runs[index]!.push(await runInChild({ classifier: entry.name, corpus, budget: BUDGET }));
      }
    }
    const results = runs.map(medianOfRuns);
    const engine = results.find((result) => result.classifier === 'engine');
    const obscenity = results.find((result) => result.classifier === 'obscenity');
    return {
      table: textBenchTable(results),
      notes: [...(engine && obscenity ? targetNotes(engine, obscenity) : []), corpusNote(corpus), setupNote()],
    };
  },
};
