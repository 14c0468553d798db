import { TEXT_CLASSIFIERS } from '../lib/classifiers/registry';
import type { ClassifierEntry } from '../lib/classifiers/types';
import type { BenchCorpus } from './corpus';
import type { Timing, TimingBudget } from './measure';

/** Does nothing: its row shows what the harness itself costs in time and memory. */
export const NO_OP_ENTRY: ClassifierEntry = {
  name: 'no-op (harness)',
  reportsRules: false,
  create: async () => ({ classify: () => ({ flagged: false, rules: [] }) }),
};

/** The rows of the text bench: the harness baseline, then every registered classifier. */
export const BENCH_CLASSIFIERS: readonly ClassifierEntry[] = [NO_OP_ENTRY, ...TEXT_CLASSIFIERS];

/** What the bench sends a child process: measure this one classifier on this corpus. */
export interface TextJob {
  readonly classifier: string;
  readonly corpus: BenchCorpus;
  readonly budget: TimingBudget;
}

export interface TextJobResult {
  readonly classifier: string;
  readonly short: Timing;
  readonly posts: Timing;
  /** Heap still held after a full GC once the classifier is built and has run: its own footprint. */
  readonly retainedHeapBytes: number;
  /** Peak resident set of the whole child process, harness included. */
  readonly peakRssBytes: number;
}

export type TextJobReply = { readonly ok: true; readonly result: TextJobResult } | { readonly ok: false; readonly error: string };
