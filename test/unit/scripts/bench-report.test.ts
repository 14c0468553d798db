import { describe, expect, it } from 'vitest';
import type { Timing } from '../../../scripts/bench/measure';
import type { TextJobResult } from '../../../scripts/bench/text-job';
import { medianOfRuns, targetNotes, textBenchTable } from '../../../scripts/bench/text-report';

const timing = (messagesPerSecond: number, p99Micros: number): Timing => ({ messagesPerSecond, p50Micros: p99Micros / 4, p99Micros });
const result = (classifier: string, lines: Timing, posts: Timing): TextJobResult => ({
  classifier,
  short: lines,
  posts,
  retainedHeapBytes: 3 * 1024 * 1024,
  peakRssBytes: 90 * 1024 * 1024,
});

describe('targetNotes', () => {
  it('reports the throughput ratio and both targets as holding when the engine is fast enough', () => {
    const notes = targetNotes(result('engine', timing(120_000, 20), timing(15_000, 400)), result('obscenity', timing(40_000, 90), timing(5_000, 350)));

    expect(notes[0]).toContain('3.0x on chat lines, 3.0x on posts');
    expect(notes[0]).toContain('holds');
    expect(notes[1]).toContain('0.400 ms');
    expect(notes[1]).toContain('holds');
  });

  it('reports the throughput target MISSED when posts fall short even if lines pass, and a slow p99 too', () => {
    const notes = targetNotes(result('engine', timing(120_000, 20), timing(6_000, 1_500)), result('obscenity', timing(40_000, 90), timing(5_000, 350)));

    expect(notes[0]).toContain('MISSED');
    expect(notes[1]).toContain('1.500 ms');
    expect(notes[1]).toContain('MISSED');
  });
});

describe('textBenchTable', () => {
  it('gives one row per classifier with rates, latencies and memory', () => {
    const table = textBenchTable([result('obscenity', timing(34_438.4, 93.2), timing(5_537, 7.25))]);

    expect(table.rows[0]).toEqual(['obscenity', '34,438', '23', '93', '5,537', '1.8', '7.3', '3.0', '90.0']);
  });
});

describe('medianOfRuns', () => {
  it('takes each timing from the middle run and the largest peak memory, so one slowed run does not move the figures', () => {
    const runs = [
      { ...result('engine', timing(60_000, 80), timing(5_000, 400)), peakRssBytes: 200 },
      { ...result('engine', timing(20_000, 300), timing(1_000, 2_000)), peakRssBytes: 300 },
      { ...result('engine', timing(70_000, 70), timing(5_500, 380)), peakRssBytes: 250 },
    ];

    const combined = medianOfRuns(runs);

    expect(combined.short).toEqual(timing(60_000, 80));
    expect(combined.posts).toEqual(timing(5_000, 400));
    expect(combined.peakRssBytes).toBe(300);
  });
});
