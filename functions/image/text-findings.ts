import { LINK_POLICY } from '../policy/text-thresholds';
import { QR_POLICY } from '../policy/image-labels';
import type { Surface } from '../policy/rules';
import type { TextCheckInput, TextVerdict } from '../text/types';
import { getDomain } from 'tldts';
import type { ImageEvidence, ImageFinding } from './types';

export type TextEngine = (input: TextCheckInput) => TextVerdict;

/** Stored evidence quotes at most this much of a QR payload. */
const MAX_PAYLOAD_CHARS = 200;

/** The text engine's verdict on text found in an image, as image findings. */
const engineFindings = (verdict: TextVerdict, evidenceOf: (match: string) => ImageEvidence): ImageFinding[] =>
  verdict.rules.map((rule) => ({
    rules: [rule.id],
    verdict: verdict.decision,
    confidence: rule.confidence,
    ...(verdict.support === undefined ? {} : { support: true }),
    evidence: rule.evidence.map((evidence) => evidenceOf(evidence.match)),
  }));

/** Text read in the image (Rekognition DetectText) goes through the same engine as messages: app ids, ads, spam. */
export const detectedTextFindings = (engine: TextEngine, lines: readonly string[], surface: Surface): ImageFinding[] =>
  lines.length === 0 ? [] : engineFindings(engine({ text: lines.join('\n'), surface }), (match) => ({ kind: 'text', match }));

const isAllowedLink = (payload: string): boolean => {
  if (!/^https?:\/\//i.test(payload.trim())) return false;
  const domain = getDomain(payload.trim());
  return domain !== null && (LINK_POLICY.allow as readonly string[]).includes(domain.toLowerCase());
};

/**
 * A QR code is a way off the platform (M3) unless it links to an allowed domain; its payload is also read
 * by the text engine, so a phishing link in a QR code is phishing on any surface.
 */
export const qrFindings = (engine: TextEngine, payload: string, surface: Surface): ImageFinding[] => {
  if (isAllowedLink(payload)) return [];
  const evidence: ImageEvidence = { kind: 'qr', payload: payload.slice(0, MAX_PAYLOAD_CHARS) };
  return [
    { rules: QR_POLICY.rules[surface], verdict: QR_POLICY.verdict[surface], confidence: 1, evidence: [evidence] },
    ...engineFindings(engine({ text: payload, surface }), () => evidence),
  ];
};
