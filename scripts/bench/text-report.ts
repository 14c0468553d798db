import type { Table } from '../lib/text-table';
import type { Timing } from './measure';
import type { TextJobResult } from './text-job';

/** The targets: at least 2.5x obscenity's throughput, p99 under 1 ms on 1,000-character posts. */
export const TARGETS = { throughputRatio: 2.5, postP99Micros: 1000 } as const;

const rate = (value: number): string => Math.round(value).toLocaleString('en-US');
const micros = (value: number): string => (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US'));
// GC noise can leave the heap a little smaller than before a classifier was built: that reads as zero.
const megabytes = (bytes: number): string => (Math.max(0, bytes) / 1024 / 1024).toFixed(1);
const timingCells = (timing: Timing): string[] => [rate(timing.messagesPerSecond), micros(timing.p50Micros), micros(timing.p99Micros)];

/** One row per classifier: throughput and latency for chat lines and for posts, then memory. */
export const textBenchTable = (results: readonly TextJobResult[]): Table => ({
  headers: ['classifier', 'lines msg/s', 'lines p50 µs', 'lines p99 µs', 'posts msg/s', 'posts p50 µs', 'posts p99 µs', 'heap MB', 'peak RSS MB'],
  align: ['left', ...Array<'right'>(8).fill('right')],
  rows: results.map((result) => [
    result.classifier,
    ...timingCells(result.short),
    ...timingCells(result.posts),
    megabytes(result.retainedHeapBytes),
    megabytes(result.peakRssBytes),
  ]),
});

const median = (values: readonly number[]): number => {
  const ascending = [...values].sort((a, b) => a - b);
  const middle = ascending.length >> 1;
  return ascending.length % 2 === 1 ? ascending[middle]! : (ascending[middle - 1]! + ascending[middle]!) / 2;
};

const medianTiming = (timings: readonly Timing[]): Timing => ({
  messagesPerSecond: median(timings.map((timing) => timing.messagesPerSecond)),
  p50Micros: median(timings.map((timing) => timing.p50Micros)),
  p99Micros: median(timings.map((timing) => timing.p99Micros)),
});

/**
 * One classifier's runs, taken in rounds between the other classifiers', as one result: the median of
 * every timing (a burst of load from outside slows one run, not the median), the largest peak memory.
 */
export const medianOfRuns = (runs: readonly TextJobResult[]): TextJobResult => {
  if (runs.length === 0) throw new Error('no runs to take the median of');
  return {
    classifier: runs[0]!.classifier,
    short: medianTiming(runs.map((run) => run.short)),
    posts: medianTiming(runs.map((run) => run.posts)),
    retainedHeapBytes: median(runs.map((run) => run.retainedHeapBytes)),
    peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)),
  };
};

const verdict = (holds: boolean): string => (holds ? 'holds' : 'MISSED');

/** The engine-to-obscenity throughput ratios and whether each target holds. */
export const targetNotes = (engine: TextJobResult, obscenity: TextJobResult): string[] => {
  const lineRatio = engine.short.messagesPerSecond / obscenity.short.messagesPerSecond;
  const postRatio = engine.posts.messagesPerSecond / obscenity.posts.messagesPerSecond;
  const postP99 = engine.posts.p99Micros;
  return [
    `Engine throughput / obscenity: ${lineRatio.toFixed(1)}x on chat lines, ${postRatio.toFixed(1)}x on posts ` +
      `(target >= ${TARGETS.throughputRatio}x: ${verdict(Math.min(lineRatio, postRatio) >= TARGETS.throughputRatio)}).`,
    `Engine p99 on 1,000-character posts: ${(postP99 / 1000).toFixed(3)} ms (target < ${TARGETS.postP99Micros / 1000} ms: ${verdict(postP99 < TARGETS.postP99Micros)}).`,
  ];
};
