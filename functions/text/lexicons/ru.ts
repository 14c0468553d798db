import type { Lexicon } from './types';

export const ru: Lexicon = {
  lang: 'ru',
  terms: {},
};
