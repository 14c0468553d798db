import { domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { LINK_POLICY } from '../../policy/text-thresholds';
import { TO_LATIN } from '../normalise/homoglyphs';
import type { Evidence, Finding } from '../types';

const SHORTENERS = new Set<string>(LINK_POLICY.shorteners);
const WRAPPERS = new Set<string>(LINK_POLICY.wrappers);
const ALLOWED = new Set<string>(LINK_POLICY.allow);
const DENIED = new Set<string>(LINK_POLICY.deny);
const APP_LINKS = new Set<string>(LINK_POLICY.appLinks);
const BRANDS = new Set<string>(LINK_POLICY.brands);
const LURE_BRANDS = new Set<string>(LINK_POLICY.lureBrands);
const LURES = new Set<string>(LINK_POLICY.lures);
const INSTITUTIONS = new Set<string>(LINK_POLICY.institutions);
const INSTITUTION_ACTS = new Set<string>(LINK_POLICY.institutionActs);
const INSTITUTION_FEES = new Set<string>(LINK_POLICY.institutionFees);
const ABUSED_TLDS = new Set<string>(LINK_POLICY.abusedTlds);

/** Token delimiters: whitespace, brackets, quotes and CJK punctuation never belong to a URL. */
const DELIMITER = /[\s<>"'`()[\]{}，。、！？：；「」『』【】（）《》]/u;
const ASCII_DELIMITERS = new Set([' ', '\t', '\n', '\r', '\f', '\v', '<', '>', '"', "'", '`', '(', ')', '[', ']', '{', '}']);
const TRAILING = new Set(['.', ',', '!', '?', ';', ':', '…', '~', '*']);
const MAX_TOKEN = 2048;
/** Something shaped like a host: a scheme, www., or label.label with a letter TLD. */
const HOST_SHAPE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]*\p{L}{2})/iu;
const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** How a label reads once look-alike letters, accents and digits are taken as the Latin letters they imitate. */
const skeleton = (label: string): string => {
  let out = '';
  for (const ch of label.normalize('NFKD').toLowerCase()) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    const latin = TO_LATIN.get(code);
    out += latin !== undefined ? String.fromCodePoint(latin) : (LEET_DIGITS[ch] ?? ch);
  }
  return out;
};

/**
 * A brand name in a host that does not belong to the brand: pаypal.com (Cyrillic а), paypa1-login.com, apple.com.verify.io;
 * a short one (fb, vk, dhl) only beside a lure (fb-view-photos.xyz).
 */
const impersonatesBrand = (hostname: string, domainWithoutSuffix: string): boolean => {
  const unicodeHost = hostname.includes('xn--') ? domainToUnicode(hostname) : hostname;
  if (BRANDS.has(domainWithoutSuffix) || LURE_BRANDS.has(domainWithoutSuffix)) return false;
  const labels = unicodeHost.split(/[.-]/u).map(skeleton);
  return labels.some((label) => BRANDS.has(label) || (LURE_BRANDS.has(label) && labels.some((other) => LURES.has(other))));
};

/**
 * A domain that poses as a bank, a post office or a courier without naming one (LINK_POLICY.institutions): an
 * institution and an act in its registrable name (kb-bank-verify.xyz), or an institution and a fee on an abused
 * top-level domain (correos-paquete-pago.top). Subdomains do not count: secure.login.gov is how real services name hosts.
 */
const posesAsInstitution = (domainWithoutSuffix: string, publicSuffix: string): boolean => {
  const words = domainWithoutSuffix.split('-').map(skeleton);
  // "kyc" is both: sbi-kyc-update.xyz names the institution's check and asks for it.
  const institution = words.findIndex((word) => INSTITUTIONS.has(word));
  if (institution < 0) return false;
  const others = words.filter((_, w) => w !== institution);
  return others.some((word) => INSTITUTION_ACTS.has(word)) || (ABUSED_TLDS.has(publicSuffix) && others.some((word) => INSTITUTION_FEES.has(word)));
};

interface LinkClass {
  readonly signal: Finding['signal'];
  readonly confidence: number;
}

const classify = (token: string, parsed: ReturnType<typeof parse>): LinkClass | undefined => {
  const hostname = parsed.hostname!;
  if (parsed.isIp) return token.includes('/') || token.includes(':') || /^\d+\.\d+\.\d+\.\d+$/u.test(hostname) ? LINK_POLICY.ipHost : undefined;
  const domain = parsed.domain!;
  if (DENIED.has(domain)) return LINK_POLICY.denied;
  if (APP_LINKS.has(hostname) || APP_LINKS.has(domain)) return LINK_POLICY.appLink;
  if (SHORTENERS.has(hostname) || SHORTENERS.has(domain)) return LINK_POLICY.shortener;
  if (WRAPPERS.has(hostname)) return LINK_POLICY.wrapper;
  if (ALLOWED.has(domain)) return undefined;
  if (impersonatesBrand(hostname, parsed.domainWithoutSuffix ?? '')) return LINK_POLICY.homograph;
  if (posesAsInstitution(parsed.domainWithoutSuffix ?? '', parsed.publicSuffix ?? '')) return LINK_POLICY.institutionLookalike;
  return undefined;
};

export interface LinkScan {
  readonly findings: Finding[];
  /** Every link found, suspicious or not: a link next to spam wording makes the spam surer. */
  readonly links: Evidence[];
}

const isDelimiter = (ch: string): boolean => (ch.charCodeAt(0) < 128 ? ASCII_DELIMITERS.has(ch) : DELIMITER.test(ch));

/** URLs and bare domains in the original text, judged by registrable domain; no network calls. */
export const findLinks = (original: string): LinkScan => {
  const findings: Finding[] = [];
  const links: Evidence[] = [];
  // Tokens never overlap (a token starts after `tokenFloor`), so every character is looked at a bounded number of times.
  let tokenFloor = 0;
  for (let dot = original.indexOf('.'); dot >= 0; dot = original.indexOf('.', dot + 1)) {
    // A sentence's full stop has a space or the end after it: no host goes on like that. Most dots in posts stop here.
    if (dot < tokenFloor || dot + 1 >= original.length || isDelimiter(original[dot + 1]!)) continue;
    let start = dot;
    while (start > tokenFloor && dot - start < MAX_TOKEN && !isDelimiter(original[start - 1]!)) start--;
    let end = dot + 1;
    while (end < original.length && end - dot < MAX_TOKEN && !isDelimiter(original[end]!)) end++;
    tokenFloor = end + 1;
    let tokenEnd = end;
    while (tokenEnd > start && TRAILING.has(original[tokenEnd - 1]!)) tokenEnd--;
    const token = original.slice(start, tokenEnd);
    if (token.length < 4 || !token.includes('.') || !HOST_SHAPE.test(token)) continue;
    const parsed = parse(token);
    const isLink = parsed.isIp === true || (parsed.domain !== null && parsed.isIcann === true);
    if (!parsed.hostname || !isLink) continue;
    const evidence = { start, end: start + token.length, match: token };
    links.push(evidence);
    const verdict = classify(token, parsed);
    if (verdict) findings.push({ signal: verdict.signal, confidence: verdict.confidence, evidence: [evidence] });
  }
  return { findings, links };
};
