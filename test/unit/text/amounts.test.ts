import { describe, expect, it } from 'vitest';
import { amountHits, figureHits, sumValue } from '../../../functions/text/detect/amounts';
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

/** What each sum of the text (amounts, then bare figures of 1 and more) stands for. */
const valuesIn = (text: string): number[] => {
  const normalised = normalise(text);
  return [...amountHits(text, normalised), ...figureHits(text, normalised, 1)].map((hit) => sumValue(text, normalised, hit));
};

describe('what a sum stands for', () => {
  it('reads thousands separators, decimal points and counting words after the digits', () => {
    expect(valuesIn('$1,000 and $10.50 and €9,99')).toEqual([1000, 10.5, 9.99]);
    expect(valuesIn('$1k and 2k')).toEqual([1000, 2000]);
    expect(valuesIn('投资1万，赚5千万')).toEqual([1e4, 5e7]);
    expect(valuesIn('100만원')).toEqual([1e6]);
  });

  it('reads counting words written one space after the digits, in every language that spaces them', () => {
    expect(valuesIn('$20 thousand, 5 lakh, 2 crore, 20 hazaar, 3 हज़ार')).toEqual([2e4, 5e5, 2e7, 2e4, 3e3]);
    expect(valuesIn('€10 mil, 3 mila, 10 Tausend, 20 тысяч, 5 млн, 10 ألف, 1.5 million')).toEqual([1e4, 3e3, 1e4, 2e4, 5e6, 1e4, 1.5e6]);
    // A word that only begins like one counts nothing, and 'mn' is minutes in French.
    expect(valuesIn('100 milhas, 20 grandes amigos, 5 mn')).toEqual([100, 20, 5]);
  });

  it('reads Arabic-Indic, Persian and Devanagari digits with their separators as it reads ASCII ones', () => {
    expect(valuesIn('٢٬٥٠٠ و ٣٫٥ و ۱۲۰ और २०००')).toEqual([2500, 3.5, 120, 2000]);
  });

  it('reads a sum too long to be one as no number', () => {
    expect(valuesIn('$1234567890123')).toEqual([NaN]);
  });
});
