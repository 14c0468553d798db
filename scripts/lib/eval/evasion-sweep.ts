import { LANGUAGES, type Language, type RuleId, type Surface } from '../../../functions/policy/rules';
import { checkText } from '../../../functions/text/engine';
import type { Evidence, TextVerdict } from '../../../functions/text/types';
import { readFixtureLines } from '../../../test/unit/text/fixture-files';
import type { Table } from '../text-table';

/**
 * How each way of disguising a word holds up: every language case the engine catches is checked again with
 * the longest word of each piece of its evidence disguised one way, as someone slipping it past a filter would
 * ("fuck" -> "f.u.c.k", "fück", "ｆｕｃｋ"). Mechanical, so it measures the normaliser and the matcher on every
 * term the cases reach rather than on a list of examples.
 */

type Disguise = (word: string) => string;

const mapCharacters = (word: string, map: (character: string, index: number) => string): string => [...word].map(map).join('');
const joinCharacters = (separator: string): Disguise => (word) => [...word].join(separator);
const LOOKALIKES: Readonly<Record<string, string>> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј' };
const LEET: Readonly<Record<string, string>> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const VOWEL = /[aeiouаеиоуыэюяáéíóú]/iu;

/** The first `count` characters a table swaps, swapped. */
const swapFirst =
  (table: Readonly<Record<string, string>>, count: number): Disguise =>
  (word) => {
    let swapped = 0;
    return mapCharacters(word, (character) => {
      const swap = table[character.toLowerCase()];
      if (swap === undefined || swapped >= count) return character;
      swapped += 1;
      return swap;
    });
  };

export const DISGUISES: readonly (readonly [string, Disguise])[] = [
  ['zero-width', joinCharacters('\u200b')],
  ['dots', joinCharacters('.')],
  ['spaces', joinCharacters(' ')],
  ['hyphens', joinCharacters('-')],
  ['full-width', (word) => mapCharacters(word, (character) => (character >= '!' && character <= '~' ? String.fromCharCode(character.charCodeAt(0) + 0xfee0) : character))],
  ['look-alikes', swapFirst(LOOKALIKES, Infinity)],
  ['leetspeak', swapFirst(LEET, 2)],
  ['stretched', (word) => mapCharacters(word, (character) => (VOWEL.test(character) ? character.repeat(3) : character))],
  ['capitals', (word) => word.toUpperCase()],
  ['one accent', swapFirst({ a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü' }, 1)],
  ['accent on each letter', (word) => mapCharacters(word, (character) => (/\p{L}/u.test(character) ? `${character}\u0301` : character))],
  ['one letter masked', (word) => ([...word].length >= 4 ? mapCharacters(word, (character, index) => (index === 1 ? '*' : character)) : word)],
];

const WORD = /[\p{L}\p{M}\p{N}'’$@]+/gu;

/** The text with the longest word of each evidence span disguised. */
export const disguiseEvidence = (text: string, evidence: readonly Evidence[], disguise: Disguise): string => {
  let disguised = text;
  // From the end, so earlier offsets still hold.
  for (const { start, end } of [...evidence].sort((a, b) => b.start - a.start)) {
    const words = [...disguised.slice(start, end).matchAll(WORD)];
    if (words.length === 0) continue;
    const longest = words.reduce((best, word) => ([...word[0]].length > [...best[0]].length ? word : best));
    const at = start + longest.index;
    disguised = disguised.slice(0, at) + disguise(longest[0]) + disguised.slice(at + longest[0].length);
  }
  return disguised;
};

interface Case {
  readonly lang: Language;
  readonly text: string;
  readonly surface: Surface;
  readonly rules: readonly RuleId[];
}

const FEW_CASES = 20;

const caughtBy = (verdict: TextVerdict, rules: readonly RuleId[]) => verdict.decision !== 'allow' && verdict.rules.some((hit) => rules.includes(hit.id));

const languageCases = (): Case[] =>
  readFixtureLines('cases', '.jsonl').flatMap(({ file, text: raw }) => {
    const fixture = JSON.parse(raw) as { text: string; surface?: Surface; rules: RuleId[] };
    return fixture.rules.length === 0 ? [] : [{ lang: file.replace('.jsonl', '') as Language, text: fixture.text, surface: fixture.surface ?? 'moment', rules: fixture.rules }];
  });

/** Per disguise and language: of the cases the engine catches as written, how many it still catches disguised. */
export const evasionSweepTable = (): { table: Table; cases: number } => {
  const counts = new Map<string, { caught: number; tried: number }>();
  const count = (disguise: string, lang: string, caught: boolean): void => {
    const cell = counts.get(`${disguise}|${lang}`) ?? { caught: 0, tried: 0 };
    cell.tried += 1;
    if (caught) cell.caught += 1;
    counts.set(`${disguise}|${lang}`, cell);
  };
  let swept = 0;
  for (const { lang, text, surface, rules } of languageCases()) {
    const verdict = checkText({ text, surface });
    if (!caughtBy(verdict, rules)) continue;
    const evidence = verdict.rules.find((hit) => rules.includes(hit.id))!.evidence;
    swept += 1;
    for (const [name, disguise] of DISGUISES) {
      const disguised = disguiseEvidence(text, evidence, disguise);
      if (disguised === text) continue;
      const caught = caughtBy(checkText({ text: disguised, surface }), rules);
      count(name, lang, caught);
      count(name, 'all', caught);
    }
  }
  const columns = [...LANGUAGES.filter((lang) => counts.has(`${DISGUISES[0]![0]}|${lang}`)), 'all'];
  // A share of a handful of cases says little: those cells name how many there were.
  const percent = (disguise: string, lang: string): string => {
    const cell = counts.get(`${disguise}|${lang}`);
    if (cell === undefined) return '–';
    const share = `${Math.round((100 * cell.caught) / cell.tried)}%`;
    return cell.tried < FEW_CASES ? `${share} of ${cell.tried}` : share;
  };
  return {
    table: { headers: ['disguise', ...columns], align: ['left', ...columns.map(() => 'right' as const)], rows: DISGUISES.map(([name]) => [name, ...columns.map((lang) => percent(name, lang))]) },
    cases: swept,
  };
};
