import type { Lexicon } from './types';

export const pt: Lexicon = {
  lang: 'pt',
  terms: {},
};
