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
  hasTypes(): boolean;
  type(name: NumberType): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

interface CallingCodes {
  getCountryCodesForCallingCode(callingCode: string): CountryCode[] | undefined;
}

/** Every number type the library's validity check (getNumberType) accepts. */
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'] as const;
type NumberType = (typeof NUMBER_TYPES)[number];

const wholeMatch = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

/**
 * Whether a national number has the shape of a valid number of one of the countries that share
 * `country`'s calling code (the library reads 07624 369230 given GB as the Isle of Man's): that
 * country's general pattern and the pattern and lengths of one of its number types, as the library's
 * validity check requires. The patterns are compiled once, where the library compiles them per call.
 */
const buildTypedShape = (country: CountryCode): ((national: string) => boolean) => {
  const metadata = new Metadata(metadataJson);
  const members = (metadata as unknown as CallingCodes).getCountryCodesForCallingCode(getCountryCallingCode(country, metadataJson)) ?? [country];
  const plans = members.map((member) => {
    metadata.selectNumberingPlan(member);
    const plan = metadata.numberingPlan as unknown as PlanShape;
    const types = plan.hasTypes()
      ? NUMBER_TYPES.flatMap((name) => {
          const type = plan.type(name);
          return type?.pattern() ? [{ pattern: wholeMatch(type.pattern()), lengths: type.possibleLengths() }] : [];
        })
      : undefined;
    return { general: wholeMatch(plan.nationalNumberPattern()), types };
  });
  return (national) =>
    plans.some(
      ({ general, types }) =>
        general.test(national) && (types === undefined || types.some(({ pattern, lengths }) => (lengths === undefined || lengths.includes(national.length)) && pattern.test(national))),
    );
};

/**
 * The country's general pattern, on the digits with or without a trunk prefix written as plain
 * alternatives ("0", "0|180020"); a plan whose trunk-prefix rule captures or rewrites digits (carrier
 * codes, "$1") is not ruled out here.
 */
const generalShape = (plan: PlanShape, forParsing: string, transform: string | number | undefined): ((digits: string) => boolean) => {
  if (!/^[\d|]*$/.test(forParsing) || (typeof transform === 'string' && transform.includes('$'))) return () => true;
  const prefixes = forParsing.split('|').filter((prefix) => prefix !== '');
  const pattern = wholeMatch(plan.nationalNumberPattern());
  return (digits) => pattern.test(digits) || prefixes.some((prefix) => digits.startsWith(prefix) && pattern.test(digits.slice(prefix.length)));
};

const buildShape = (country: CountryCode): ((digits: string) => boolean) => {
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan as unknown as PlanShape;
  const forParsing = String(plan.nationalPrefixForParsing() ?? plan.nationalPrefix() ?? '');
  const transform = plan.nationalPrefixTransformRule();
  const general = generalShape(plan, forParsing, transform);
  const typed = buildTypedShape(country);
  // The library also reads a number that starts with the calling code or the international prefix: those it decides.
  const dialledAbroad = new RegExp(`^(?:${getCountryCallingCode(country, metadataJson)}|${plan.IDDPrefix()})`);
  // The national number the library validates: the digits, the digits after what its trunk-prefix rule matches, or the rule's rewrite of them.
  const trunk = forParsing === '' ? undefined : new RegExp(`^(?:${forParsing})`);
  const readings = (digits: string): string[] => {
    const match = trunk?.exec(digits);
    if (!trunk || !match) return [digits];
    const rewritten = typeof transform === 'string' && transform !== '' ? [digits.replace(trunk, transform)] : [];
    return [digits, digits.slice(match[0].length), ...rewritten];
  };
  return (digits) => dialledAbroad.test(digits) || (general(digits) && readings(digits).some(typed));
};

const shapes = new Map<CountryCode, (digits: string) => boolean>();

/**
 * Whether `digits`, written without a country code, has the shape of a national number of `country`
 * (its general number pattern, with or without the trunk prefix) and of one of the number types the
 * library accepts. A necessary condition for validity, a few precompiled regular expressions instead
 * of a full parse: most countries, and most digit runs that fit a country's general pattern but are
 * no number there, are ruled out before the costly check (7 to 27 us a country) runs.
 */
export const fitsNationalShape = (digits: string, country: CountryCode): boolean => {
  let shape = shapes.get(country);
  if (!shape) {
    shape = buildShape(country);
    shapes.set(country, shape);
  }
  return shape(digits);
};
