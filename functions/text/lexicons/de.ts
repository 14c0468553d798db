import type { Lexicon } from './types';

export const de: Lexicon = {
  lang: 'de',
  terms: {},
};
