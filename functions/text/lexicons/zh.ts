import type { Lexicon } from './types';

export const zh: Lexicon = {
  lang: 'zh',
  terms: {},
};
