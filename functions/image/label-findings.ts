import { IMAGE_LABEL_POLICY, type LabelPolicy } from '../policy/image-labels';
import type { Surface, Verdict } from '../policy/rules';
import type { ImageFinding, ModerationLabel } from './types';

/** The policy of a label or, if it has none, of its nearest ancestor among the labels returned with it. */
const policyOf = (label: ModerationLabel, parents: ReadonlyMap<string, string | undefined>): LabelPolicy | undefined => {
  const seen = new Set<string>();
  for (let name: string | undefined = label.name; name !== undefined && !seen.has(name); name = parents.get(name)) {
    seen.add(name);
    const policy = IMAGE_LABEL_POLICY[name.toLowerCase()];
    if (policy !== undefined) return policy;
  }
  return undefined;
};

const verdictAt = (policy: LabelPolicy, surface: Surface, confidence: number): Verdict => {
  const verdict = policy.verdict[surface];
  if (confidence >= policy.act) return verdict;
  if (policy.review !== undefined && confidence >= policy.review && verdict !== 'allow') return 'review';
  return 'allow';
};

/**
 * Maps Rekognition moderation labels onto rule findings for a surface. Rekognition returns a label with its
 * ancestors; the most specific label decides, so "Kissing on the Lips" is not judged as its parent
 * "Non-Explicit Nudity of Intimate parts and Kissing".
 */
export const labelFindings = (labels: readonly ModerationLabel[], surface: Surface): ImageFinding[] => {
  const parents = new Map(labels.map((label) => [label.name, label.parent]));
  const hasChild = new Set(labels.flatMap((label) => (label.parent === undefined || label.parent === '' ? [] : [label.parent])));
  return labels.flatMap((label): ImageFinding[] => {
    if (hasChild.has(label.name)) return [];
    const policy = policyOf(label, parents);
    if (policy === undefined) return [];
    const verdict = verdictAt(policy, surface, label.confidence);
    const rules = policy.rules[surface];
    if (verdict === 'allow' || rules.length === 0) return [];
    return [
      {
        rules,
        verdict,
        confidence: label.confidence / 100,
        ...(policy.support ? { support: true } : {}),
        evidence: [{ kind: 'label', label: label.name, ...(label.parent ? { parent: label.parent } : {}), confidence: label.confidence }],
      },
    ];
  });
};
