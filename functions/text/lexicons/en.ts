import type { Lexicon } from './types';

export const en: Lexicon = {
  lang: 'en',
  terms: {},
};
