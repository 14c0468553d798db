import type { LabelledRow } from '../../../../scripts/lib/labelled-data';
import { GROUP_RULES, MODEL_GROUPS, type ModelGroup } from '../groups';

/** No target: the row says nothing about the group and is left out of its loss. */
export const UNLABELLED = -1;

const hitsGroup = (row: LabelledRow, group: ModelGroup): boolean => row.rules.some((rule) => GROUP_RULES[group].includes(rule));

/** The groups a set labels: those with at least one positive row in it. */
export const labelledGroups = (rows: readonly LabelledRow[]): ReadonlySet<ModelGroup> =>
  new Set(MODEL_GROUPS.filter((group) => rows.some((row) => hitsGroup(row, group))));

/**
 * A row's target for one group: 1 when it carries one of the group's rules; 0 when its set labels the
 * group, or when it is clean (annotators judged it acceptable: a ham SMS is very probably not abusive,
 * a Chinese comment kept as safe is not spam); UNLABELLED when another set flagged it for something
 * else, since a spam SMS may or may not be abusive. Clean rows of other sets are the only negatives the
 * spam group sees in Korean and Chinese, and the abuse group's only everyday chat (SMS); about 1.6% of
 * ham SMS curse, which a Moment would not allow, a noise measured as worth less than the help.
 */
export const groupTarget = (row: LabelledRow, group: ModelGroup, setGroups: ReadonlySet<ModelGroup>): number => {
  if (hitsGroup(row, group)) return 1;
  return setGroups.has(group) || row.rules.length === 0 ? 0 : UNLABELLED;
};
