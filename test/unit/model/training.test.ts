import { describe, expect, it } from 'vitest';
import type { LabelledRow } from '../../../scripts/lib/labelled-data';
import { bestF1Threshold, thresholdForPrecision } from '../../../functions/text/model/training/metrics';
import { groupTarget, labelledGroups, UNLABELLED } from '../../../functions/text/model/training/targets';

const row = (rules: LabelledRow['rules']): LabelledRow => ({ id: '1', lang: 'en', text: 'text', label: rules.length ? 'flagged' : 'clean', rules });

describe('training targets', () => {
  const tweets = labelledGroups([row(['M6', 'C1']), row(['M9', 'C1']), row([])]);
  const sms = labelledGroups([row(['C4', 'M5']), row([])]);

  it('knows which groups a set labels from its rows', () => {
    expect([...tweets].sort()).toEqual(['abuse', 'hate']);
    expect([...sms]).toEqual(['spam']);
  });

  it('treats an offensive tweet as abuse, not hate, and says nothing about spam', () => {
    expect(groupTarget(row(['M6', 'C1']), 'abuse', tweets)).toBe(1);
    expect(groupTarget(row(['M6', 'C1']), 'hate', tweets)).toBe(0);
    expect(groupTarget(row(['M6', 'C1']), 'spam', tweets)).toBe(UNLABELLED);
  });

  it('uses a clean row as a negative for every group, and a spam SMS as no evidence about abuse', () => {
    expect(groupTarget(row([]), 'abuse', sms)).toBe(0);
    expect(groupTarget(row([]), 'spam', tweets)).toBe(0);
    expect(groupTarget(row(['C4', 'M5']), 'abuse', sms)).toBe(UNLABELLED);
  });
});

describe('threshold picking', () => {
  const rows = [
    { probability: 0.9, target: 1 },
    { probability: 0.8, target: 1 },
    { probability: 0.6, target: 0 },
    { probability: 0.4, target: 1 },
    { probability: 0.2, target: 0 },
  ];

  it('cuts halfway below the last row of the best F1', () => {
    // Flagging the top four gives F1 6/7, more than the top two (4/5) or all five (3/4).
    expect(bestF1Threshold(rows)).toBeCloseTo(0.3);
  });

  it('finds the lowest cut that keeps the asked precision', () => {
    expect(thresholdForPrecision(rows, 1)).toBeCloseTo(0.7);
    expect(thresholdForPrecision(rows, 0.75)).toBeCloseTo(0.3);
  });
});
