import QRCode from 'qrcode';
import sharp from 'sharp';
import { differenceHash, greyThumbnail } from '../../functions/image/perceptual-hash';
import { readQrCode } from '../../functions/image/qr-codes';
import { decodeForAnalysis } from '../../functions/image/raster';
import { validateImage } from '../../functions/image/validate-image';
import { syntheticPhoto } from '../../test/fixtures/images/synthetic-photo';
import { percentile } from './measure';
import type { BenchSection } from './section';

const PHOTOS = 24;
const WITH_QR_EVERY = 4;
const ROUNDS = 3;
const MODEL_SAMPLES = 24;

/** Photo-like 1024 x 768 JPEGs, every fourth with a QR code printed on it. */
const corpus = async (): Promise<Buffer[]> =>
  Promise.all(
    Array.from({ length: PHOTOS }, async (_, index) => {
      const photo = await syntheticPhoto(1000 + index);
      if (index % WITH_QR_EVERY !== 0) return photo;
      const qr = await QRCode.toBuffer(`https://u.wechat.com/bench-${index}`, { width: 240 });
      return sharp(photo).composite([{ input: qr, left: 500, top: 300 }]).jpeg({ quality: 88 }).toBuffer();
    }),
  );

/** What the image Lambda does locally before and besides Rekognition: header validation, one decode, QR, hash. */
const localChecks = async (image: Buffer): Promise<void> => {
  const validated = validateImage(image);
  if ('rejected' in validated) throw new Error(`bench image refused: ${validated.rejected.reason}`);
  const raster = await decodeForAnalysis(image);
  readQrCode(raster);
  differenceHash(greyThumbnail(raster));
};

const timeEach = async (images: readonly Buffer[], rounds: number, run: (image: Buffer) => Promise<unknown>) => {
  const latencies: number[] = [];
  const startedAt = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (const image of images) {
      const start = performance.now();
      await run(image);
      latencies.push(performance.now() - start);
    }
  }
  const elapsed = performance.now() - startedAt;
  latencies.sort((a, b) => a - b);
  return { perSecond: (latencies.length * 1000) / elapsed, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
};

const row = (stage: string, timing: { perSecond: number; p50: number; p99: number }, note = ''): string[] => [stage, timing.perSecond.toFixed(1), timing.p50.toFixed(1), timing.p99.toFixed(1), note];

/** Images per second through the local checks at 1024 x 768, and the local label and text models' latency. */
export const imagesSection: BenchSection = {
  title: 'Image checks (1024 x 768 photos, one core)',
  run: async (log) => {
    log('images: drawing the corpus');
    const images = await corpus();
    await localChecks(images[0] as Buffer);

    log('images: validation + decode + QR + hash');
    const local = await timeEach(images, ROUNDS, localChecks);
    const headerOnly = await timeEach(images, ROUNDS, async (image) => validateImage(image));

    log('images: loading the local label model (nsfwjs MobileNetV2, tfjs wasm)');
    const { detectModerationLabelsLocally } = await import('../../infra/local/rekognition-moderation');
    let startedAt = performance.now();
    await detectModerationLabelsLocally(images[1] as Buffer, 50);
    const labelLoadMs = performance.now() - startedAt;
    const labels = await timeEach(images.slice(0, MODEL_SAMPLES), 1, (image) => detectModerationLabelsLocally(image, 50));

    log('images: starting local OCR (tesseract.js, eng)');
    const { detectTextLocally, stopLocalTextDetection } = await import('../../infra/local/rekognition-text');
    startedAt = performance.now();
    await detectTextLocally(images[1] as Buffer);
    const textLoadMs = performance.now() - startedAt;
    const text = await timeEach(images.slice(0, MODEL_SAMPLES), 1, (image) => detectTextLocally(image));
    await stopLocalTextDetection();

    return {
      table: {
        headers: ['stage', 'images/s', 'p50 ms', 'p99 ms', 'first call ms'],
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: [
          row('header validation only', headerOnly),
          row('validation + decode + QR + hash', local),
          row('local DetectModerationLabels (nsfwjs)', labels, labelLoadMs.toFixed(0)),
          row('local DetectText (tesseract.js)', text, textLoadMs.toFixed(0)),
        ],
      },
      notes: [
        `${PHOTOS} synthetic photo-like JPEGs (gradients, shapes, grain), every ${WITH_QR_EVERY}th with a QR code; ${ROUNDS} rounds, one at a time. Decoding shrinks to 640 px before jsQR (\`dontInvert\`) and the 9 x 8 hash. "First call" includes loading the model; the local models stand in for Rekognition, whose own latency is not measured here.`,
      ],
    };
  },
};
