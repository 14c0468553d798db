import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../../functions/policy/rules';
import type { TextCheckInput, TextVerdict } from '../../../functions/text/types';
import { policyEngineClassifier } from '../../../scripts/lib/classifiers/engine';
import { TEST_SPLIT } from '../../../scripts/lib/classifiers/row-filters';
import type { ClassifierEntry, TextClassifier } from '../../../scripts/lib/classifiers/types';
import { flagTable, labelledRuleTable, ruleTable } from '../../../scripts/lib/eval/eval-tables';
import { evaluate } from '../../../scripts/lib/eval/evaluate';
import { splitOf, type LabelledRow, type LabelledSet } from '../../../scripts/lib/labelled-data';

const row = (id: string, lang: string, text: string, rules: RuleId[]): LabelledRow => ({ id, lang, text, label: rules.length ? 'bad' : 'ok', rules });

const insults: LabelledSet = {
  name: 'insults-en',
  rows: [
    row('1', 'en', 'you idiot', ['M6', 'C1']),
    row('2', 'en', 'idiot move, mate', ['M6', 'C1']),
    row('3', 'en', 'you are rude', ['M6', 'C1']),
    row('4', 'en', 'nice weather', []),
  ],
};
const spam: LabelledSet = {
  name: 'spam-en',
  rows: [row('1', 'en', 'win cash now', ['C4', 'M5']), row('2', 'en', 'see you at six', [])],
};

// A stub engine: "idiot" is an insult (C1, M6), "cash" is spam (C4, M5), "weather" goes to review.
const stubCheckText = ({ text }: TextCheckInput): TextVerdict => {
  const rules: RuleId[] = [
    ...(text.includes('idiot') ? (['C1', 'M6'] as const) : []),
    ...(text.includes('cash') ? (['C4', 'M5'] as const) : []),
  ];
  const decision = rules.length > 0 ? 'block' : text.includes('weather') ? 'review' : 'allow';
  return { decision, rules: rules.map((id) => ({ id, severity: 'high', confidence: 1, evidence: [] })), policyVersion: 'test' };
};

const entry = (name: string, reportsRules: boolean, rowFilter?: ClassifierEntry['rowFilter']): ClassifierEntry => ({
  name,
  reportsRules,
  rowFilter,
  create: () => Promise.reject(new Error('not used: evaluate takes ready classifiers')),
});

describe('evaluate', () => {
  it('scores review as flagged, per set and over all sets', () => {
    // Act
    const result = evaluate([insults, spam], [{ entry: entry('engine', true), classifier: policyEngineClassifier(stubCheckText) }]);

    // Assess: insults: caught 1, 2; missed 3; flagged the clean row 4 (review)
    expect(result.flags('engine', 'own', { kind: 'set', set: 'insults-en' })).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 0 });
    expect(result.flags('engine', 'own', { kind: 'all' })).toEqual({ truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(result.rowCount('own', { kind: 'lang', lang: 'en' })).toBe(6);
  });

  it('scores each rule id on its own against the gold ids', () => {
    const result = evaluate([insults, spam], [{ entry: entry('engine', true), classifier: policyEngineClassifier(stubCheckText) }]);

    expect(result.goldRules.map(({ id }) => id)).toEqual(['C1', 'C4', 'M5', 'M6']);
    expect(result.ruleHits('engine', 'M6', 'en')).toEqual({ truePositives: 2, falsePositives: 0, falseNegatives: 1, trueNegatives: 3 });
    expect(result.ruleHits('engine', 'C4', undefined)).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0, trueNegatives: 5 });
  });

  it('scores what each set labels apart from what else the policy forbids', () => {
    // Prepare: a spam set whose clean row holds cursing the engine rightly flags (M6), and spam it catches
    const sms: LabelledSet = { name: 'sms-en', rows: Array.from({ length: 40 }, (_, i) => row(String(i), 'en', i % 2 ? 'win cash now' : 'damn, late again', i % 2 ? ['C4', 'M5'] : [])) };
    const engine: TextClassifier = {
      classify: ({ text }) => (text.includes('cash') ? { flagged: true, rules: ['C4', 'M5'] } : { flagged: true, rules: ['M6'] }),
    };

    // Act
    const result = evaluate([sms], [{ entry: entry('engine', true), classifier: engine }]);

    // Assess: every clean row is flagged, but none under the rules the set labels
    const testRows = sms.rows.filter((r) => splitOf('sms-en', r) === 'test');
    const spamRows = testRows.filter((r) => r.rules.length > 0).length;
    expect(result.sets[0]?.rules).toEqual(['C4', 'M5']);
    expect(result.flags('engine', 'test', { kind: 'set', set: 'sms-en' }).falsePositives).toBe(testRows.length - spamRows);
    expect(result.labelledFlags('engine', 'sms-en')).toEqual({ truePositives: spamRows, falsePositives: 0, falseNegatives: 0, trueNegatives: testRows.length - spamRows });
  });

  it('never shows a filtered classifier the rows its filter drops', () => {
    // Prepare: a classifier that records what it was asked
    const seen: string[] = [];
    const recorder: TextClassifier = { classify: ({ text }) => (seen.push(text), { flagged: false, rules: [] }) };
    const manyRows: LabelledSet = { name: 'many', rows: Array.from({ length: 60 }, (_, i) => row(String(i), 'en', `text ${i}`, i % 2 ? ['M6'] : [])) };

    // Act
    const result = evaluate([manyRows], [{ entry: entry('model', false, TEST_SPLIT), classifier: recorder }]);

    // Assess
    const testRows = manyRows.rows.filter((r) => splitOf('many', r) === 'test');
    expect(testRows.length).toBeGreaterThan(0);
    expect(seen).toEqual(testRows.map((r) => r.text));
    expect(result.rowCount('test', { kind: 'all' })).toBe(testRows.length);
  });
});

describe('eval tables', () => {
  it('puts one column per classifier and one row per set, language spanning sets, and total, in both scopes', () => {
    const result = evaluate(
      [insults, spam],
      [
        { entry: entry('engine', true), classifier: policyEngineClassifier(stubCheckText) },
        { entry: entry('model', false, TEST_SPLIT), classifier: { classify: () => ({ flagged: true, rules: [] }) } },
      ],
    );

    const table = flagTable(result);

    expect(table.headers).toEqual(['rows', 'set', 'lang', 'n', 'engine', 'model (test split only)']);
    expect(table.rows.map((cells) => cells.slice(0, 3).join(' '))).toEqual([
      'all rows insults-en en',
      'all rows spam-en en',
      'all rows all sets en',
      'all rows all sets all',
      'test split insults-en en',
      'test split spam-en en',
      'test split all sets en',
      'test split all sets all',
    ]);
    expect(table.rows[0]?.[4]).toBe('0.67 / 0.67 / 0.67');
  });

  it('lists only rule-reporting classifiers in the rule table, with a dash where precision is undefined', () => {
    const silentEngine: TextClassifier = { classify: () => ({ flagged: false, rules: [] }) };
    const result = evaluate([spam], [
      { entry: entry('engine', true), classifier: silentEngine },
      { entry: entry('peer', false), classifier: silentEngine },
    ]);

    const table = ruleTable(result);

    expect(table?.headers).toEqual(['rule', 'lang', 'gold rows', 'engine']);
    expect(table?.rows[0]).toEqual(['C4', 'en', '1', '   – / 0.00 / 0.00']);
  });

  it('lists each set with the rules it labels and the rule-reporting classifiers in the labelled-rules table', () => {
    const result = evaluate([insults, spam], [
      { entry: entry('engine', true), classifier: policyEngineClassifier(stubCheckText) },
      { entry: entry('peer', false), classifier: { classify: () => ({ flagged: true, rules: [] }) } },
    ]);

    const table = labelledRuleTable(result);

    expect(table?.headers).toEqual(['set', 'labelled rules', 'n', 'engine']);
    expect(table?.rows.map((cells) => cells.slice(0, 2))).toEqual([
      ['insults-en', 'C1,M6'],
      ['spam-en', 'C4,M5'],
    ]);
  });

  it('has no rule table when no classifier names rules', () => {
    const result = evaluate([spam], [{ entry: entry('peer', false), classifier: { classify: () => ({ flagged: true, rules: [] }) } }]);

    expect(ruleTable(result)).toBeUndefined();
    expect(labelledRuleTable(result)).toBeUndefined();
  });
});
