import { describe, expect, it } from 'vitest';
import { MODEL_THRESHOLDS } from '../../../functions/policy/text-model';
import { TEXT_THRESHOLDS } from '../../../functions/policy/text-thresholds';
import { checkText, checkTextRules } from '../../../functions/text/engine';
import { modelConfidence } from '../../../functions/text/model-findings';
import { MODEL_GROUPS } from '../../../functions/text/model/groups';
import { scoreText } from '../../../functions/text/model/scorer';

describe('the learned scorer beside the rules', () => {
  it('sends an insult no lexicon lists to review, naming the n-grams behind it', () => {
    // Prepare: "you're really ugly" ("get lost" after it is contempt the rules now aim at "you")
    const text = '넌 진짜 못생겼어';

    // Act
    const [rulesAlone, combined] = [checkTextRules({ text, surface: 'moment' }), checkText({ text, surface: 'moment' })];

    // Assess
    expect(rulesAlone.decision).toBe('allow');
    expect(combined.decision).toBe('review');
    const hit = combined.rules.find((rule) => rule.id === 'M6');
    expect(hit?.evidence.length).toBeGreaterThan(0);
    for (const { start, end, match } of hit!.evidence) expect(text.slice(start, end)).toBe(match);
    expect(hit!.evidence.map(({ match }) => match).join(' ')).toMatch(/못생겼/);
  });

  it('asks more of the model in 1:1 chat, where cursing is allowed: reviewed in a Moment, allowed in chat', () => {
    // Prepare: words no lexicon lists ("shut your mouth" is an English insult term now)
    const text = 'shut up!';

    // Act / Assess
    expect(checkText({ text, surface: 'moment' }).decision).toBe('review');
    expect(checkText({ text, surface: 'comment' }).decision).toBe('review');
    expect(checkText({ text, surface: 'chat' }).decision).toBe('allow');
  });

  it('blocks spam the rules alone would only review once the model seconds it', () => {
    // Prepare
    const text = 'Call now to claim your prize';

    // Act / Assess
    expect(checkTextRules({ text, surface: 'moment' }).decision).toBe('review');
    const combined = checkText({ text, surface: 'moment' });
    expect(combined.decision).toBe('block');
    expect(combined.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['C4', 'M5']));
  });

  it('leaves what the rules are sure of to the rules: an app id in a Moment is blocked with their evidence, allowed in chat', () => {
    // Prepare
    const text = 'add me on wechat: mika_88';

    // Act
    const [moment, chat] = [checkText({ text, surface: 'moment' }), checkText({ text, surface: 'chat' })];

    // Assess
    expect(moment).toEqual(checkTextRules({ text, surface: 'moment' }));
    expect(moment.decision).toBe('block');
    expect(moment.rules.find((rule) => rule.id === 'M3')?.evidence.map(({ match }) => match)).toContain('mika_88');
    expect(chat.decision).toBe('allow');
  });

  it.each([
    ['a name the rules read as a name', 'Dick Van Dyke was great in that film'],
    ['a district whose name holds a slur', '한남동에 새로 생긴 카페 가봤어?'],
    ['a word a learner asks about', "what does 'bitch' mean? my friend said it in a song"],
  ])('does not count what the rules cleared (%s), though the model alone would flag it', (_, text) => {
    // Act / Assess
    const scores = scoreText(text);
    expect(MODEL_GROUPS.filter((group) => scores[group] >= MODEL_THRESHOLDS.moment[group].review)).not.toEqual([]);
    for (const surface of ['chat', 'moment', 'comment', 'profile'] as const) expect(checkText({ text, surface }).decision, surface).toBe('allow');
  });
});

describe('a model probability on the engine scale', () => {
  const [reviewBar, block] = [0.6, 0.9];

  it('is nothing below the review bar', () => {
    expect(modelConfidence(0.599, reviewBar, block)).toBe(0);
  });

  it('lands on the engine review confidence at the bar and on its block confidence at block', () => {
    expect(modelConfidence(reviewBar, reviewBar, block)).toBe(TEXT_THRESHOLDS.review);
    expect(modelConfidence(block, reviewBar, block)).toBe(TEXT_THRESHOLDS.block);
    expect(modelConfidence(1, reviewBar, block)).toBe(1);
  });

  it('stays below the block confidence between the two, so the model alone only reviews there', () => {
    const middle = modelConfidence(0.75, reviewBar, block);
    expect(middle).toBeGreaterThan(TEXT_THRESHOLDS.review);
    expect(middle).toBeLessThan(TEXT_THRESHOLDS.block);
  });
});
