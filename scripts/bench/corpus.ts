import { LANGUAGES, type Language } from '../../functions/policy/rules';
import { seededRandom, shuffled } from '../lib/seeded-random';

/** A message of known language that the corpus is cut from. */
export interface SourceText {
  readonly lang: Language;
  readonly text: string;
}

export interface BenchCorpus {
  /** Chat lines of 20 to 120 characters. */
  readonly short: readonly SourceText[];
  /** Moments of exactly 1,000 characters, each in one language. */
  readonly posts: readonly SourceText[];
  /** Languages no source text was found for, so the corpus says what it lacks. */
  readonly missingLanguages: readonly Language[];
}

export interface CorpusOptions {
  readonly seed: number;
  readonly shortPerLanguage: number;
  readonly postsPerLanguage: number;
}

export const SHORT_LINE = { min: 20, max: 120 } as const;
export const POST_LENGTH = 1000;

// Characters are code points, so a cut never splits an emoji or a supplementary-plane Han character.
const codePoints = (text: string): string[] => [...text];

/** Trims a long text to a chat line, at a space when there is one so words stay whole. */
const asShortLine = (text: string): string | undefined => {
  const characters = codePoints(text.trim());
  if (characters.length < SHORT_LINE.min) return undefined;
  if (characters.length <= SHORT_LINE.max) return characters.join('');
  const head = characters.slice(0, SHORT_LINE.max).join('');
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace >= SHORT_LINE.min ? head.slice(0, lastSpace) : head;
  return codePoints(cut).length >= SHORT_LINE.min ? cut : head;
};

/**
 * The bench corpus, the same for the same sources and seed: per language, chat lines drawn from its
 * texts and posts made by joining its texts up to 1,000 characters; then both lists shuffled so the
 * languages interleave as they would in traffic.
 */
export const buildBenchCorpus = (sources: readonly SourceText[], options: CorpusOptions): BenchCorpus => {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const short: SourceText[] = [];
  const posts: SourceText[] = [];
  const missingLanguages: Language[] = [];
  for (const lang of LANGUAGES) {
    const texts = sources.filter((source) => source.lang === lang && source.text.trim() !== '').map((source) => source.text.trim());
    const lines = texts.map(asShortLine).filter((line): line is string => line !== undefined);
    if (lines.length === 0) {
      missingLanguages.push(lang);
      continue;
    }
    for (let i = 0; i < options.shortPerLanguage; i += 1) short.push({ lang, text: pick(lines) });
    for (let i = 0; i < options.postsPerLanguage; i += 1) {
      const parts: string[] = [];
      let length = 0;
      while (length < POST_LENGTH) {
        const part = pick(texts);
        parts.push(part);
        length += codePoints(part).length + 1;
      }
      posts.push({ lang, text: codePoints(parts.join('\n')).slice(0, POST_LENGTH).join('') });
    }
  }
  return { short: shuffled(short, random), posts: shuffled(posts, random), missingLanguages };
};
