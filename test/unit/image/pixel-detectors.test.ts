import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { differenceHash, greyThumbnail, hammingDistance } from '../../../functions/image/perceptual-hash';
import { readQrCode } from '../../../functions/image/qr-codes';
import { decodeForAnalysis } from '../../../functions/image/raster';
import { qrFindings } from '../../../functions/image/text-findings';
import { REUSE_POLICY } from '../../../functions/policy/image-labels';
import { checkText } from '../../../functions/text/engine';
import { repost, syntheticPhoto } from '../../fixtures/images/synthetic-photo';

const hashOf = async (image: Buffer) => differenceHash(greyThumbnail(await decodeForAnalysis(image)));

describe('QR codes in images', () => {
  it('reads a QR code printed on a 1024 x 768 photo', async () => {
    const qr = await QRCode.toBuffer('https://line.me/ti/p/~mika88', { width: 260 });
    const photo = await sharp(await syntheticPhoto(21)).composite([{ input: qr, left: 600, top: 300 }]).jpeg({ quality: 85 }).toBuffer();
    expect(readQrCode(await decodeForAnalysis(photo))).toBe('https://line.me/ti/p/~mika88');
  });

  it('gives up on a noisy photo without a code within a bounded time', async () => {
    const raster = await decodeForAnalysis(await syntheticPhoto(22));
    const startedAt = performance.now();
    expect(readQrCode(raster)).toBeNull();
    expect(performance.now() - startedAt).toBeLessThan(250);
  });

  it.each([
    ['a WeChat link', 'https://u.wechat.com/kFk8bQYH2lM', 'moment', ['M3']],
    ['a bare Kakao id', 'kakao:mika88', 'profile', ['M3']],
    ['an allowed domain', 'https://www.hellotalk.com/u/123', 'moment', []],
    ['a WeChat link sent in chat', 'https://u.wechat.com/kFk8bQYH2lM', 'chat', []],
  ] as const)('judges %s (%s) on the %s surface', (_name, payload, surface, rules) => {
    const acting = qrFindings(checkText, payload, surface).filter((finding) => finding.verdict !== 'allow');
    expect([...new Set(acting.flatMap((finding) => finding.rules))]).toEqual(rules);
  });

  it('treats a phishing link in a QR code as phishing even in chat', () => {
    const findings = qrFindings(checkText, 'http://paypa1-login.grabify.link/verify', 'chat');
    expect(findings.filter((finding) => finding.verdict === 'block').flatMap((finding) => finding.rules)).toContain('C4');
  });
});

describe('perceptual hash', () => {
  it('keeps resized and recompressed copies within the reuse distance', async () => {
    const original = await syntheticPhoto(31);
    const hash = (await hashOf(original)) ?? '';
    for (const [width, quality] of [[320, 40], [640, 60], [1600, 85]] as const) {
      expect(hammingDistance(hash, (await hashOf(await repost(original, width, quality))) ?? '')).toBeLessThanOrEqual(REUSE_POLICY.maxDistance);
    }
  });

  it('puts unrelated photos far beyond it', async () => {
    const hashes = await Promise.all([32, 33, 34, 35].map(async (seed) => (await hashOf(await syntheticPhoto(seed))) ?? ''));
    for (const [index, a] of hashes.entries()) for (const b of hashes.slice(index + 1)) expect(hammingDistance(a, b)).toBeGreaterThan(REUSE_POLICY.maxDistance * 2);
  });

  it('has no hash for a blank image, which would match every other blank image', async () => {
    const blank = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#f4f4f4' } }).png().toBuffer();
    expect(await hashOf(blank)).toBeNull();
  });
});
