import { REUSE_POLICY } from '../policy/image-labels';
import { hammingDistance } from './perceptual-hash';
import type { HashedImage, ImageHashIndex } from './ports';
import type { ImageFinding } from './types';

/** Enough matches for a moderator to see the pattern; the nearest come first. */
const MAX_MATCHES = 5;

/**
 * Looks for another account's photo within the policy's Hamming distance of this one. Only surfaces the
 * policy names (profiles, Moments, comments) are judged; every image is indexed all the same, so a chat
 * photo re-posted publicly by someone else is found.
 */
export const reuseFindings = async (index: ImageHashIndex, image: HashedImage): Promise<ImageFinding[]> => {
  const rules = REUSE_POLICY.rules[image.surface];
  if (rules.length === 0) return [];
  const matches = (await index.candidates(image.hash))
    .filter((candidate) => candidate.accountId !== image.accountId && candidate.contentId !== image.contentId)
    .map((candidate) => ({ contentId: candidate.contentId, distance: hammingDistance(candidate.hash, image.hash) }))
    .filter((match) => match.distance <= REUSE_POLICY.maxDistance)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_MATCHES);
  const nearest = matches[0];
  if (nearest === undefined) return [];
  return [{ rules, verdict: REUSE_POLICY.verdict, confidence: 1 - nearest.distance / 64, evidence: matches.map((match) => ({ kind: 'reuse', ...match })) }];
};
