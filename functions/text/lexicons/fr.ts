import type { Lexicon } from './types';

export const fr: Lexicon = {
  lang: 'fr',
  terms: {},
};
