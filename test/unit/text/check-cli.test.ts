import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

const runCheck = (stdin: string) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], { cwd: ROOT, input: stdin, encoding: 'utf8' });
  return { status: result.status, decisions: result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)), stderr: result.stderr };
};

describe('npm run check', () => {
  it('writes one decision per good line and reports bad lines by number without stopping', () => {
    // GIVEN
    const stdin = [
      JSON.stringify({ id: 'a', text: 'you stupid bitch', surface: 'chat' }),
      'this is not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'see you at the station' }),
    ].join('\n');
    // WHEN
    const { status, decisions, stderr } = runCheck(stdin);
    // THEN
    expect(status).toBe(0);
    expect(decisions.map((decision) => [decision.id, decision.decision])).toEqual([
      ['a', 'block'],
      ['c', 'allow'],
    ]);
    expect(decisions[0].rules.map((hit: { id: string }) => hit.id)).toContain('C1');
    expect(decisions[0].policyVersion).toEqual(expect.any(String));
    expect(stderr).toContain('line 2 skipped');
    expect(stderr).toContain('line 3 skipped');
    expect(stderr).toMatch(/2 checked .* 2 skipped/);
  });
});
