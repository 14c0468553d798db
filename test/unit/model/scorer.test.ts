import { describe, expect, it } from 'vitest';
import { MODEL_GROUPS } from '../../../functions/text/model/groups';
import { explainScore, modelThresholds, scoreText } from '../../../functions/text/model/scorer';

describe('the committed model', () => {
  it('loads and gives a probability for every group', () => {
    // Act
    const scores = scoreText('Hello! I am learning Korean, can you help me with my pronunciation?');

    // Assess
    expect(Object.keys(scores).sort()).toEqual([...MODEL_GROUPS].sort());
    for (const probability of Object.values(scores)) {
      expect(probability).toBeGreaterThanOrEqual(0);
      expect(probability).toBeLessThanOrEqual(1);
    }
  });

  it('ships thresholds with review at or below block for every group', () => {
    for (const group of MODEL_GROUPS) {
      const { review, block } = modelThresholds()[group];
      expect(review).toBeGreaterThan(0);
      expect(block).toBeGreaterThanOrEqual(review);
      expect(block).toBeLessThan(1);
    }
  });

  it('flags an abusive tweet, a Chinese regional slur and an SMS scam above review, and everyday talk below', () => {
    // Prepare
    const thresholds = modelThresholds();

    // Act / Assess
    expect(scoreText('shut up you stupid bitch, nobody likes your ugly ass').abuse).toBeGreaterThanOrEqual(thresholds.abuse.block);
    expect(scoreText('河南人都是骗子，偷井盖的，素质太低了').abuse).toBeGreaterThanOrEqual(thresholds.abuse.review);
    expect(scoreText('URGENT! You have won a £1000 cash prize. Call 09061701461 now to claim, T&C apply').spam).toBeGreaterThanOrEqual(thresholds.spam.block);
    const everyday = scoreText('Thanks for the help with my homework, see you in class tomorrow.');
    for (const group of MODEL_GROUPS) expect(everyday[group]).toBeLessThan(thresholds[group].review);
  });

  it('explains a score with the strongest n-grams at their offsets in the original text', () => {
    // Prepare: full-width letters, a zero-width space and an emoji shift the original offsets.
    const text = '😀 ｙｏｕ are a stu\u200bpid bitch';

    // Act
    const evidence = explainScore(text, 'abuse', 3);

    // Assess
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.length).toBeLessThanOrEqual(3);
    for (const { ngram, start, end } of evidence) expect(text.slice(start, end)).toBe(ngram);
    expect(evidence.map(({ ngram }) => ngram).join(' ')).toMatch(/bitch|stu\u200bpid/);
    const weights = evidence.map(({ weight }) => weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('never shows overlapping n-grams as separate evidence', () => {
    const evidence = explainScore('fuck fuck this fucking shit', 'abuse', 10);
    for (const a of evidence) for (const b of evidence) if (a !== b) expect(a.start < b.end && b.start < a.end).toBe(false);
  });
});
