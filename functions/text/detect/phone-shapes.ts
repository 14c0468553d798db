import { getCountryCallingCode, Metadata, type CountryCode } from 'libphonenumber-js/core';
// The same metadata libphonenumber-js/max validates with; core's Metadata is exported by both its ESM and CommonJS builds (max's only by ESM).
import metadataJson from 'libphonenumber-js/max/metadata';

/**
 * The parts of libphonenumber's numbering plan a quick shape test needs. The library has them at run
 * time but leaves them out of its typings (its `Metadata` is typed for selecting a plan only).
 */
interface PlanShape {
  nationalNumberPattern(): string;
  IDDPrefix(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  /** A string, or a falsy placeholder when the plan has none. */
  nationalPrefixTransformRule(): string | number | undefined;
}

const shapes = new Map<CountryCode, (digits: string) => boolean>();

const buildShape = (country: CountryCode): ((digits: string) => boolean) => {
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan as unknown as PlanShape;
  const forParsing = plan.nationalPrefixForParsing() ?? plan.nationalPrefix() ?? '';
  const transform = plan.nationalPrefixTransformRule();
  // Trunk prefixes written as plain alternatives ("0", "0|180020") are stripped here; rules that capture
  // or rewrite digits (carrier codes, "$1") are left to the library.
  if (!/^[\d|]*$/.test(String(forParsing)) || (typeof transform === 'string' && transform.includes('$'))) return () => true;
  const prefixes = String(forParsing).split('|').filter((prefix) => prefix !== '');
  const pattern = new RegExp(`^(?:${plan.nationalNumberPattern()})$`);
  // The library also reads a number that starts with the calling code or the international prefix: those it decides.
  const dialledAbroad = new RegExp(`^(?:${getCountryCallingCode(country, metadataJson)}|${plan.IDDPrefix()})`);
  return (digits) =>
    pattern.test(digits) || prefixes.some((prefix) => digits.startsWith(prefix) && pattern.test(digits.slice(prefix.length))) || dialledAbroad.test(digits);
};

/**
 * Whether `digits`, written without a country code, has the shape of a national number of `country`
 * (its general number pattern, with or without the trunk prefix). A necessary condition for
 * validity, one regular expression instead of a full parse: most countries are ruled out this way
 * before the costly check (several microseconds a country) runs.
 */
export const fitsNationalShape = (digits: string, country: CountryCode): boolean => {
  let shape = shapes.get(country);
  if (!shape) {
    shape = buildShape(country);
    shapes.set(country, shape);
  }
  return shape(digits);
};
