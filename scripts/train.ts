/**
 * `npm run train`: learns the text scorer from the labelled sets (../shared/data), reports it and writes
 * functions/text/model/text-model.bin. Same data -> byte-identical file: fixed seed, fixed row order,
 * no timestamps. Trains on `train`, stops early and picks thresholds on `validation`, reports `test`.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DEFAULT_FEATURE_CONFIG, FeatureExtractor } from '../functions/text/model/features';
import { MODEL_GROUPS } from '../functions/text/model/groups';
import { encodeModel } from '../functions/text/model/model-format';
import { createScorer } from '../functions/text/model/model-scorer';
import { MODEL_FILE } from '../functions/text/model/scorer';
import type { GroupThresholds, TextModel } from '../functions/text/model/text-model';
import { trainLogistic } from '../functions/text/model/training/adagrad';
import { encodeRows, frequentBuckets } from '../functions/text/model/training/encoded-rows';
import { metricLines, pickThresholds, scoreExamples, type SplitRow } from '../functions/text/model/training/evaluation';
import { trainingDataSha256 } from '../functions/text/model/training/fingerprint';
import { quantiseWeights } from '../functions/text/model/training/quantise';
import { labelledGroups } from '../functions/text/model/training/targets';
import { readFixtureLines } from '../test/unit/text/fixture-files';
import { LABELLED_DATA_DIR, listLabelledSets, loadLabelledSet, splitOf } from './lib/labelled-data';

/** Picked by validation F1 and ordinary-corpus scores among 2^19/2^20 buckets, L2 1e-6..3e-4 and rare-bucket cut-offs 0..5. */
const TRAINING = { maxEpochs: 10, patience: 2, learningRate: 0.2, l2: 3e-4, seed: 20261125, minBucketCount: 5 } as const;

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const loadSplitRows = async (setNames: readonly string[]): Promise<SplitRow[]> => {
  const rows: SplitRow[] = [];
  for (const set of setNames) {
    const { rows: setRows } = await loadLabelledSet(set);
    const setGroups = labelledGroups(setRows);
    log(`${set}: ${setRows.length} rows, labels ${[...setGroups].join(', ')}`);
    for (const row of setRows) rows.push({ row, set, setGroups, split: splitOf(set, row) });
  }
  return rows;
};

const main = async (): Promise<void> => {
  const setNames = listLabelledSets();
  const rows = await loadSplitRows(setNames);
  const ofSplit = (split: SplitRow['split']): SplitRow[] => rows.filter((row) => row.split === split);
  const [trainRows, validationRows, testRows] = [ofSplit('train'), ofSplit('validation'), ofSplit('test')];

  const features = DEFAULT_FEATURE_CONFIG;
  const bucketCount = 2 ** features.bucketBits;
  const extractor = new FeatureExtractor(features);
  const train = encodeRows(trainRows, extractor);
  const validation = encodeRows(validationRows, extractor);
  const trainable = frequentBuckets(train, bucketCount, TRAINING.minBucketCount);
  log(`train ${train.count} rows, ${train.buckets.length} feature occurrences; validation ${validation.count} rows`);

  const started = performance.now();
  const trained = trainLogistic(train, validation, { ...TRAINING, bucketCount, groupCount: MODEL_GROUPS.length, trainable }, log);
  log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s, kept epoch ${trained.bestEpoch}`);

  const quantised = quantiseWeights(trained.weights, MODEL_GROUPS.length);
  const unthresholded: TextModel = {
    features,
    groups: MODEL_GROUPS,
    parameters: MODEL_GROUPS.map((_, g) => ({ bias: trained.biases[g]!, scale: quantised.scales[g]!, review: 1, block: 1 })),
    trainingDataSha256: trainingDataSha256(LABELLED_DATA_DIR, setNames),
    weights: quantised.weights,
  };
  const validationScores = scoreExamples(createScorer(unthresholded), validationRows);
  const thresholds = MODEL_GROUPS.map((group) => pickThresholds(validationScores, group));
  const model: TextModel = { ...unthresholded, parameters: unthresholded.parameters.map((parameters, g) => ({ ...parameters, ...thresholds[g]! })) };

  const bytes = encodeModel(model);
  writeFileSync(MODEL_FILE, bytes);
  log(`wrote ${relative(process.cwd(), MODEL_FILE)}: ${(bytes.length / 2 ** 20).toFixed(2)} MiB, training data sha256 ${model.trainingDataSha256}`);

  const scorer = createScorer(model);
  const examples = [...validationScores, ...scoreExamples(scorer, testRows)];
  const ordinary = readFixtureLines('ordinary', '.txt');
  MODEL_GROUPS.forEach((group, g) => {
    const groupThresholds: GroupThresholds = thresholds[g]!;
    console.log(`\n## ${group}: review >= ${groupThresholds.review.toFixed(3)}, block >= ${groupThresholds.block.toFixed(3)}`);
    for (const line of metricLines(examples, group, groupThresholds)) console.log(line);
    const flagged = ordinary
      .map((line) => ({ line, probability: scorer.score(line.text)[group] }))
      .filter(({ probability }) => probability >= groupThresholds.review)
      .sort((a, b) => b.probability - a.probability);
    console.log(`ordinary corpus: ${flagged.length} of ${ordinary.length} lines at or above review`);
    for (const { line, probability } of flagged) {
      console.log(`  ${probability.toFixed(3)} ${probability >= groupThresholds.block ? 'BLOCK ' : ''}${line.file}:${line.line} ${line.text}`);
    }
  });
};

await main();
