import type { Lexicon } from './types';

export const ar: Lexicon = {
  lang: 'ar',
  terms: {},
};
