/**
 * `npm run model-bars`: after `npm run train`, the lowest review bar per surface and model group at which
 * every line that must be allowed still is, read by the whole engine (rules first, their cleared spans
 * hidden from the model): the ordinary corpus and the allowed families (test/fixtures/text/allowed) on
 * every surface, and each language case without rules on its own surface. Prints it beside the policy's bar (functions/policy/text-model.ts) and the labelled
 * sets' validation F1 in a Moment at both, so a retrained model's bars are picked by one rule, not by eye.
 * Reads only; the bars are changed by hand in the policy.
 */
import { MODEL_THRESHOLDS, type ModelThresholds } from '../functions/policy/text-model';
import { SURFACES, type Surface } from '../functions/policy/rules';
import { decide } from '../functions/text/decide';
import { modelFindings, type SurfaceModelThresholds } from '../functions/text/model-findings';
import { MODEL_GROUPS, type ModelGroup } from '../functions/text/model/groups';
import { readRules } from '../functions/text/rule-reading';
import type { RuleReading } from '../functions/text/types';
import { readFixtureLines } from '../test/unit/text/fixture-files';
import { listLabelledSets, loadLabelledSet, splitOf } from './lib/labelled-data';
import { emptyConfusion, scoresOf, tally } from './lib/metrics';
import { renderAligned } from './lib/text-table';

/** Bars are looked for on this grid, from LOWEST_BAR up to the group's block threshold. */
const STEP = 0.01;
const LOWEST_BAR = 0.3;

interface ReadLine {
  readonly where: string;
  readonly text: string;
  readonly reading: RuleReading;
}

/** One must-allow line on one surface. */
interface AllowedLine extends ReadLine {
  readonly surface: Surface;
}

const read = (where: string, text: string): ReadLine => ({ where, text, reading: readRules({ text }) });

const mustAllow = (): AllowedLine[] => {
  const everywhere = [...readFixtureLines('ordinary', '.txt'), ...readFixtureLines('allowed', '.txt')];
  const ordinary = everywhere.flatMap(({ file, line, text }) => {
    const lineRead = read(`${file}:${line}`, text);
    return SURFACES.map((surface) => ({ ...lineRead, surface }));
  });
  const cases = readFixtureLines('cases', '.jsonl').flatMap(({ file, line, text: raw }) => {
    const fixture = JSON.parse(raw) as { text: string; surface?: Surface; rules: string[] };
    return fixture.rules.length > 0 ? [] : [{ ...read(`${file}:${line}`, fixture.text), surface: fixture.surface ?? 'moment' }];
  });
  return [...ordinary, ...cases];
};

const decisionWith = (line: ReadLine, surface: Surface, thresholds: SurfaceModelThresholds) =>
  decide([...line.reading.findings, ...modelFindings(line.text, surface, line.reading, thresholds)], surface).decision;

/** The surface's thresholds with one group's review bar moved (the cue bar never above it). */
const withReview = (thresholds: SurfaceModelThresholds, group: ModelGroup, review: number): SurfaceModelThresholds => {
  const moved: ModelThresholds = { ...thresholds[group], review, reviewWithCue: Math.min(thresholds[group].reviewWithCue, review) };
  return { ...thresholds, [group]: moved };
};

/** The first line a set of bars flags, if any. */
const firstFlagged = (lines: readonly AllowedLine[], surface: Surface, thresholds: SurfaceModelThresholds): AllowedLine | undefined =>
  lines.find((line) => line.surface === surface && decisionWith(line, surface, thresholds) !== 'allow');

/** The surface's policy bars with every group but one silenced, so a line another group flags does not hold this one's bar. */
const groupAlone = (surface: Surface, group: ModelGroup): SurfaceModelThresholds =>
  Object.fromEntries(
    MODEL_GROUPS.map((other) => [other, other === group ? MODEL_THRESHOLDS[surface][other] : { ...MODEL_THRESHOLDS[surface][other], review: 1, reviewWithCue: 1 }]),
  ) as Record<ModelGroup, ModelThresholds>;

/**
 * Lowering a bar only adds findings, so the lowest clearing bar is found by bisection on the grid. Model
 * groups feed different signals, so each group's bar is found alone.
 */
const lowestClearingBar = (lines: readonly AllowedLine[], surface: Surface, group: ModelGroup): { bar: number; below?: AllowedLine } => {
  const policy = groupAlone(surface, group);
  const steps = (value: number): number => Math.round(value / STEP);
  let [low, high] = [steps(LOWEST_BAR), steps(policy[group].block)];
  if (firstFlagged(lines, surface, withReview(policy, group, low * STEP)) === undefined) return { bar: low * STEP };
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (firstFlagged(lines, surface, withReview(policy, group, middle * STEP)) === undefined) high = middle;
    else low = middle;
  }
  return { bar: high * STEP, below: firstFlagged(lines, surface, withReview(policy, group, low * STEP)) };
};

/** Each labelled set's validation rows, read by the rules once for every set of bars they are scored at. */
const validationSets = async (): Promise<{ name: string; rows: { line: ReadLine; gold: boolean }[] }[]> =>
  Promise.all(
    listLabelledSets().map(async (name) => {
      const { rows } = await loadLabelledSet(name);
      const validation = rows.filter((row) => splitOf(name, row) === 'validation');
      return { name, rows: validation.map((row) => ({ line: read(row.id, row.text), gold: row.rules.length > 0 })) };
    }),
  );

/** F1 of "not allowed" against "has rules" on each labelled set's validation split, in a Moment. */
const validationF1 = (sets: Awaited<ReturnType<typeof validationSets>>, thresholds: SurfaceModelThresholds): string =>
  sets
    .map(({ name, rows }) => {
      const confusion = emptyConfusion();
      for (const { line, gold } of rows) tally(confusion, decisionWith(line, 'moment', thresholds) !== 'allow', gold);
      return `${name} ${scoresOf(confusion).f1?.toFixed(3) ?? '-'}`;
    })
    .join(', ');

const lines = mustAllow();
process.stderr.write(`model bars: ${lines.length} must-allow (line, surface) pairs read\n`);
// Moments, comments and profiles share one set of public bars; chat has its own.
const rows: string[][] = [];
let publicBars: SurfaceModelThresholds = MODEL_THRESHOLDS.moment;
for (const surface of ['moment', 'chat'] as const) {
  const surfaces: readonly Surface[] = surface === 'chat' ? ['chat'] : SURFACES.filter((other) => other !== 'chat');
  for (const group of MODEL_GROUPS) {
    const picks = surfaces.map((one) => lowestClearingBar(lines, one, group));
    const binding = picks.reduce((highest, pick) => (pick.bar > highest.bar ? pick : highest));
    if (surface === 'moment') publicBars = withReview(publicBars, group, binding.bar);
    const stopper = binding.below ? `${binding.below.where} ${binding.below.text.slice(0, 60)}` : '';
    rows.push([surface === 'chat' ? 'chat' : 'public', group, MODEL_THRESHOLDS[surface][group].review.toFixed(2), binding.bar.toFixed(2), stopper]);
  }
}
console.log(renderAligned({ headers: ['surface', 'group', 'policy review', 'lowest clearing', 'flagged one step lower'], align: ['left', 'left', 'right', 'right', 'left'], rows }));
const validation = await validationSets();
console.log(`\nvalidation F1 in a Moment at the policy's bars: ${validationF1(validation, MODEL_THRESHOLDS.moment)}`);
console.log(`validation F1 in a Moment at the lowest clearing bars: ${validationF1(validation, publicBars)}`);
