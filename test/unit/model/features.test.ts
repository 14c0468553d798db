import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../../functions/text/model/features';

const featuresOf = (text: string, extractor = new FeatureExtractor()): number[] => Array.from(extractor.buckets.subarray(0, extractor.extract(text)));

describe('feature hashing', () => {
  it('gives the same buckets for the same text, whatever extractor and whatever it read before', () => {
    // Prepare
    const used = new FeatureExtractor();
    featuresOf('a much longer message that grows every buffer of the extractor '.repeat(40), used);

    // Act
    const reused = featuresOf('你好，我们交换语言吧', used);
    const fresh = featuresOf('你好，我们交换语言吧');

    // Assess
    expect(reused).toEqual(fresh);
    expect(fresh.length).toBeGreaterThan(0);
  });

  it('folds width, case, long repeats, zero-width characters and digits before hashing', () => {
    expect(featuresOf('ＳＴＵＰＩＤＤＤＤ\u200b! call 0800')).toEqual(featuresOf('stupidd! call 1234'));
  });

  it('tells different texts apart', () => {
    expect(featuresOf('good morning')).not.toEqual(featuresOf('good evening'));
  });

  it('keeps every feature span inside the original text, surrogate pairs and expansions included', () => {
    // Prepare
    const text = 'ｈｉ 😀😀😀 ㈱ مرحبا ありがとう';
    const extractor = new FeatureExtractor();

    // Act
    const count = extractor.extract(text);

    // Assess
    for (let i = 0; i < count; i += 1) {
      const { start, end } = extractor.spanOf(i);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThanOrEqual(start);
      expect(end).toBeLessThanOrEqual(text.length);
      // Never half of a surrogate pair.
      expect(text.slice(start, end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('spans a word n-gram over the whole original word, repeats included', () => {
    // Prepare
    const text = 'you are sooooo kind';
    const extractor = new FeatureExtractor();

    // Act
    const count = extractor.extract(text);
    const spans = Array.from({ length: count }, (_, i) => text.slice(extractor.spanOf(i).start, extractor.spanOf(i).end));

    // Assess
    expect(spans).toContain('sooooo');
    expect(spans).toContain('sooooo kind');
    expect(extractor.foldedText()).toBe(' you are soo kind ');
  });
});
