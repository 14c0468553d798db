import { resolve } from 'node:path';
import { z } from 'zod';
import { LANGUAGES, RULE_IDS, SURFACES } from '../../../functions/policy/rules';
import { readJsonl } from '../jsonl';
import type { Table } from '../text-table';
import type { ReadyClassifier } from './evaluate';

/**
 * Messages written fresh, in all twelve languages, by people probing the engine after its lexicons were
 * last tuned, and never tuned on since: how the engine does on text nobody fitted it to. A line the
 * lexicons have been changed for no longer measures that; replace the file rather than fit it.
 */
export const FRESH_LINES_FILE = resolve(import.meta.dirname, '../../../test/fixtures/text/holdout/fresh-lines.jsonl');

const freshLine = z.object({
  lang: z.enum(LANGUAGES),
  family: z.string(),
  surface: z.enum(SURFACES),
  text: z.string().min(1),
  /** The rules the line breaks on its surface; empty for an ordinary line. */
  rules: z.array(z.enum(RULE_IDS)),
});
export type FreshLine = z.infer<typeof freshLine>;

export const loadFreshLines = (file = FRESH_LINES_FILE): Promise<FreshLine[]> => readJsonl(file, freshLine);

interface Tally {
  violations: number;
  caught: number;
  ordinary: number;
  allowed: number;
}

/**
 * A violating line is caught when the classifier flags it and, for one that names rules, names one of the
 * line's; an ordinary line counts when it is not flagged.
 */
const tally = (lines: readonly FreshLine[], { entry, classifier }: ReadyClassifier): Tally => {
  const counts: Tally = { violations: 0, caught: 0, ordinary: 0, allowed: 0 };
  for (const { text, lang, surface, rules } of lines) {
    const verdict = classifier.classify({ text, lang, surface });
    if (rules.length === 0) {
      counts.ordinary += 1;
      if (!verdict.flagged) counts.allowed += 1;
      continue;
    }
    counts.violations += 1;
    if (verdict.flagged && (!entry.reportsRules || verdict.rules.some((id) => rules.includes(id)))) counts.caught += 1;
  }
  return counts;
};

const cell = ({ violations, caught, ordinary, allowed }: Tally): string => `${caught}/${violations} · ${allowed}/${ordinary}`;

/** Per language and in all: violations caught and ordinary lines allowed, per classifier. */
export const freshLinesTable = (lines: readonly FreshLine[], classifiers: readonly ReadyClassifier[]): Table => {
  const languages = LANGUAGES.filter((lang) => lines.some((line) => line.lang === lang));
  const groups: [string, readonly FreshLine[]][] = [...languages.map((lang): [string, FreshLine[]] => [lang, lines.filter((line) => line.lang === lang)]), ['all', lines]];
  return {
    headers: ['lang', 'lines', ...classifiers.map(({ entry }) => entry.name)],
    align: ['left', 'right', ...classifiers.map(() => 'left' as const)],
    rows: groups.map(([name, group]) => [name, group.length.toLocaleString('en-US'), ...classifiers.map((ready) => cell(tally(group, ready)))]),
  };
};
