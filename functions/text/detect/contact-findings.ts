import type { Language } from '../../policy/rules';
import { CONTACT_POLICY, CUE_POLICY } from '../../policy/text-thresholds';
import type { TermHit } from '../match/term-index';
import type { NormalisedText } from '../normalise/normalise';
import type { Finding } from '../types';
import { findEmails, findHandleAfter } from './emails-handles';
import { findLinks } from './links';
import { findPhones } from './phones';
import { findShortCodes } from './short-codes';


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
  for (const phone of phones) findings.push({ signal: 'contact-id', confidence: CONTACT_POLICY.phone.confidence, evidence: [phone] });
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
