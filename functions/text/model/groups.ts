import type { RuleId } from '../../policy/rules';

/**
 * The rule groups the learned scorer knows. `sexual` (C3/M4/M1) is left out on purpose: none of the
 * labelled sets marks sexual content, and a group trained without honest positives would only guess.
 */
export const MODEL_GROUPS = ['abuse', 'hate', 'spam'] as const;
export type ModelGroup = (typeof MODEL_GROUPS)[number];

/** Which policy rules a group stands for: a labelled row carrying any of them is a positive. */
export const GROUP_RULES: Readonly<Record<ModelGroup, readonly RuleId[]>> = {
  abuse: ['C1', 'M6'],
  hate: ['M9'],
  spam: ['C4', 'M5'],
};

/** Type guard for group names read from a model file. */
export const isModelGroup = (value: string): value is ModelGroup => (MODEL_GROUPS as readonly string[]).includes(value);
