import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeatureExtractor, occurrenceValue, type TextSpan } from '../../../functions/text/model/features';
import { decodeModel } from '../../../functions/text/model/model-format';
import { createScorer, WINDOW_BLOCK } from '../../../functions/text/model/model-scorer';
import { MODEL_FILE } from '../../../functions/text/model/scorer';
import type { TextModel } from '../../../functions/text/model/text-model';
import { TABLE_WAYS } from '../../../functions/text/model/weight-table';
import { seededRandom } from '../../../scripts/lib/seeded-random';

/** Group g's weight of a bucket, read from the table the plain way: find the slot of its set whose tag is the bucket's high bits. */
const tableWeight = ({ table }: TextModel, bucket: number, g: number): number => {
  const sets = 2 ** table.setBits;
  for (let way = 0; way < TABLE_WAYS; way += 1) {
    const slot = table.slots[(bucket % sets) * TABLE_WAYS + way]!;
    const bytes = new Int8Array(Int32Array.of(slot).buffer);
    if (Math.floor((slot >>> 0) / 2 ** 24) === Math.floor(bucket / sets)) return bytes[g]!;
  }
  return 0;
};

/**
 * The scorer written the plain way: record every feature, then add up the whole text and every window of
 * two blocks by where each feature starts. The fast scorer must agree with it to the last bit.
 */
const referenceScores = (model: TextModel, text: string, masked?: readonly TextSpan[]): Record<string, number> => {
  const extractor = new FeatureExtractor(model.features);
  const count = extractor.extract(text, masked);
  const blocks = Math.max(1, Math.ceil(text.length / WINDOW_BLOCK));
  const blockOf = (i: number): number => Math.min(blocks - 1, Math.floor(extractor.spanOf(i).start / WINDOW_BLOCK));
  return Object.fromEntries(
    model.groups.map((group, g) => {
      const weightOf = (i: number): number => tableWeight(model, extractor.buckets[i]!, g);
      let whole = 0;
      for (let i = 0; i < count; i += 1) whole += weightOf(i);
      let best = whole * occurrenceValue(count);
      for (let b = 0; b + 1 < blocks; b += 1) {
        let [sum, occurrences] = [0, 0];
        for (let i = 0; i < count; i += 1) {
          if (blockOf(i) !== b && blockOf(i) !== b + 1) continue;
          sum += weightOf(i);
          occurrences += 1;
        }
        best = Math.max(best, sum * occurrenceValue(occurrences));
      }
      const { bias, scale } = model.parameters[g]!;
      return [group, 1 / (1 + Math.exp(-(bias + best * scale)))];
    }),
  );
};

const PIECES = [
  'shut up you stupid bitch',
  'thanks for the lesson, see you on Friday!',
  '河南人都是骗子',
  '오늘 날씨 정말 좋네요',
  'URGENT! You have won a £1000 cash prize, call 09061701461',
  'ｆｕｌｌ ｗｉｄｔｈ 😀😀😀 ㈱ and zero\u200bwidth',
  'soooooo goooood',
  'مرحبا كيف حالك',
  '   ',
  '\n',
];

/** Texts from a few characters to several thousand, lengths on and off the block boundaries. */
const sampleTexts = (): string[] => {
  const random = seededRandom(7);
  const texts = [...PIECES, 'x'.repeat(WINDOW_BLOCK * 3), 'ab '.repeat(WINDOW_BLOCK), ''];
  for (let n = 0; n < 40; n += 1) {
    const parts: string[] = [];
    const target = Math.floor(random() * 2500);
    while (parts.join(' ').length < target) parts.push(PIECES[Math.floor(random() * PIECES.length)]!);
    texts.push(parts.join(' '));
  }
  return texts;
};

describe('the window scorer against the plain reference', () => {
  const model = decodeModel(readFileSync(MODEL_FILE));
  const scorer = createScorer(model);

  it('gives exactly the reference scores for short, long and block-aligned texts', () => {
    for (const text of sampleTexts()) expect(scorer.score(text), JSON.stringify(text.slice(0, 60))).toEqual(referenceScores(model, text));
  });

  it('gives exactly the reference scores when spans are masked', () => {
    for (const text of sampleTexts()) {
      const masked = [{ start: 3, end: 9 }, { start: Math.floor(text.length / 2), end: Math.floor(text.length / 2) + 20 }];
      expect(scorer.score(text, masked), JSON.stringify(text.slice(0, 60))).toEqual(referenceScores(model, text, masked));
    }
  });

  it('scores a text whose masked spans cover nothing as if nothing were masked', () => {
    const text = 'shut up you stupid bitch';
    expect(scorer.score(text, [{ start: 100, end: 120 }])).toEqual(scorer.score(text));
  });
});
