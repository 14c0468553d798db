import { describe, expect, it } from 'vitest';
import { SURFACES, isRuleId, type Surface } from '../../../functions/policy/rules';
import { checkText } from '../../../functions/text/engine';
import { groupByFile, readFixtureLines } from './fixture-files';

interface LanguageCase {
  readonly text: string;
  readonly surface?: Surface;
  readonly rules: readonly string[];
  readonly note?: string;
}

const parseCase = (raw: string, where: string): LanguageCase => {
  const value = JSON.parse(raw) as LanguageCase;
  if (typeof value.text !== 'string' || !Array.isArray(value.rules)) throw new Error(`${where}: needs "text" and "rules"`);
  if (value.surface !== undefined && !SURFACES.includes(value.surface)) throw new Error(`${where}: unknown surface ${value.surface}`);
  const unknown = value.rules.filter((id) => !isRuleId(id));
  if (unknown.length > 0) throw new Error(`${where}: unknown rule ids ${unknown.join(', ')}`);
  return value;
};

const cases = readFixtureLines('cases', '.jsonl').map((entry) => ({ ...entry, where: `${entry.file}:${entry.line}` }));
const byFile = groupByFile(cases);

describe.each([...byFile.keys()])('language cases in %s', (file) => {
  it.each(byFile.get(file)!.map((entry) => [entry.where, entry] as const))('%s', (where, entry) => {
    // GIVEN
    const fixture = parseCase(entry.text, where);
    const surface = fixture.surface ?? 'moment';
    // WHEN
    const verdict = checkText({ text: fixture.text, surface });
    // THEN
    const fired = verdict.rules.map((hit) => hit.id);
    const context = `${where} ${JSON.stringify(fixture.text)} on ${surface}${fixture.note ? ` (${fixture.note})` : ''}: got ${verdict.decision} ${fired.join(',')}`;
    if (fixture.rules.length === 0) expect(verdict.decision, context).toBe('allow');
    else {
      expect(verdict.decision, context).not.toBe('allow');
      expect(fired, context).toEqual(expect.arrayContaining([...fixture.rules]));
    }
  });
});
