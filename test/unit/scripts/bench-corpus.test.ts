import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../functions/policy/rules';
import { buildBenchCorpus, POST_LENGTH, SHORT_LINE, type SourceText } from '../../../scripts/bench/corpus';

const sources: SourceText[] = [
  { lang: 'en', text: 'Hi! Could you help me practise my Spanish this weekend?' },
  { lang: 'en', text: 'ok' },
  { lang: 'en', text: `${'long message about my trip to Madrid and the food there '.repeat(4)}` },
  { lang: 'ja', text: '今日は日本語の練習をしませんか？よろしくお願いします！' },
  { lang: 'ja', text: '昨日、友達と一緒に東京の美術館に行きました。とても楽しかったです。'.repeat(3) },
  { lang: 'ko', text: '안녕하세요! 한국어 공부를 같이 하실 분 찾고 있어요 😊' },
];
const options = { seed: 7, shortPerLanguage: 30, postsPerLanguage: 4 };
const lengthOf = (text: string): number => [...text].length;

describe('buildBenchCorpus', () => {
  it('builds the same corpus from the same sources and seed', () => {
    expect(buildBenchCorpus(sources, options)).toEqual(buildBenchCorpus(sources, options));
  });

  it('builds a different order with another seed', () => {
    const first = buildBenchCorpus(sources, options);
    const second = buildBenchCorpus(sources, { ...options, seed: 8 });

    expect(second.short.map(({ text }) => text)).not.toEqual(first.short.map(({ text }) => text));
  });

  it('keeps chat lines between 20 and 120 characters, cutting long texts at a space', () => {
    const { short } = buildBenchCorpus(sources, options);

    expect(short).toHaveLength(3 * options.shortPerLanguage);
    for (const { text } of short) {
      expect(lengthOf(text)).toBeGreaterThanOrEqual(SHORT_LINE.min);
      expect(lengthOf(text)).toBeLessThanOrEqual(SHORT_LINE.max);
    }
    expect(short.some(({ text }) => text === 'ok')).toBe(false);
    const long = sources[2]?.text.trim() ?? '';
    const cut = short.find(({ text }) => text !== long && long.startsWith(text));
    expect(long.charAt(cut?.text.length ?? 0)).toBe(' ');
  });

  it('makes posts of exactly 1,000 characters, each in one language, without splitting an emoji', () => {
    const { posts } = buildBenchCorpus(sources, options);

    expect(posts).toHaveLength(3 * options.postsPerLanguage);
    for (const { lang, text } of posts) {
      expect(lengthOf(text)).toBe(POST_LENGTH);
      expect(text).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(sources.filter((source) => source.lang === lang).some((source) => text.startsWith(source.text))).toBe(true);
    }
  });

  it('names the languages it found no text for', () => {
    const { missingLanguages } = buildBenchCorpus(sources, options);

    const present: Language[] = ['en', 'ja', 'ko'];
    expect(missingLanguages).toEqual(LANGUAGES.filter((lang) => !present.includes(lang)));
  });
});
