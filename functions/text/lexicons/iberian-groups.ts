import { plain, withPlain } from './term-builders';
import type { TermWithExceptions } from './types';

/**
 * Terms shared by the Spanish and Portuguese lexicons, groups above all: both read every text, share many group
 * and contempt words, and need the same exceptions in both languages' phrasings.
 */

/**
 * Talk against contempt ("el racismo contra los gitanos da asco") and a denied generalisation ("no todos los...",
 * "nem todos os...") name a group too, and are no attack. Spanish and Portuguese phrasings both, each with its
 * own articles: every lexicon reads every text, and the two languages share many group and contempt words.
 * Kept short: every exception is one more pattern in the automaton every text is scanned with.
 */
const AGAINST = [
  {
    articles: ['los', 'las'],
    phrases: ['racismo contra', 'odio hacia', 'discriminación contra', 'prejuicios contra'],
    notAll: { los: 'no todos', las: 'no todas' } as Record<string, string>,
  },
  {
    articles: ['os', 'as'],
    phrases: ['racismo contra', 'preconceito contra', 'preconceito com', 'discriminação contra'],
    notAll: { os: 'nem todos', as: 'nem todas' } as Record<string, string>,
  },
];
/** A phrase spelled as the term is: "discriminacion contra los judios" when the term has no accents. */
const spelled = (phrase: string, term: string): string => (plain(term) === term ? plain(phrase) : phrase);
/** "los gitanos" gets the Spanish phrases, "os ciganos" the Portuguese ones, a bare "gays" both with its plural article. */
export const againstContempt = (term: string, withPhrases = true): TermWithExceptions => {
  const head = term.split(' ')[0]!;
  const unless = AGAINST.flatMap(({ articles, phrases, notAll }) => {
    const article = term.includes(' ') ? head : articles[/as$/.test(term) ? 1 : 0]!;
    if (!articles.includes(article)) return [];
    const form = term.includes(' ') ? term : `${article} ${term}`;
    return [...(withPhrases ? phrases.map((phrase) => `${spelled(phrase, term)} ${form}`) : []), `${notAll[article]} ${form}`];
  });
  return { term, unless };
};
/** Contempt denied is none: "los mexicanos no son flojos", "os baianos não são preguiçosos". */
const DENIALS = ['no son', 'no es', 'não são', 'não é'];
export const notDenied = (term: string): TermWithExceptions => ({
  term,
  unless: [...new Set(DENIALS.map((denial) => `${spelled(denial, term)} ${term}`))],
});
/** "No todo argentino...", "nem todo baiano...". */
export const notEvery = (term: string): TermWithExceptions => ({ term, unless: withPlain(['no', 'nem'].map((denial) => `${denial} ${term}`)) });

/** How a language names people by where they are from: its inflection and the words that make a demonym mean people. */
export interface DemonymGrammar {
  /** Masculine, feminine, masculine plural, feminine plural. */
  readonly inflect: (word: string) => readonly [string, string, string, string];
  readonly pluralHeads: { readonly masculine: readonly string[]; readonly feminine: readonly string[] };
  readonly singularHeads: { readonly masculine: readonly string[]; readonly feminine: readonly string[] };
  /** Words that are also a language, a coffee or a colour in the singular: plural only. */
  readonly pluralOnly: ReadonlySet<string>;
  /** Forms that name something else (a country, a fruit). */
  readonly notPeople: ReadonlySet<string>;
  /** The curse that, after a plural demonym, says whom it means ("de mierda"). */
  readonly curse: string;
}

/** Every phrase in which a demonym names people ("los mexicanos", "todo argentino", "baianos de merda"), with accentless forms. */
export const demonymPhrases = (words: readonly string[], grammar: DemonymGrammar): string[] =>
  words.flatMap((word) => {
    const { inflect, pluralHeads, singularHeads, pluralOnly, notPeople, curse } = grammar;
    const [m, f, mp, fp] = inflect(word);
    const plural = [...pluralHeads.masculine.map((head) => `${head} ${mp}`), ...(notPeople.has(fp) ? [] : pluralHeads.feminine.map((head) => `${head} ${fp}`))];
    const feminine = notPeople.has(f) ? [] : singularHeads.feminine.map((head) => `${head} ${f}`);
    const singular = pluralOnly.has(word) ? [] : [...singularHeads.masculine.map((head) => `${head} ${m}`), ...feminine];
    const cursed = [`${mp} ${curse}`, ...(notPeople.has(fp) ? [] : [`${fp} ${curse}`])];
    return withPlain([...plural, ...singular, ...cursed]);
  });

/**
 * Subjects before "tienes/usas/tem/usa + app" that ask everyone or tell of someone else, not the reader, in either
 * language, since each lexicon reads the other's text too: "¿alguien usa Telegram?", "quem tem LINE aqui?",
 * "minha mãe usa zap".
 */
export const NOT_THE_READER = ['alguien', 'alguém', 'alguem', 'quién', 'quien', 'quem', 'nadie', 'ninguém', 'ninguem', 'todo el mundo', 'todo mundo', 'la gente',
  'a gente', 'que', 'él', 'ella', 'ele', 'ela', 'qualcuno', 'chi', 'nessuno', 'mi mamá', 'mi mama', 'mi papá', 'minha mãe', 'meu pai', 'se'];
