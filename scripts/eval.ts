/**
 * `npm run eval`: precision, recall and F1 of the text engine and the wordlist peers on the labelled sets
 * in ../shared/data. Flags: `--no-readme` (print only), `--only=engine,obscenity` (a subset; never
 * written to the README, whose table must compare everyone).
 */
import { POLICY_VERSION } from '../functions/policy/rules';
import { TEXT_CLASSIFIERS } from './lib/classifiers/registry';
import { flagTable, labelledRuleTable, ruleTable } from './lib/eval/eval-tables';
import { DISGUISES, evasionSweepTable } from './lib/eval/evasion-sweep';
import { evaluate, type EvalProgress, type ReadyClassifier } from './lib/eval/evaluate';
import { freshLinesTable, loadFreshLines } from './lib/eval/fresh-lines';
import { listLabelledSets, loadLabelledSet } from './lib/labelled-data';
import { progressLine } from './lib/progress-line';
import { README_PATH, writeMarkedBlock } from './lib/readme-block';
import { renderAligned, renderMarkdown, type Table } from './lib/text-table';

const onlyFlag = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyFlag?.slice('--only='.length).split(',');
const writeReadme = !process.argv.includes('--no-readme') && !only;

const entries = TEXT_CLASSIFIERS.filter((entry) => !only || only.includes(entry.name));
if (entries.length === 0) throw new Error(`--only matched no classifier; known: ${TEXT_CLASSIFIERS.map((entry) => entry.name).join(', ')}`);

const startedAt = performance.now();
const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const status = progressLine();

const sets = await Promise.all(listLabelledSets().map((name) => loadLabelledSet(name)));
const rowTotal = sets.reduce((sum, set) => sum + set.rows.length, 0);
status.done(`eval: ${rowTotal.toLocaleString('en-US')} rows in ${sets.length} sets loaded (${seconds(startedAt)})`);

const ready: ReadyClassifier[] = [];
for (const entry of entries) ready.push({ entry, classifier: await entry.create() });

let current = { classifier: '', since: performance.now() };
const onProgress = ({ classifier, set, done, total }: EvalProgress): void => {
  if (classifier !== current.classifier) {
    if (current.classifier) status.done(`eval: ${current.classifier} scored (${seconds(current.since)})`);
    current = { classifier, since: performance.now() };
  }
  status.update(`eval: ${classifier} · ${set} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
};
const result = evaluate(sets, ready, onProgress);
status.done(`eval: ${current.classifier} scored (${seconds(current.since)})`);

const freshLines = await loadFreshLines();
const fresh = freshLinesTable(freshLines, ready);
status.done(`eval: ${freshLines.length} fresh lines scored`);
const freshLegend =
  'Fresh lines nobody tuned on (`test/fixtures/text/holdout/fresh-lines.jsonl`): messages in every language written by people probing the engine, on the surface each names, ' +
  'none of which the lexicons were changed for. Cells: violations caught (flagged, and by one of the line\'s rules for a classifier that names rules) · ordinary lines allowed.';

const evasion = evasionSweepTable();
status.done(`eval: ${evasion.cases} caught language cases disguised ${DISGUISES.length} ways`);
const evasionLegend =
  `Evasion (\`scripts/lib/eval/evasion-sweep.ts\`): each of the ${evasion.cases} language cases the engine catches as written (\`test/fixtures/text/cases\`), checked again with the longest word of each piece of its evidence disguised one way. ` +
  'Cells: share still caught by one of its rules (with the number of cases where fewer than 20 could be disguised). A disguise that leaves a case unchanged (no Latin letters to swap) does not count.';

const flags = flagTable(result);
const rules = ruleTable(result);
const labelled = labelledRuleTable(result);
const legend = 'Cells: precision / recall / F1. Flagged = decision is not `allow` (a peer: says "profane"); gold = the row should not be allowed. Surface `moment`.';
const scopes =
  '`all rows` score each classifier on every row it may see (a learned one only on the test split); `test split` rows score every classifier on the same held-out rows.';
const ruleLegend = 'Per rule group: predicted = the rule id is among the decision\'s rules; gold = it is among the row\'s rules.';
const labelledLegend =
  'What each set labels, test split: flagged = the decision names one of the rules the set\'s labels use; gold = the row should not be allowed. ' +
  'The policy forbids more than a set labels (in a Moment: cursing, alcohol, sexual talk, a phone number), and the flag table counts those hits as false positives on sets that never label them, such as the SMS set\'s "ham".';
const footer = `${rowTotal.toLocaleString('en-US')} rows in ${sets.length} sets from ../shared/data, policy ${POLICY_VERSION}; peers use their default (English) lists. Ran in ${seconds(startedAt)}.`;

const section = (render: (table: Table) => string): string =>
  [legend, scopes, render(flags), ...(labelled ? [labelledLegend, render(labelled)] : []), ...(rules ? [ruleLegend, render(rules)] : []), freshLegend, render(fresh), evasionLegend, render(evasion.table), footer].join('\n\n');

console.log(section(renderAligned));
if (writeReadme) {
  writeMarkedBlock(README_PATH, 'eval', section(renderMarkdown));
  status.done(`eval: tables written to ${README_PATH}`);
}
