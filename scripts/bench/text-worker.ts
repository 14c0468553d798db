/**
 * Child process of the text bench: measures ONE classifier so its memory is its own. Started with
 * --expose-gc by ./text-checks; receives a TextJob over IPC and answers with one TextJobReply.
 */
import type { Surface } from '../../functions/policy/rules';
import type { SourceText } from './corpus';
import { measure } from './measure';
import { BENCH_CLASSIFIERS, type TextJob, type TextJobReply, type TextJobResult } from './text-job';

const collectGarbage = (): void => {
  if (!globalThis.gc) throw new Error('text-worker needs node --expose-gc');
  globalThis.gc();
};

const runJob = async ({ classifier: name, corpus, budget }: TextJob): Promise<TextJobResult> => {
  const entry = BENCH_CLASSIFIERS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`unknown classifier ${name}`);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const classifier = await entry.create();
  // Building may leave garbage behind (under tsx the engine compiles its lexicons here, hundreds of MB that a
  // Lambda, reading its compiled index, never makes): collected now, it is not timed as checking.
  collectGarbage();
  // Chat lines are checked as 1:1 chat, posts as Moments: the surfaces they would arrive on.
  const timeOn = (samples: readonly SourceText[], surface: Surface) =>
    measure(samples, budget, ({ text, lang }) => classifier.classify({ text, lang, surface }));
  const short = timeOn(corpus.short, 'chat');
  const posts = timeOn(corpus.posts, 'moment');
  collectGarbage();
  return {
    classifier: name,
    short,
    posts,
    retainedHeapBytes: process.memoryUsage().heapUsed - heapBefore,
    // maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
};

const reply = (message: TextJobReply): void => {
  process.send?.(message, () => process.exit(0));
};

process.once('message', (job: TextJob) => {
  runJob(job).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
