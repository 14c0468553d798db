import { describe, expect, it } from 'vitest';
import { measure, percentile } from '../../../scripts/bench/measure';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const ascending = Array.from({ length: 100 }, (_, i) => i + 1);

    expect(percentile(ascending, 0.5)).toBe(50);
    expect(percentile(ascending, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
  });

  it('fails on no values rather than reporting a latency of nothing', () => {
    expect(() => percentile([], 0.5)).toThrow('no values');
  });
});

describe('measure', () => {
  it('calls the classifier on every sample in turn and reports ordered percentiles', () => {
    const seen = new Set<string>();

    const timing = measure(['a', 'b', 'c'], { warmupMs: 1, throughputMs: 5, latencyMs: 5 }, (sample) => seen.add(sample));

    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
    expect(timing.messagesPerSecond).toBeGreaterThan(0);
    expect(timing.p99Micros).toBeGreaterThanOrEqual(timing.p50Micros);
  });

  it('fails on an empty corpus', () => {
    expect(() => measure([], { warmupMs: 1, throughputMs: 1, latencyMs: 1 }, () => undefined)).toThrow('no samples');
  });
});
