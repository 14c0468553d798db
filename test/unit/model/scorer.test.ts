import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SURFACES } from '../../../functions/policy/rules';
import { MODEL_THRESHOLDS } from '../../../functions/policy/text-model';
import { checkText } from '../../../functions/text/engine';
import { MODEL_GROUPS } from '../../../functions/text/model/groups';
import { decodeModel } from '../../../functions/text/model/model-format';
import { createScorer, WINDOW_BLOCK } from '../../../functions/text/model/model-scorer';
import { explainScore, MODEL_FILE, modelThresholds, scoreText } from '../../../functions/text/model/scorer';

const FRIENDLY = [
  'Thanks again for the call yesterday, it really helped with my listening.',
  'Next week I would like to talk about cooking, if that works for you.',
  'My sister just moved to Osaka, so I might visit her in the spring.',
  'I finally finished the graded reader you recommended, the ending was lovely.',
  'Could you send me the list of phrasal verbs we went through?',
  'By the way, my cat says hello, she keeps walking across the keyboard.',
  'Let me know which evening suits you best, I am free after six most days.',
];

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

describe('scoring long posts in windows', () => {
  const model = decodeModel(readFileSync(MODEL_FILE));
  const windowed = createScorer(model);
  const wholeTextOnly = createScorer(model, Number.MAX_SAFE_INTEGER);

  it('scores a text of up to two blocks exactly as the whole-text scorer does', () => {
    // Prepare
    const text = FRIENDLY.slice(0, 2).join(' ');

    // Act / Assess
    expect(text.length).toBeLessThanOrEqual(2 * WINDOW_BLOCK);
    expect(windowed.score(text)).toEqual(wholeTextOnly.score(text));
  });

  it('finds one insult inside a 1,000-character friendly post that whole-text scoring dilutes below review', () => {
    // Prepare
    const post = [...FRIENDLY.slice(0, 4), 'shut up you stupid bitch, nobody likes your ugly ass.', ...FRIENDLY.slice(4), ...FRIENDLY].join(' ');
    const { review } = modelThresholds().abuse;

    // Act
    const [windowScore, wholeScore] = [windowed.score(post).abuse, wholeTextOnly.score(post).abuse];

    // Assess
    expect(post.length).toBeGreaterThan(900);
    expect(wholeScore).toBeLessThan(review);
    expect(windowScore).toBeGreaterThanOrEqual(review);
  });

  it('leaves a long friendly post below the review bar of every group on every surface, so the engine allows it', () => {
    // Prepare: the engine's bars, not the model's own best-F1 cut, which for spam sits at a few hundredths
    // (the SMS set is nearly separable) and is used only to report the model alone.
    const post = [...FRIENDLY, ...FRIENDLY].join(' ');

    // Act
    const scores = windowed.score(post);

    // Assess
    for (const surface of SURFACES) {
      for (const group of MODEL_GROUPS) expect(scores[group], `${group} on ${surface}`).toBeLessThan(MODEL_THRESHOLDS[surface][group].reviewWithCue);
      expect(checkText({ text: post, surface }).decision, surface).toBe('allow');
    }
  });
});
