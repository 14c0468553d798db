import { describe, expect, it } from 'vitest';
import { replaceMarkedBlock } from '../../../scripts/lib/readme-block';

const readme = [
  '# Title',
  '',
  '<!-- eval:start -->',
  'Not measured yet.',
  '<!-- eval:end -->',
  '',
  '<!-- bench:start -->',
  'old bench',
  '<!-- bench:end -->',
  'tail',
].join('\n');

describe('replaceMarkedBlock', () => {
  it('replaces only the named block and keeps everything outside its markers', () => {
    const updated = replaceMarkedBlock(readme, 'eval', '| a |\n| - |');

    expect(updated).toBe(readme.replace('Not measured yet.', '| a |\n| - |'));
  });

  it('gives the same document when run twice with the same content', () => {
    const once = replaceMarkedBlock(readme, 'bench', 'figures\n');

    expect(replaceMarkedBlock(once, 'bench', 'figures\n')).toBe(once);
  });

  it('fails naming the markers when they are missing', () => {
    expect(() => replaceMarkedBlock('# no markers', 'eval', 'x')).toThrow('<!-- eval:start -->');
  });

  it('fails when the end marker comes before the start marker', () => {
    expect(() => replaceMarkedBlock('<!-- eval:end -->\n<!-- eval:start -->', 'eval', 'x')).toThrow('not found in order');
  });
});
