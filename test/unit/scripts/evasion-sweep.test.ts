import { describe, expect, it } from 'vitest';
import { DISGUISES, disguiseEvidence } from '../../../scripts/lib/eval/evasion-sweep';

const disguise = (name: string) => DISGUISES.find(([each]) => each === name)![1];

describe('evasion sweep', () => {
  it('disguises the longest word of each evidence span, later spans first so earlier offsets hold', () => {
    const text = 'you stupid bitch, fuck off';
    const evidence = [
      { start: 0, end: 16, match: 'you stupid bitch' },
      { start: 18, end: 22, match: 'fuck' },
    ];
    expect(disguiseEvidence(text, evidence, disguise('dots'))).toBe('you s.t.u.p.i.d bitch, f.u.c.k off');
  });

  it('writes each disguise the way people type it', () => {
    expect(disguise('one accent')('fuck')).toBe('fück');
    expect(disguise('leetspeak')('bitches')).toBe('b17ches');
    expect(disguise('one letter masked')('bitch')).toBe('b*tch');
    expect(disguise('full-width')('sex')).toBe('ｓｅｘ');
  });
});
