import { checkText } from '../../functions/text/engine';
import { modelFindings } from '../../functions/text/model-findings';
import { readTextInto } from '../../functions/text/model/scorer';
import { MODEL_GROUPS } from '../../functions/text/model/groups';
import { readRules } from '../../functions/text/rule-reading';
import type { Surface } from '../../functions/policy/rules';
import { obscenityEntry } from '../lib/classifiers/peers';
import type { SourceText } from './corpus';
import { loadBenchCorpus } from './corpus-sources';
import type { BenchSection } from './section';

/**
 * Every stage once per round, the rounds interleaved, and each stage's fastest round kept: load from
 * outside this process slows whole rounds, and what is left is what the stage itself costs.
 */
const ROUNDS = 8;
const WARM_ROUNDS = 3;

type Stage = (sample: SourceText, surface: Surface) => unknown;

// The model reads into these, as the engine does (modelFindings).
const probabilities = new Float64Array(MODEL_GROUPS.length);
const windows = new Int32Array(MODEL_GROUPS.length);
const readModel = (text: string): void => readTextInto(text, undefined, probabilities, windows);

/** The two halves alone, then the engine built up one step at a time, then the peer. */
const stages = async (): Promise<readonly (readonly [string, Stage])[]> => {
  const obscenity = await obscenityEntry.create();
  return [
    ['rules alone (normalise, automaton, detectors)', ({ text, lang }) => readRules({ text, lang })],
    ['model alone (n-grams, weight table)', ({ text }) => readModel(text)],
    ['rules, then the model', ({ text, lang }) => [readRules({ text, lang }), readModel(text)]],
    ['rules, then the model with its evidence', ({ text, lang }, surface) => modelFindings(text, surface, readRules({ text, lang }))],
    ['the engine (+ the decision)', ({ text, lang }, surface) => checkText({ text, lang, surface })],
    ['obscenity', ({ text, lang }, surface) => obscenity.classify({ text, lang, surface })],
  ];
};

/** Microseconds per message of one pass over the samples. */
const passMicros = (samples: readonly SourceText[], surface: Surface, stage: Stage): number => {
  const started = performance.now();
  for (const sample of samples) stage(sample, surface);
  return ((performance.now() - started) * 1000) / samples.length;
};

const fastestRounds = (samples: readonly SourceText[], surface: Surface, all: readonly (readonly [string, Stage])[]): number[] => {
  for (let round = 0; round < WARM_ROUNDS; round += 1) for (const [, stage] of all) passMicros(samples, surface, stage);
  const fastest = all.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round += 1) {
    all.forEach(([, stage], index) => {
      fastest[index] = Math.min(fastest[index]!, passMicros(samples, surface, stage));
    });
  }
  return fastest;
};

const micros = (value: number): string => (value < 100 ? value.toFixed(1) : Math.round(value).toString());

/** Where the engine's time goes, stage by stage, beside obscenity measured the same way in the same process. */
export const textStagesSection: BenchSection = {
  title: "Text checks: where the engine's time goes",
  run: async (log) => {
    const corpus = await loadBenchCorpus();
    const all = await stages();
    log('bench: text stages · chat lines');
    const lines = fastestRounds(corpus.short, 'chat', all);
    log('bench: text stages · posts');
    const posts = fastestRounds(corpus.posts, 'moment', all);
    return {
      table: {
        headers: ['stage', 'chat line µs', 'post µs'],
        align: ['left', 'right', 'right'],
        rows: all.map(([name], index) => [name, micros(lines[index]!), micros(posts[index]!)]),
      },
      notes: [
        `In this process, one after another: each stage's fastest of ${ROUNDS} interleaved passes over the same corpus as above ` +
          `(chat lines as chat, posts as Moments), after ${WARM_ROUNDS} warm-up passes. From "rules, then the model" on, each row adds one step to the row above.`,
      ],
    };
  },
};
