import type { Lexicon } from './types';

export const hi: Lexicon = {
  lang: 'hi',
  terms: {},
};
