import type { Lexicon } from './types';

export const ja: Lexicon = {
  lang: 'ja',
  terms: {},
};
