import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures/text');

/** One non-empty line of a fixture file, with where it came from for failure messages. */
export interface FixtureLine {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Every non-empty line of every `folder/*.ext` fixture file, whichever languages exist yet. */
export const readFixtureLines = (folder: string, ext: string): FixtureLine[] => {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((text, index) => ({ file, line: index + 1, text: text.replace(/\r$/, '') }))
        .filter((entry) => entry.text.trim() !== ''),
    );
};

/** Lines grouped by the file they came from, in file order. */
export const groupByFile = <T extends FixtureLine>(lines: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const line of lines) groups.set(line.file, [...(groups.get(line.file) ?? []), line]);
  return groups;
};
