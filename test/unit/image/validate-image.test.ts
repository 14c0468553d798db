import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { IMAGE_LIMITS } from '../../../functions/image/limits';
import { validateImage } from '../../../functions/image/validate-image';
import { pngClaiming } from '../../fixtures/images/craft-png';

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });

describe('validateImage', () => {
  it.each([
    ['jpeg', () => picture(640, 480).jpeg().toBuffer()],
    ['png', () => picture(640, 480).png().toBuffer()],
    ['webp', () => picture(640, 480).webp().toBuffer()],
    ['webp', () => picture(640, 480).webp({ lossless: true }).toBuffer()],
    ['gif', () => picture(640, 480).gif().toBuffer()],
  ] as const)('reads a %s image: format and 640 x 480 from the header', async (format, make) => {
    // Act
    const result = validateImage(await make());
    // Assess
    expect(result).toEqual({ header: expect.objectContaining({ format, width: 640, height: 480 }) });
  });

  it('finds the frame size of a JPEG behind a large EXIF block', async () => {
    const jpeg = await picture(300, 200)
      .jpeg()
      .withExif({ IFD0: { ImageDescription: 'x'.repeat(20_000) } })
      .toBuffer();
    expect(validateImage(jpeg)).toEqual({ header: expect.objectContaining({ format: 'jpeg', width: 300, height: 200 }) });
  });

  it('refuses a 20,000 x 20,000 PNG header in well under a millisecond per check, without decoding it', () => {
    // Prepare: the IDAT holds a few rows only, so a decoder would fail on it; the header is all we read.
    const bomb = pngClaiming(20_000, 20_000);
    // Act
    const startedAt = performance.now();
    for (let round = 0; round < 1000; round += 1) validateImage(bomb);
    const result = validateImage(bomb);
    const msEach = (performance.now() - startedAt) / 1001;
    // Assess
    expect(bomb.length).toBeLessThan(1000);
    expect(result).toEqual({ rejected: { reason: 'too-many-pixels', detail: expect.stringContaining('20000 x 20000') } });
    expect(msEach).toBeLessThan(1);
  });

  it('refuses a side beyond the cap even when the pixel count is small', () => {
    expect(validateImage(pngClaiming(IMAGE_LIMITS.maxSide + 1, 10))).toMatchObject({ rejected: { reason: 'too-many-pixels' } });
  });

  it('refuses an animated PNG, whose later frames no model would see', () => {
    expect(validateImage(pngClaiming(100, 100, { animated: true }))).toMatchObject({ rejected: { reason: 'animated' } });
  });

  it('refuses an animated WebP', async () => {
    const frame = (background: string) => sharp({ create: { width: 50, height: 100, channels: 3, background } }).png().toBuffer();
    const animated = await sharp([await frame('red'), await frame('blue')], { join: { animated: true } }).webp().toBuffer();
    expect(validateImage(animated)).toMatchObject({ rejected: { reason: 'animated' } });
  });

  it.each([
    ['text', Buffer.from('not really a jpeg')],
    ['a PDF', Buffer.from('%PDF-1.7\n...')],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ])('refuses %s by its magic bytes whatever the key says', (_name, bytes) => {
    expect(validateImage(bytes)).toMatchObject({ rejected: { reason: 'unsupported-format' } });
  });

  it('refuses a JPEG cut off before its frame header', async () => {
    const jpeg = await picture(300, 200)
      .jpeg()
      .withExif({ IFD0: { ImageDescription: 'x'.repeat(5_000) } })
      .toBuffer();
    expect(validateImage(jpeg.subarray(0, 1_000))).toMatchObject({ rejected: { reason: 'unreadable-header' } });
  });

  it('refuses an empty object and one over the 15 MB Rekognition limit', () => {
    expect(validateImage(Buffer.alloc(0))).toMatchObject({ rejected: { reason: 'empty' } });
    expect(validateImage(Buffer.alloc(IMAGE_LIMITS.maxObjectBytes + 1))).toMatchObject({ rejected: { reason: 'too-large' } });
  });
});
