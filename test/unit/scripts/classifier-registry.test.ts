import { describe, expect, it } from 'vitest';
import { BENCH_CLASSIFIERS } from '../../../scripts/bench/text-job';
import { TEXT_CLASSIFIERS } from '../../../scripts/lib/classifiers/registry';
import { TEST_SPLIT } from '../../../scripts/lib/classifiers/row-filters';

describe('classifier registry', () => {
  it('names every classifier once, since bench children and eval columns find them by name', () => {
    const names = BENCH_CLASSIFIERS.map((entry) => entry.name);

    expect(new Set(names).size).toBe(names.length);
  });

  it('compares the engine with all three wordlist peers', () => {
    expect(TEXT_CLASSIFIERS.map((entry) => entry.name)).toEqual(expect.arrayContaining(['engine', 'obscenity', 'bad-words', 'leo-profanity']));
  });

  it('shows the engine as it ships, the rules alone and the model alone, scoring anything learned only on the test split', () => {
    const byName = new Map(TEXT_CLASSIFIERS.map((entry) => [entry.name, entry]));

    expect(byName.get('engine')?.rowFilter).toBe(TEST_SPLIT);
    expect(byName.get('model alone')?.rowFilter).toBe(TEST_SPLIT);
    expect(byName.get('rules alone')?.rowFilter).toBeUndefined();
  });

  it('has the model alone flag an SMS scam under the spam rules and pass a greeting', async () => {
    const model = await TEXT_CLASSIFIERS.find((entry) => entry.name === 'model alone')!.create();

    expect(model.classify({ text: 'URGENT! You have won a £1000 cash prize. Call 09061701461 now to claim', surface: 'moment' })).toEqual({ flagged: true, rules: ['C4', 'M5'] });
    expect(model.classify({ text: 'good morning, shall we practise?', surface: 'moment' }).flagged).toBe(false);
  });

  it('builds the wordlist peers so that they flag plain English cursing and pass a greeting', async () => {
    for (const entry of TEXT_CLASSIFIERS.filter((candidate) => !candidate.reportsRules)) {
      const classifier = await entry.create();

      expect(classifier.classify({ text: 'you are a fucking idiot', surface: 'moment' }).flagged, entry.name).toBe(true);
      expect(classifier.classify({ text: 'good morning, shall we practise?', surface: 'moment' }).flagged, entry.name).toBe(false);
    }
  });
});
