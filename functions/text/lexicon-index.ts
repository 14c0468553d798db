import { LEXICONS } from './lexicons';
import { compileTerms, type TermEntry, type TermIndex } from './match/term-index';
import { NUMBER_WORDS } from './match/number-words';

const allEntries = (): TermEntry[] => {
  const entries: TermEntry[] = [];
  for (const lexicon of LEXICONS) {
    for (const [tag, terms] of Object.entries(lexicon.terms)) {
      for (const term of terms ?? []) {
        const written = typeof term === 'string' ? { term } : { term: term.term, unless: term.unless };
        entries.push({ ...written, tag: tag as TermEntry['tag'], lang: lexicon.lang });
      }
    }
  }
  NUMBER_WORDS.forEach((words, value) => {
    for (const term of words) entries.push({ term, tag: 'digit', value });
  });
  return entries;
};

let index: TermIndex | undefined;

/** Every language's lexicon compiled into one automaton, built on first use and kept for the process. */
export const termIndex = (): TermIndex => {
  index ??= compileTerms(allEntries());
  return index;
};
