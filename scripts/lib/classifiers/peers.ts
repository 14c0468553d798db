import type { ClassifierEntry, TextClassifier } from './types';

// The peers run with their default (English) word lists, as a team adopting one would start.
const wordlistPeer = (isProfane: (text: string) => boolean): TextClassifier => ({
  classify: ({ text }) => ({ flagged: isProfane(text), rules: [] }),
});

/** obscenity: English dataset with its recommended transformers (leetspeak, repeated letters...). */
export const obscenityEntry: ClassifierEntry = {
  name: 'obscenity',
  reportsRules: false,
  create: async () => {
    const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
    const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
    return wordlistPeer((text) => matcher.hasMatch(text));
  },
};

/** bad-words v4: the `Filter` class with its default list. */
export const badWordsEntry: ClassifierEntry = {
  name: 'bad-words',
  reportsRules: false,
  create: async () => {
    const { Filter } = await import('bad-words');
    const filter = new Filter();
    return wordlistPeer((text) => filter.isProfane(text));
  },
};

/** leo-profanity: whole-word set lookups against its default English dictionary. */
export const leoProfanityEntry: ClassifierEntry = {
  name: 'leo-profanity',
  reportsRules: false,
  create: async () => {
    const { default: leo } = await import('leo-profanity');
    return wordlistPeer((text) => leo.check(text));
  },
};
