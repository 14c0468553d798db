import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { load, type NSFWJS } from 'nsfwjs/core';
import { MobileNetV2Model } from 'nsfwjs/models/mobilenet_v2';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

/** A label in Rekognition's DetectModerationLabels response shape. */
export interface RekognitionModerationLabel {
  readonly Name: string;
  readonly ParentName: string;
  readonly Confidence: number;
  readonly TaxonomyLevel: number;
}

/** Reported as ModerationModelVersion, so a stored decision says which model took it. */
export const LOCAL_MODERATION_MODEL = 'local-nsfwjs-4-mobilenet_v2';

const INPUT_SIDE = 224;

let loading: Promise<NSFWJS> | undefined;
/**
 * MobileNetV2 from nsfwjs on TensorFlow.js's WASM backend: the weights are bundled in the npm package and the
 * .wasm files are read from node_modules, so nothing is fetched. Loaded once, on the first request.
 */
const model = (): Promise<NSFWJS> =>
  (loading ??= (async () => {
    setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))}/`);
    await tf.setBackend('wasm');
    await tf.ready();
    tf.enableProdMode();
    return load('MobileNetV2', { modelDefinitions: [MobileNetV2Model] });
  })());

const label = (name: string, parent: string, probability: number, level: number): RekognitionModerationLabel => ({
  Name: name,
  ParentName: parent,
  Confidence: Math.round(probability * 100_000) / 1000,
  TaxonomyLevel: level,
});

/**
 * Classifies an image into nsfwjs's five classes and answers in Rekognition's taxonomy (v7 names): Porn and
 * Hentai (drawn) are explicit nudity, their probabilities adding up as the classes exclude each other;
 * Sexy is swimwear or underwear; Neutral and Drawing are nothing to report.
 */
export const detectModerationLabelsLocally = async (image: Uint8Array, minConfidence: number): Promise<RekognitionModerationLabel[]> => {
  const nsfw = await model();
  const { data, info } = await sharp(image).rotate().resize(INPUT_SIDE, INPUT_SIDE, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const input = tf.tensor3d(new Int32Array(data), [info.height, info.width, 3], 'int32');
  const predictions = await nsfw.classify(input).finally(() => input.dispose());
  const probability = (className: string) => predictions.find((prediction) => prediction.className === className)?.probability ?? 0;
  const explicit = probability('Porn') + probability('Hentai');
  const labels = [
    label('Explicit', '', explicit, 1),
    label('Explicit Nudity', 'Explicit', explicit, 2),
    label('Swimwear or Underwear', '', probability('Sexy'), 1),
  ];
  return labels.filter((candidate) => candidate.Confidence >= minConfidence);
};
