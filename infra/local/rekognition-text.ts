import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { LOCAL_DIR } from './paths';

const require = createRequire(import.meta.url);

/** A text detection in Rekognition's DetectText response shape. */
export interface RekognitionTextDetection {
  readonly DetectedText: string;
  readonly Type: 'LINE' | 'WORD';
  readonly Id: number;
  readonly ParentId?: number;
  readonly Confidence: number;
  readonly Geometry: { readonly BoundingBox: { readonly Width: number; readonly Height: number; readonly Left: number; readonly Top: number } };
}

/** Tesseract reports shapes in noisy photos as low-confidence "lines"; Rekognition would not return them. */
const MIN_LINE_CONFIDENCE = 60;
/** OCR time grows with pixels; text people are meant to read stays readable at this size. */
const OCR_SIDE = 1600;

let starting: Promise<Worker> | undefined;
/**
 * Tesseract (WASM) with the English LSTM data from @tesseract.js-data/eng: langPath points into the package
 * and the cache into `.local/`, so it reads and writes only local files. Started once, on the first request.
 */
const worker = (): Promise<Worker> =>
  (starting ??= (() => {
    const cachePath = join(LOCAL_DIR, 'tesseract-cache');
    mkdirSync(cachePath, { recursive: true });
    const langPath = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
    return createWorker('eng', OEM.LSTM_ONLY, { langPath, cachePath, gzip: true, logger: () => undefined });
  })());

/** Stops the OCR worker thread, if one was started. */
export const stopLocalTextDetection = async (): Promise<void> => {
  const started = starting;
  starting = undefined;
  if (started !== undefined) await (await started).terminate();
};

type Box = { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
const geometry = (box: Box, width: number, height: number) => ({
  BoundingBox: { Width: (box.x1 - box.x0) / width, Height: (box.y1 - box.y0) / height, Left: box.x0 / width, Top: box.y0 / height },
});

/** Reads text lines (and their words) from an image, answering in Rekognition's DetectText shape. */
export const detectTextLocally = async (image: Uint8Array): Promise<RekognitionTextDetection[]> => {
  const { data: png, info } = await sharp(image).rotate().resize({ width: OCR_SIDE, height: OCR_SIDE, fit: 'inside', withoutEnlargement: true }).png().toBuffer({ resolveWithObject: true });
  const { data } = await (await worker()).recognize(png, {}, { blocks: true });
  const lines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
  const detections: RekognitionTextDetection[] = [];
  let id = 0;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || line.confidence < MIN_LINE_CONFIDENCE) continue;
    const lineId = id++;
    detections.push({ DetectedText: text, Type: 'LINE', Id: lineId, Confidence: line.confidence, Geometry: geometry(line.bbox, info.width, info.height) });
    for (const word of line.words) {
      detections.push({ DetectedText: word.text, Type: 'WORD', Id: id++, ParentId: lineId, Confidence: word.confidence, Geometry: geometry(word.bbox, info.width, info.height) });
    }
  }
  return detections;
};
