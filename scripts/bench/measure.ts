import { hrtime } from 'node:process';

export interface TimingBudget {
  /** Untimed calls first, so the JIT has compiled the hot paths before anything is measured. */
  readonly warmupMs: number;
  readonly throughputMs: number;
  readonly latencyMs: number;
}

export interface Timing {
  readonly messagesPerSecond: number;
  readonly p50Micros: number;
  readonly p99Micros: number;
}

const NANOS_PER_MS = 1_000_000n;
// Enough for a stable p99, and a fixed buffer, so a fast classifier's latency log does not inflate its peak memory.
const MAX_LATENCY_SAMPLES = 50_000;
// Reading the clock costs tens of nanoseconds: the throughput loop looks at it once per batch, not per call.
const CLOCK_BATCH = 16;

/** Nearest-rank percentile of ascending values, `q` in (0, 1]. */
export const percentile = (ascending: ArrayLike<number>, q: number): number => {
  if (ascending.length === 0) throw new Error('percentile of no values');
  return ascending[Math.min(ascending.length, Math.max(1, Math.ceil(q * ascending.length))) - 1] as number;
};

/** Calls `run` on the samples in turn, round and round, until the time is up; returns how many calls. */
const cycleFor = <T>(samples: readonly T[], ms: number, run: (sample: T) => unknown): { calls: number; nanos: bigint } => {
  const start = hrtime.bigint();
  const deadline = start + BigInt(ms) * NANOS_PER_MS;
  let calls = 0;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < CLOCK_BATCH; i += 1) run(samples[(calls + i) % samples.length] as T);
    calls += CLOCK_BATCH;
    now = hrtime.bigint();
  }
  return { calls, nanos: now - start };
};

/**
 * Throughput from an untimed run of back-to-back calls, then per-message latency with
 * `process.hrtime.bigint` around each call; both go round the samples within their time budget.
 */
export const measure = <T>(samples: readonly T[], budget: TimingBudget, run: (sample: T) => unknown): Timing => {
  if (samples.length === 0) throw new Error('nothing to measure: no samples');
  cycleFor(samples, budget.warmupMs, run);
  const throughput = cycleFor(samples, budget.throughputMs, run);
  const durations = new Float64Array(MAX_LATENCY_SAMPLES);
  const deadline = hrtime.bigint() + BigInt(budget.latencyMs) * NANOS_PER_MS;
  let timed = 0;
  while (timed < MAX_LATENCY_SAMPLES && hrtime.bigint() < deadline) {
    const sample = samples[timed % samples.length] as T;
    const start = hrtime.bigint();
    run(sample);
    durations[timed] = Number(hrtime.bigint() - start);
    timed += 1;
  }
  const ascending = durations.subarray(0, timed).sort();
  return {
    messagesPerSecond: (throughput.calls * 1e9) / Number(throughput.nanos),
    p50Micros: percentile(ascending, 0.5) / 1000,
    p99Micros: percentile(ascending, 0.99) / 1000,
  };
};
