import { describe, expect, it } from 'vitest';
import { amountHits } from '../../../functions/text/detect/amounts';
import { normalise } from '../../../functions/text/normalise/normalise';

/** The original text each amount hit covers. */
const amountsIn = (text: string): string[] => {
  const normalised = normalise(text);
  return amountHits(text, normalised).map((hit) => text.slice(normalised.starts[hit.first], normalised.ends[hit.last]));
};

describe('amounts with a currency sign', () => {
  it('reads the digits on either side of the sign, one space apart at most', () => {
    expect(amountsIn('it costs $300, or 300€, R$ 50 or 20 £')).toEqual(['300', '300', '50', '20']);
  });

  it('gives each sign the digits touching it, so signs after their amounts in a row are as many amounts', () => {
    expect(amountsIn('coffee was 5$ 10$ and 12$')).toEqual(['5', '10', '12']);
  });
});
