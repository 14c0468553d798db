import { rowsOf, scoresOf, type Confusion } from '../metrics';
import type { Table } from '../text-table';
import type { ClassifierEntry } from '../classifiers/types';
import type { EvalResult, FlagGroup, Scope } from './evaluate';

// Padded to the width of "0.00" so columns of scores line up.
const decimals = (value: number | undefined): string => (value === undefined ? '–'.padStart(4) : value.toFixed(2));

/** "precision / recall / F1", a dash where a score is undefined. */
export const formatScores = (confusion: Confusion): string => {
  const { precision, recall, f1 } = scoresOf(confusion);
  return `${decimals(precision)} / ${decimals(recall)} / ${decimals(f1)}`;
};

const thousands = (count: number): string => count.toLocaleString('en-US');

const columnName = (entry: ClassifierEntry): string => (entry.rowFilter ? `${entry.name} (${entry.rowFilter.label} only)` : entry.name);

const SCOPE_LABELS: Record<Scope, string> = { own: 'all rows', test: 'test split' };

/** Sets x classifiers: P / R / F1 of flagged vs should-not-be-allowed, on each classifier's own rows and on the test split. */
export const flagTable = (result: EvalResult): Table => {
  const groups: { group: FlagGroup; set: string; lang: string }[] = [
    ...result.sets.map(({ name, langs }) => ({ group: { kind: 'set', set: name } as const, set: name, lang: langs.join(',') })),
    ...result.sharedLangs.map((lang) => ({ group: { kind: 'lang', lang } as const, set: 'all sets', lang })),
    { group: { kind: 'all' }, set: 'all sets', lang: 'all' },
  ];
  const scopes: Scope[] = ['own', 'test'];
  return {
    headers: ['rows', 'set', 'lang', 'n', ...result.classifiers.map(columnName)],
    align: ['left', 'left', 'left', 'right'],
    rows: scopes.flatMap((scope) =>
      groups.map(({ group, set, lang }) => [
        SCOPE_LABELS[scope],
        set,
        lang,
        thousands(result.rowCount(scope, group)),
        ...result.classifiers.map((entry) => formatScores(result.flags(entry.name, scope, group))),
      ]),
    ),
  };
};

/** Rule ids x rule-reporting classifiers, per language; undefined when no classifier names rules. */
export const ruleTable = (result: EvalResult): Table | undefined => {
  const columns = result.classifiers.filter((entry) => entry.reportsRules);
  if (columns.length === 0) return undefined;
  const rows = result.goldRules.flatMap(({ id, rowsByLang }) => {
    const perLang = [...rowsByLang].map(([lang, gold]) => ({ lang, gold, key: lang as string | undefined }));
    const total = { lang: 'all', gold: [...rowsByLang.values()].reduce((sum, n) => sum + n, 0), key: undefined };
    // The `all` row also counts hits in languages whose data never carries the rule: those are false positives too.
    return [...perLang, total].map(({ lang, gold, key }) => [
      id,
      lang,
      thousands(gold),
      ...columns.map((entry) => {
        const hits = result.ruleHits(entry.name, id, key);
        return rowsOf(hits) === 0 ? '–' : formatScores(hits);
      }),
    ]);
  });
  return { headers: ['rule', 'lang', 'gold rows', ...columns.map(columnName)], align: ['left', 'left', 'right'], rows };
};

/** Sets x rule-reporting classifiers on the test split: does the verdict name what the set labels; undefined when no classifier names rules. */
export const labelledRuleTable = (result: EvalResult): Table | undefined => {
  const columns = result.classifiers.filter((entry) => entry.reportsRules);
  if (columns.length === 0) return undefined;
  return {
    headers: ['set', 'labelled rules', 'n', ...columns.map(columnName)],
    align: ['left', 'left', 'right'],
    rows: result.sets.map(({ name, rules }) => [
      name,
      rules.join(','),
      thousands(result.rowCount('test', { kind: 'set', set: name })),
      ...columns.map((entry) => formatScores(result.labelledFlags(entry.name, name))),
    ]),
  };
};
