import { NAME_LIKE_TERMS } from '../../policy/text-thresholds';

const NAME_LIKE = new Set(NAME_LIKE_TERMS);
/** Capitalised words that address or describe rather than name: "You Dick", "Such a Dick". */
const NOT_NAMES = new Set(['You', 'Your', 'U', 'Ur', 'A', 'Such', 'What', 'Big', 'Little', 'The', 'My', 'Suck', 'Stupid', 'Fat', 'Hey', 'Yo']);
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

const wordAfter = (text: string, end: number): string => /^\s+(\S+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
const wordBefore = (text: string, start: number): string => /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';

/** Whether the span is a name-like term written as part of a name ("Dick Van Dyke", "Moby Dick"). */
export const looksLikeName = (text: string, start: number, end: number): boolean => {
  const word = text.slice(start, end);
  if (!NAME_LIKE.has(word.toLowerCase()) || !CAPITALISED.test(word)) return false;
  const next = wordAfter(text, end);
  const previous = wordBefore(text, start).replace(/[^\p{L}]/gu, '');
  return CAPITALISED.test(next) || (CAPITALISED.test(previous) && !NOT_NAMES.has(previous));
};
