import type { Lexicon } from './types';

export const it: Lexicon = {
  lang: 'it',
  terms: {},
};
