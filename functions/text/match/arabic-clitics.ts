import * as charInfo from '../normalise/char-info';
import { normalise, type NormalisedText } from '../normalise/normalise';

// Bound once: module interop turns each access to an imported binding into a getter call.
const { classOf } = charInfo;
const ARABIC_LETTER = charInfo.Kind.letter | (charInfo.Script.arabic << 4);

/**
 * Arabic writes conjunctions, prepositions and the article onto the word that follows (و+ال+عرب
 * "and the Arabs", ب+يقتل), and object and possessive pronouns onto the word before (اقتل+ك "I kill
 * you", ابعت+لي "send me"). A term of the lexicon is the bare word; these closed lists let it match
 * with its clitics instead of every lexicon spelling out each combination. Only whole clitic strings
 * count, so a word that merely contains a term (a different word sharing its letters) still does not match.
 */
/** Conjunctions, prepositions, the article, and the future markers س and (Egyptian, Levantine) ح/ه. */
const PROCLITICS = [
  'و', 'ف', 'ب', 'ل', 'ك', 'س', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل',
  'وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'وس', 'فس', 'ح', 'ه', 'وح', 'وه', 'فح', 'فه',
];
/**
 * Object and possessive pronouns, and the dative forms dialects attach (ابعتلي "send me", بقولك). The
 * first-person ي alone stays out: it is also the adjective ending (عربي "Arabic"), which makes a new word;
 * so does the Egyptian negation ش (مش هقتلكش "I won't kill you"), and so does "him" ه alone: the
 * normaliser writes the feminine ending ة as ه, and every feminine noun would read as a word plus "him"
 * (كبيرة "big" as ك + بيرة "beer").
 */
const ENCLITICS = ['ها', 'هم', 'هما', 'هن', 'ك', 'كي', 'كم', 'كما', 'كن', 'ني', 'نا', 'لي', 'لك', 'له', 'لها', 'لنا', 'لهم', 'لكم'];
/** The enclitics that are the reader: a violent verb or a picture word carrying one is aimed at "you" (اكسرك، صورتك). */
const SECOND_PERSON = ['ك', 'كي', 'كم', 'كما', 'كن', 'لك', 'لكم'];

/** Units from..to as letters, each repeated as many times as it was typed (runs capped at 3, as the normaliser leaves them). */
const unitString = (text: NormalisedText, from: number, to: number): string => {
  let written = '';
  for (let k = from; k < to; k++) written += String.fromCharCode(text.codes[k]!).repeat(Math.min(3, text.runs[k]!));
  return written;
};

/**
 * The clitics as the normaliser writes them (alef and taa marbuta folded, لل one unit typed twice), so
 * they compare with normalised text. Made at load: normalising during a scan would overwrite the text
 * being scanned, which lives in the normaliser's shared buffers.
 */
const normalisedSet = (clitics: readonly string[]): ReadonlySet<string> =>
  new Set(
    clitics.map((clitic) => {
      const normalised = normalise(clitic);
      return unitString(normalised, 0, normalised.length);
    }),
  );
const proclitics = normalisedSet(PROCLITICS);
const enclitics = normalisedSet(ENCLITICS);
const secondPerson = normalisedSet(SECOND_PERSON);

/** The longest clitic string in units: a word start further back than this cannot be a run of clitics. */
const MAX_CLITIC_UNITS = 3;

/** Arabic letters, as the normaliser classes them (it has folded the variants a term and a text may differ by). */
export const isArabicLetter = (code: number): boolean => classOf(code) === ARABIC_LETTER;

/**
 * Whether the units of the word before unit `first` spell proclitics. The walk back stops after
 * MAX_CLITIC_UNITS: a term found deep inside a long run of letters costs no more than one near its start.
 */
export const procliticsBefore = (text: NormalisedText, isWordUnit: (kind: number) => boolean, first: number): boolean => {
  let start = first;
  while (start > 0 && isWordUnit(text.kinds[start - 1]!)) if (first - --start > MAX_CLITIC_UNITS) return false;
  return proclitics.has(unitString(text, start, first));
};

/** Whether the units of the word after unit `last` spell an enclitic pronoun (the walk stops as above). */
export const encliticsAfter = (text: NormalisedText, isWordUnit: (kind: number) => boolean, last: number): boolean => {
  let end = last + 1;
  while (end < text.length && isWordUnit(text.kinds[end]!)) if (++end - last - 1 > MAX_CLITIC_UNITS) return false;
  return enclitics.has(unitString(text, last + 1, end));
};

/** Whether units from..to (inclusive) after a term spell an enclitic that is the reader ("you"). */
export const isSecondPersonSuffix = (text: NormalisedText, from: number, to: number): boolean => to >= from && secondPerson.has(unitString(text, from, to + 1));
