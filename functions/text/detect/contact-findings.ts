import type { Language } from '../../policy/rules';
import { CONTACT_POLICY, CUE_POLICY } from '../../policy/text-thresholds';
import type { TermHit } from '../match/term-index';
import type { NormalisedText } from '../normalise/normalise';
import type { Finding } from '../types';
import { findEmails, findHandleAfter } from './emails-handles';
import { findLinks } from './links';
import { findPhones } from './phones';
import { findShortCodes } from './short-codes';


/** Country codes a service number may be written with ("+49 800 ...", "+7 800 ..."): dropped before its prefix is read. */
const COUNTRY_CODES = ['49', '39', '7', '91', '33', '34', '44', '1', '81', '82', '86', '55', '351'];

/** Whether a phone number is a toll-free or national service line (CONTACT_POLICY.helpline.servicePrefixes). */
const isServiceNumber = (written: string): boolean => {
  const digits = written.replace(/\D/gu, '');
  const national = written.trimStart().startsWith('+') ? COUNTRY_CODES.filter((code) => digits.startsWith(code)).map((code) => digits.slice(code.length)) : [digits];
  return national.some((number) => CONTACT_POLICY.helpline.servicePrefixes.some((prefix) => number.startsWith(prefix)));
};

export interface ContactScan {
  readonly findings: Finding[];
  /** Whether the text carries a way to reach someone outside the app (phone, e-mail, link). */
  readonly reachable: boolean;
}

/** Phone numbers, e-mails, ids typed after an app name, SMS short codes and suspicious links. */
export const contactFindings = (original: string, text: NormalisedText, hits: readonly TermHit[], lang: Language | undefined): ContactScan => {
  const findings: Finding[] = [];
  // Most messages have no digit at all: then neither phones nor short codes can be there.
  const numeric = text.digits > 0 || hits.some((hit) => hit.tag === 'digit');
  const phones = numeric ? findPhones(original, text, hits, lang) : [];
  const helplineEnds = numeric ? hits.filter((hit) => hit.tag === 'helpline').map((hit) => text.ends[hit.last]!) : [];
  phones.forEach((phone, p) => {
    // Only the first number after the line's name, and none before it (phones come in order).
    const passedOn = helplineEnds.some((end) => end <= phone.start && phone.start - end <= CONTACT_POLICY.helpline.reach && (p === 0 || phones[p - 1]!.start < end));
    if (!(passedOn && isServiceNumber(phone.match))) findings.push({ signal: 'contact-id', confidence: CONTACT_POLICY.phone.confidence, evidence: [phone] });
  });
  const emails = findEmails(original);
  for (const email of emails) findings.push({ signal: 'contact-id', confidence: CONTACT_POLICY.email.confidence, evidence: [email] });
  for (const hit of hits) {
    if (hit.tag !== 'app') continue;
    const start = text.starts[hit.first]!;
    const end = text.ends[hit.last]!;
    const handle = findHandleAfter(original, end, CUE_POLICY.appHandle.lookahead);
    if (handle) findings.push({ signal: 'contact-id', confidence: CUE_POLICY.appHandle.confidence, evidence: [{ start, end, match: original.slice(start, end) }, handle] });
  }
  if (numeric) for (const code of findShortCodes(original, text)) findings.push({ signal: 'spam', confidence: CONTACT_POLICY.shortCode.confidence, evidence: [code] });
  const links = findLinks(original);
  findings.push(...links.findings);
  return { findings, reachable: phones.length + emails.length + links.links.length > 0 };
};
