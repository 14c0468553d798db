import { describe, expect, it } from 'vitest';
import { parseUploadKey, uploadKeyFor } from '../../../functions/image/upload-key';

describe('upload key convention uploads/{surface}/{accountId}/{contentId}.{ext}', () => {
  it('reads surface, account and content id', () => {
    expect(parseUploadKey('uploads/moment/acct-42/c-123.jpg')).toEqual({ key: 'uploads/moment/acct-42/c-123.jpg', surface: 'moment', accountId: 'acct-42', contentId: 'c-123' });
  });

  it('round-trips the key the app is told to build', () => {
    const key = uploadKeyFor('profile', 'acct-1', 'p:2026.11', 'webp');
    expect(parseUploadKey(key)).toMatchObject({ surface: 'profile', accountId: 'acct-1', contentId: 'p:2026.11' });
  });

  it('accepts an upper-case extension', () => {
    expect(parseUploadKey('uploads/chat/a-1/c-1.JPG')).toMatchObject({ contentId: 'c-1' });
  });

  it.each([
    ['a file name with a space and a plus sign', 'uploads/moment/acct-1/photo 1+2.jpg'],
    ['an unknown surface', 'uploads/story/acct-1/c-1.jpg'],
    ['a missing account folder', 'uploads/moment/c-1.jpg'],
    ['an extra folder', 'uploads/moment/acct-1/x/c-1.jpg'],
    ['an unsupported extension', 'uploads/moment/acct-1/c-1.svg'],
    ['no extension', 'uploads/moment/acct-1/c-1'],
    ['another prefix', 'quarantine/moment/acct-1/c-1.jpg'],
  ])('refuses %s', (_name, key) => {
    expect(parseUploadKey(key)).toBeNull();
  });
});
