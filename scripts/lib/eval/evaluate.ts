import { RULE_IDS, type RuleId } from '../../../functions/policy/rules';
import type { LabelledRow, LabelledSet } from '../labelled-data';
import { isLanguage } from '../languages';
import { emptyConfusion, tally, type Confusion } from '../metrics';
import { TEST_SPLIT } from '../classifiers/row-filters';
import type { ClassifierEntry, TextClassifier } from '../classifiers/types';

/** `own`: the rows each classifier's filter keeps; `test`: the shared test split, the same for all. */
export type Scope = 'own' | 'test';

/** A slice of the rows a flag score is reported for. */
export type FlagGroup = { readonly kind: 'set'; readonly set: string } | { readonly kind: 'lang'; readonly lang: string } | { readonly kind: 'all' };

export interface GoldRule {
  readonly id: RuleId;
  readonly rowsByLang: ReadonlyMap<string, number>;
}

export interface ReadyClassifier {
  readonly entry: ClassifierEntry;
  readonly classifier: TextClassifier;
}

export interface EvalProgress {
  readonly classifier: string;
  readonly set: string;
  readonly done: number;
  readonly total: number;
}

export interface EvalResult {
  readonly classifiers: readonly ClassifierEntry[];
  /** Each set with its languages and the rule ids its labels use. */
  readonly sets: readonly { readonly name: string; readonly langs: readonly string[]; readonly rules: readonly RuleId[] }[];
  /** Languages present in more than one set, which get rows of their own. */
  readonly sharedLangs: readonly string[];
  /** Rule ids that occur in the gold data, in policy order, with how many rows carry them per language. */
  readonly goldRules: readonly GoldRule[];
  /** Flagged vs should-not-be-allowed. */
  flags(classifier: string, scope: Scope, group: FlagGroup): Confusion;
  /** Rule id among the verdict's rules vs rule id among the gold rules; `lang` undefined = all rows. */
  ruleHits(classifier: string, rule: RuleId, lang: string | undefined): Confusion;
  /**
   * On the set's test-split rows: the verdict names a rule the set labels (for SMS spam C4 or M5) vs the
   * row should not be allowed, so what the policy forbids and the set never labels (cursing in an SMS)
   * does not count against a classifier.
   */
  labelledFlags(classifier: string, set: string): Confusion;
  /** Rows in a group within a scope, `own` meaning no filter. */
  rowCount(scope: Scope, group: FlagGroup): number;
}

const groupKey = (group: FlagGroup): string =>
  group.kind === 'set' ? `set:${group.set}` : group.kind === 'lang' ? `lang:${group.lang}` : 'all';

/** Confusions created on first use, keyed by their coordinates. */
const confusionBook = () => {
  const book = new Map<string, Confusion>();
  return (...coordinates: string[]): Confusion => {
    const key = coordinates.join('\u0000');
    let confusion = book.get(key);
    if (!confusion) book.set(key, (confusion = emptyConfusion()));
    return confusion;
  };
};

/** The scopes and groups one row counts in. */
const placeOf = (setName: string, row: LabelledRow): { scopes: readonly Scope[]; groups: readonly FlagGroup[] } => ({
  scopes: TEST_SPLIT.keep(setName, row) ? ['own', 'test'] : ['own'],
  groups: [{ kind: 'set', set: setName }, { kind: 'lang', lang: row.lang }, { kind: 'all' }],
});

const describeData = (sets: readonly LabelledSet[]) => {
  const langsBySet = sets.map((set) => {
    const labelled = new Set(set.rows.flatMap((row) => row.rules));
    return { name: set.name, langs: [...new Set(set.rows.map((row) => row.lang))].sort(), rules: RULE_IDS.filter((id) => labelled.has(id)) };
  });
  const setsPerLang = new Map<string, number>();
  for (const { langs } of langsBySet) for (const lang of langs) setsPerLang.set(lang, (setsPerLang.get(lang) ?? 0) + 1);
  const ruleRows = new Map<RuleId, Map<string, number>>();
  for (const set of sets) {
    for (const row of set.rows) {
      for (const id of row.rules) {
        const byLang = ruleRows.get(id) ?? new Map<string, number>();
        ruleRows.set(id, byLang.set(row.lang, (byLang.get(row.lang) ?? 0) + 1));
      }
    }
  }
  return {
    sets: langsBySet,
    sharedLangs: [...setsPerLang].filter(([, count]) => count > 1).map(([lang]) => lang).sort(),
    goldRules: RULE_IDS.flatMap((id) => {
      const byLang = ruleRows.get(id);
      return byLang ? [{ id, rowsByLang: new Map([...byLang].sort(([a], [b]) => a.localeCompare(b))) }] : [];
    }),
  };
};

/**
 * Scores every classifier on every set, surface `moment`. A classifier sees only the rows its filter
 * keeps; the `test` scope re-reads the same predictions restricted to the shared test split.
 */
export const evaluate = (sets: readonly LabelledSet[], classifiers: readonly ReadyClassifier[], onProgress?: (progress: EvalProgress) => void): EvalResult => {
  const data = describeData(sets);
  const flagBook = confusionBook();
  const ruleBook = confusionBook();
  const labelledBook = confusionBook();
  const counts = new Map<string, number>();
  const count = (scope: Scope, group: FlagGroup): void => {
    const key = `${scope}:${groupKey(group)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const set of sets) {
    for (const row of set.rows) {
      const { scopes, groups } = placeOf(set.name, row);
      for (const scope of scopes) for (const group of groups) count(scope, group);
    }
  }
  for (const { entry, classifier } of classifiers) {
    for (const [setIndex, set] of sets.entries()) {
      const setRules = data.sets[setIndex]!.rules;
      const progress = (done: number) => onProgress?.({ classifier: entry.name, set: set.name, done, total: set.rows.length });
      set.rows.forEach((row, index) => {
        if (index % 1000 === 0) progress(index);
        if (entry.rowFilter && !entry.rowFilter.keep(set.name, row)) return;
        const verdict = classifier.classify({ text: row.text, surface: 'moment', lang: isLanguage(row.lang) ? row.lang : undefined });
        const gold = row.rules.length > 0;
        const { scopes, groups } = placeOf(set.name, row);
        for (const scope of scopes) for (const group of groups) tally(flagBook(entry.name, scope, groupKey(group)), verdict.flagged, gold);
        if (!entry.reportsRules) return;
        if (scopes.includes('test')) tally(labelledBook(entry.name, set.name), verdict.rules.some((id) => setRules.includes(id)), gold);
        for (const { id } of data.goldRules) {
          const predicted = verdict.rules.includes(id);
          const expected = row.rules.includes(id);
          tally(ruleBook(entry.name, id, row.lang), predicted, expected);
          tally(ruleBook(entry.name, id, ''), predicted, expected);
        }
      });
      progress(set.rows.length);
    }
  }
  return {
    ...data,
    classifiers: classifiers.map(({ entry }) => entry),
    flags: (classifier, scope, group) => flagBook(classifier, scope, groupKey(group)),
    ruleHits: (classifier, rule, lang) => ruleBook(classifier, rule, lang ?? ''),
    labelledFlags: (classifier, set) => labelledBook(classifier, set),
    rowCount: (scope, group) => counts.get(`${scope}:${groupKey(group)}`) ?? 0,
  };
};
