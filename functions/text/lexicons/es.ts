import type { Lexicon } from './types';

export const es: Lexicon = {
  lang: 'es',
  terms: {},
};
