import { NAME_LIKE_TERMS } from '../../policy/text-thresholds';

const NAME_LIKE = new Set(NAME_LIKE_TERMS);
const LONGEST_NAME = Math.max(...NAME_LIKE_TERMS.map((term) => term.length));
/** Words that put an insult in front of a capitalised word ("You Dick", "such a Dick", "suck my Dick", "du bist ein Bastardo"). */
const NOT_NAMES = new Set([
  'you', 'your', 'u', 'ur', 'ya', 'a', 'an', 'such', 'what', 'big', 'little', 'the', 'my', 'his', 'suck', 'stupid', 'fat', 'hey', 'yo', 'total', 'fucking',
  'ein', 'eine', 'du', 'un', 'une', 'una', 'uno', 'um', 'uma', 'tu', 'sei', 'es', 'eres', 'sale', 'gros', 'grosse', 'pezzo', 'figlio',
  // "Che Bastardo!", "quel Bastardo", "shut up Bitche", "I am Cumming".
  'che', 'quel', 'quello', 'questo', 'sto', 'up', 'am', 'm',
]);
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SENTENCE_END = /[.!?。！？\n]\s*$/u;

const wordAfter = (text: string, end: number): string => /^\s+(\S+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
const textBefore = (text: string, start: number): string => text.slice(Math.max(0, start - 40), start);
const lastWord = (before: string): string => /(\p{L}+)\P{L}*$/u.exec(before)?.[1] ?? '';

/**
 * Whether the span is a name-like term written as a name: capitalised next to another capitalised
 * word ("Dick Van Dyke", "Moby Dick"), or capitalised in mid-sentence after a word that does not aim
 * it ("my grandfather Dick").
 */
export const looksLikeName = (text: string, start: number, end: number): boolean => {
  // Every name-like term is an ASCII word: a hit not starting with a capital A-Z is no name.
  const first = text.charCodeAt(start);
  if (end - start > LONGEST_NAME || first < 65 || first > 90) return false;
  const word = text.slice(start, end);
  if (!NAME_LIKE.has(word.toLowerCase()) || !CAPITALISED.test(word)) return false;
  const before = textBefore(text, start);
  const previous = lastWord(before);
  if (NOT_NAMES.has(previous.toLowerCase())) return false;
  const sentenceStart = before.trim() === '' || SENTENCE_END.test(before);
  return CAPITALISED.test(wordAfter(text, end)) || CAPITALISED.test(previous) || !sentenceStart;
};
