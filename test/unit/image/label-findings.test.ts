import { describe, expect, it } from 'vitest';
import { decideImage } from '../../../functions/image/decide-image';
import { labelFindings } from '../../../functions/image/label-findings';
import type { ModerationLabel } from '../../../functions/image/types';
import { MIN_LABEL_CONFIDENCE } from '../../../functions/policy/image-labels';
import type { Surface } from '../../../functions/policy/rules';

const label = (name: string, confidence: number, parent?: string): ModerationLabel => ({ name, confidence, ...(parent === undefined ? {} : { parent }) });
const verdictOf = (labels: ModerationLabel[], surface: Surface) => decideImage(labelFindings(labels, surface));

describe('Rekognition labels -> rules per surface', () => {
  const alcohol = [label('Alcohol', 96), label('Alcoholic Beverages', 96, 'Alcohol')];

  it('allows a drink in a chat photo', () => {
    expect(verdictOf(alcohol, 'chat')).toEqual({ decision: 'allow', rules: [] });
  });

  it('blocks the same drink in a Moment under M7, with the label as evidence', () => {
    expect(verdictOf(alcohol, 'moment')).toEqual({
      decision: 'block',
      rules: [{ id: 'M7', severity: 'medium', confidence: 0.96, evidence: [], image: [{ kind: 'label', label: 'Alcoholic Beverages', parent: 'Alcohol', confidence: 96 }] }],
    });
  });

  it('blocks explicit nudity sent in chat as C3 and shown in a Moment or profile as M1', () => {
    const nudity = [label('Explicit', 99), label('Explicit Nudity', 99, 'Explicit')];
    expect(verdictOf(nudity, 'chat')).toMatchObject({ decision: 'block', rules: [{ id: 'C3' }] });
    expect(verdictOf(nudity, 'moment')).toMatchObject({ decision: 'block', rules: [{ id: 'M1' }] });
    expect(verdictOf(nudity, 'profile')).toMatchObject({ decision: 'block', rules: [{ id: 'M1' }] });
  });

  it('reads the older taxonomy names too', () => {
    expect(verdictOf([label('Explicit Nudity', 97), label('Graphic Female Nudity', 97, 'Explicit Nudity')], 'comment')).toMatchObject({ decision: 'block', rules: [{ id: 'M1' }] });
    expect(verdictOf([label('Suggestive', 92), label('Female Swimwear Or Underwear', 92, 'Suggestive')], 'moment')).toMatchObject({ decision: 'review', rules: [{ id: 'M4' }] });
  });

  it('sends unsure explicit labels to review instead of blocking', () => {
    expect(verdictOf([label('Explicit', 62), label('Explicit Nudity', 62, 'Explicit')], 'moment')).toMatchObject({ decision: 'review', rules: [{ id: 'M1' }] });
  });

  it('lets a kiss pass although its parent category names nudity', () => {
    const kiss = [label('Non-Explicit Nudity of Intimate parts and Kissing', 93), label('Kissing on the Lips', 93, 'Non-Explicit Nudity of Intimate parts and Kissing')];
    expect(verdictOf(kiss, 'moment')).toEqual({ decision: 'allow', rules: [] });
  });

  it('reviews swimwear in a Moment and allows it in chat', () => {
    const swimwear = [label('Swimwear or Underwear', 91), label('Female Swimwear or Underwear', 91, 'Swimwear or Underwear')];
    expect(verdictOf(swimwear, 'moment')).toMatchObject({ decision: 'review', rules: [{ id: 'M4' }] });
    expect(verdictOf(swimwear, 'chat')).toMatchObject({ decision: 'allow' });
  });

  it('blocks hate symbols everywhere', () => {
    expect(verdictOf([label('Hate Symbols', 90), label('Nazi Party', 90, 'Hate Symbols')], 'chat')).toMatchObject({ decision: 'block', rules: [{ id: 'C1' }, { id: 'M9' }] });
  });

  it('flags self-harm for support rather than punishment', () => {
    const selfHarm = [label('Violence', 88), label('Graphic Violence', 88, 'Violence'), label('Self-Harm', 88, 'Graphic Violence')];
    expect(verdictOf(selfHarm, 'moment')).toMatchObject({ decision: 'block', rules: [{ id: 'M8' }], support: { reason: 'self-harm' } });
  });

  it('judges an unlisted label by its nearest listed ancestor', () => {
    expect(verdictOf([label('Violence', 91), label('Graphic Violence', 91, 'Violence'), label('Explosions and Blasts', 91, 'Graphic Violence')], 'moment')).toMatchObject({
      decision: 'block',
      rules: [{ id: 'M8', image: [{ label: 'Explosions and Blasts' }] }],
    });
  });

  it('combines detectors: the strictest verdict, each rule once', () => {
    const labels = [label('Alcohol', 85), label('Alcohol Use', 85, 'Alcohol'), label('Rude Gestures', 70), label('Middle Finger', 70, 'Rude Gestures')];
    expect(verdictOf(labels, 'moment')).toMatchObject({ decision: 'block', rules: [{ id: 'M6' }, { id: 'M7' }] });
  });

  it('asks Rekognition for labels from the lowest threshold any label acts on', () => {
    expect(MIN_LABEL_CONFIDENCE).toBe(50);
  });
});
