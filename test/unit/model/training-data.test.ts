import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet } from '../../../scripts/lib/labelled-data';

const DIR = join(import.meta.dirname, '../../../functions/text/model/training-data');
const LANGUAGES = ['en', 'es', 'fr', 'ja', 'de', 'zh', 'it', 'ru', 'pt', 'ar', 'hi', 'ko'];

describe('the in-domain clean training sets', () => {
  const names = readdirSync(DIR).filter((file) => file.endsWith('.jsonl')).map((file) => file.replace(/\.jsonl$/, ''));

  it('hold only clean rows, which train.ts uses as negatives for every group', async () => {
    for (const name of names) {
      const { rows } = await loadLabelledSet(name, DIR);
      expect(rows.filter((row) => row.rules.length > 0 || row.label !== 'clean')).toEqual([]);
    }
  });

  it('cover every community language with at least 80 distinct messages and unique ids', async () => {
    // Act
    const { rows } = await loadLabelledSet('ordinary-exchange', DIR);

    // Assess
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.text)).size).toBe(rows.length);
    for (const lang of LANGUAGES) expect(rows.filter((row) => row.lang === lang).length, lang).toBeGreaterThanOrEqual(80);
  });
});
