import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../../functions/policy/rules';
import { checkText } from '../../../functions/text/engine';
import { groupByFile, readFixtureLines } from './fixture-files';

const lines = readFixtureLines('ordinary', '.txt');
const byFile = groupByFile(lines);

describe.each([...byFile.keys()])('ordinary messages in %s are allowed on every surface', (file) => {
  it.each(byFile.get(file)!.map((entry) => [`${entry.file}:${entry.line}`, entry.text] as const))('%s', (where, text) => {
    for (const surface of SURFACES) {
      // WHEN
      const verdict = checkText({ text, surface });
      // THEN
      const fired = verdict.rules.map((hit) => `${hit.id} ${hit.evidence.map((evidence) => JSON.stringify(evidence.match)).join(' ')}`);
      expect(verdict.decision, `${where} ${JSON.stringify(text)} on ${surface}: ${fired.join('; ')}`).toBe('allow');
    }
  });
});
