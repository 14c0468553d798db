import { describe, expect, it } from 'vitest';
import { BENCH_CLASSIFIERS } from '../../../scripts/bench/text-job';
import { TEXT_CLASSIFIERS } from '../../../scripts/lib/classifiers/registry';

describe('classifier registry', () => {
  it('names every classifier once, since bench children and eval columns find them by name', () => {
    const names = BENCH_CLASSIFIERS.map((entry) => entry.name);

    expect(new Set(names).size).toBe(names.length);
  });

  it('compares the engine with all three wordlist peers', () => {
    expect(TEXT_CLASSIFIERS.map((entry) => entry.name)).toEqual(expect.arrayContaining(['engine', 'obscenity', 'bad-words', 'leo-profanity']));
  });

  it('builds the wordlist peers so that they flag plain English cursing and pass a greeting', async () => {
    for (const entry of TEXT_CLASSIFIERS.filter((candidate) => !candidate.reportsRules)) {
      const classifier = await entry.create();

      expect(classifier.classify({ text: 'you are a fucking idiot', surface: 'moment' }).flagged, entry.name).toBe(true);
      expect(classifier.classify({ text: 'good morning, shall we practise?', surface: 'moment' }).flagged, entry.name).toBe(false);
    }
  });
});
