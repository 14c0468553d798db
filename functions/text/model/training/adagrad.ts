import { occurrenceValue } from '../features';
import type { EncodedRows } from './encoded-rows';
import { UNLABELLED } from './targets';

export interface TrainOptions {
  readonly bucketCount: number;
  readonly groupCount: number;
  readonly maxEpochs: number;
  /** Epochs without a better validation loss before training stops. */
  readonly patience: number;
  readonly learningRate: number;
  /** L2 strength, applied lazily to the weights a row touches. */
  readonly l2: number;
  readonly seed: number;
  /** 1 for the buckets that may learn a weight; the others stay zero (see `frequentBuckets`). */
  readonly trainable: Uint8Array;
}

/** Float weights, bucket-major (`weights[bucket * groups + group]`), as the model file stores them. */
export interface TrainedWeights {
  readonly weights: Float32Array;
  readonly biases: Float64Array;
  readonly bestEpoch: number;
  readonly validationLoss: number;
}

/** mulberry32: a small seeded generator, so the row order of every epoch is reproducible. */
const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const shuffle = (order: Int32Array, random: () => number): void => {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
};

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The logit of one row for one group under float weights. */
const logitOf = (rows: EncodedRows, row: number, group: number, groups: number, weights: Float32Array, bias: number): number => {
  const from = rows.offsets[row]!;
  const to = rows.offsets[row + 1]!;
  let sum = 0;
  for (let k = from; k < to; k += 1) sum += weights[rows.buckets[k]! * groups + group]!;
  return bias + sum * occurrenceValue(to - from);
};

/** Mean log-loss over every labelled (row, group): what early stopping watches. */
const meanLogLoss = (rows: EncodedRows, weights: Float32Array, biases: Float64Array, groups: number): number => {
  let loss = 0;
  let total = 0;
  for (let row = 0; row < rows.count; row += 1) {
    for (let g = 0; g < groups; g += 1) {
      const target = rows.targets[row * groups + g]!;
      if (target === UNLABELLED) continue;
      const p = sigmoid(logitOf(rows, row, g, groups, weights, biases[g]!));
      loss -= Math.log(Math.max(1e-12, target === 1 ? p : 1 - p));
      total += 1;
    }
  }
  return loss / total;
};

/**
 * One-vs-rest logistic regression per group, trained by Adagrad on hashed features with lazy L2, and
 * stopped early on the validation loss (the best epoch's weights are kept).
 */
export const trainLogistic = (train: EncodedRows, validation: EncodedRows, options: TrainOptions, log: (line: string) => void): TrainedWeights => {
  const { bucketCount, groupCount: groups, learningRate, l2, trainable } = options;
  const weights = new Float32Array(bucketCount * groups);
  const squaredGradients = new Float32Array(bucketCount * groups);
  const biases = new Float64Array(groups);
  const biasSquaredGradients = new Float64Array(groups);
  const best = { weights: new Float32Array(weights.length), biases: new Float64Array(groups), epoch: 0, loss: Infinity };
  const order = Int32Array.from({ length: train.count }, (_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 1; epoch <= options.maxEpochs && epoch - best.epoch <= options.patience; epoch += 1) {
    shuffle(order, random);
    for (const row of order) {
      const from = train.offsets[row]!;
      const to = train.offsets[row + 1]!;
      const value = occurrenceValue(to - from);
      for (let g = 0; g < groups; g += 1) {
        const target = train.targets[row * groups + g]!;
        if (target === UNLABELLED) continue;
        const error = (sigmoid(logitOf(train, row, g, groups, weights, biases[g]!)) - target) * train.weights[row]!;
        for (let k = from; k < to; k += 1) {
          const bucket = train.buckets[k]!;
          if (trainable[bucket] === 0) continue;
          const index = bucket * groups + g;
          const gradient = error * value + l2 * weights[index]!;
          squaredGradients[index] = squaredGradients[index]! + gradient * gradient;
          weights[index] = weights[index]! - (learningRate * gradient) / Math.sqrt(squaredGradients[index]! + 1e-8);
        }
        biasSquaredGradients[g] = biasSquaredGradients[g]! + error * error;
        biases[g] = biases[g]! - (learningRate * error) / Math.sqrt(biasSquaredGradients[g]! + 1e-8);
      }
    }
    const loss = meanLogLoss(validation, weights, biases, groups);
    log(`epoch ${epoch}: validation log-loss ${loss.toFixed(4)}`);
    if (loss < best.loss) {
      best.weights.set(weights);
      best.biases.set(biases);
      best.epoch = epoch;
      best.loss = loss;
    }
  }
  return { weights: best.weights, biases: best.biases, bestEpoch: best.epoch, validationLoss: best.loss };
};
