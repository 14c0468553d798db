import { getExampleNumber, isValidPhoneNumber, parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { fitsNationalShape } from '../../../functions/text/detect/phone-shapes';
import { seededRandom } from '../../../scripts/lib/seeded-random';

// Every country the phone detector tries, by hint or as a fallback.
const COUNTRIES: readonly CountryCode[] = [
  'US', 'GB', 'IN', 'AU', 'CA', 'SG', 'ES', 'MX', 'AR', 'CO', 'FR', 'BE', 'JP', 'DE', 'AT', 'CH', 'CN', 'TW', 'HK', 'IT', 'RU', 'UA', 'KZ',
  'BR', 'PT', 'SA', 'EG', 'AE', 'MA', 'KR',
];

describe('national phone shapes', () => {
  it.each(COUNTRIES)('never rules out a valid %s mobile number, with or without its trunk prefix', (country) => {
    // GIVEN the library's own example mobile number, written the way people type it at home
    const example = getExampleNumber(country, examples)!;
    const national = example.formatNational().replace(/\D/g, '');
    // WHEN / THEN
    expect(isValidPhoneNumber(national, country)).toBe(true);
    expect(fitsNationalShape(national, country)).toBe(true);
    expect(fitsNationalShape(example.nationalNumber, country)).toBe(true);
  });

  it('rules out digits no country plan could read', () => {
    expect(fitsNationalShape('4050703', 'US')).toBe(false);
    expect(fitsNationalShape('90100110', 'FR')).toBe(false);
  });

  it('rules out digits that fit a plan but no number type in it, also where the trunk prefix carries a carrier code', () => {
    // An order number shaped like a Korean or Australian number but valid as neither.
    expect(isValidPhoneNumber('0870753331018', 'KR')).toBe(false);
    expect(fitsNationalShape('0870753331018', 'KR')).toBe(false);
    expect(fitsNationalShape('0870753331018', 'AU')).toBe(false);
  });

  it('keeps a number of another country sharing the calling code (an Isle of Man mobile read with GB)', () => {
    expect(isValidPhoneNumber('07624369230', 'GB')).toBe(true);
    expect(fitsNationalShape('07624369230', 'GB')).toBe(true);
  });

  it.each(COUNTRIES)('never rules out digits the library accepts as a number of %s itself (seeded sample)', (country) => {
    // GIVEN digit runs of phone lengths, half with a trunk 0
    const random = seededRandom(country.charCodeAt(0) * 256 + country.charCodeAt(1));
    for (let i = 0; i < 1500; i++) {
      let digits = random() < 0.5 ? '0' : '';
      const length = 7 + Math.floor(random() * 9);
      while (digits.length < length) digits += Math.floor(random() * 10);
      // WHEN / THEN
      if (isValidPhoneNumber(digits, country) && parsePhoneNumber(digits, country).country === country) expect(fitsNationalShape(digits, country), digits).toBe(true);
    }
  });
});
