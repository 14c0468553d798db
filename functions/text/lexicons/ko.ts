import type { Lexicon } from './types';

export const ko: Lexicon = {
  lang: 'ko',
  terms: {},
};
