import { getExampleNumber, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { fitsNationalShape } from '../../../functions/text/detect/phone-shapes';

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
});
