import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../../functions/policy/rules';
import { deriveStanding } from '../../../functions/standing/derive-standing';
import type { ModeratorAction, Strike } from '../../../functions/standing/model';

const DAY = 86_400_000;
const t0 = Date.parse('2026-06-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const strike = (id: string, at: number, points = 1, extra: Partial<Strike> = {}): Strike => ({
  id,
  ruleId: 'M6' as RuleId,
  points,
  at: iso(at),
  expiresAt: iso(at + 90 * DAY),
  source: { kind: 'content', id },
  flagrant: false,
  actor: 'system',
  ...extra,
});
const action = (id: string, kind: ModeratorAction['kind'], at: number, until?: number): ModeratorAction => ({
  id,
  kind,
  at: iso(at),
  moderatorId: 'mod-1',
  reason: 'test',
  ...(until === undefined ? {} : { until: iso(until) }),
});
const standingAt = (now: number, strikes: Strike[], actions: ModeratorAction[] = []) => deriveStanding({ accountId: 'a-1', strikes, actions, flags: [] }, new Date(now));

describe('deriveStanding', () => {
  it('warns at the first point and mutes chat for a day at three', () => {
    expect(standingAt(t0 + 1000, [strike('s1', t0)]).status).toBe('warned');
    const muted = standingAt(t0 + 1000, [strike('s1', t0), strike('s2', t0 + 1), strike('s3', t0 + 2)]);
    expect(muted.status).toBe('muted');
    expect(muted.restrictions).toEqual([{ kind: 'chat-mute', until: iso(t0 + 2 + DAY), pendingReview: false }]);
  });

  it('lets a restriction expire with the clock, no job needed', () => {
    const strikes = [strike('s1', t0, 3)];
    expect(standingAt(t0 + DAY - 1, strikes).status).toBe('muted');
    expect(standingAt(t0 + DAY + 1, strikes).status).toBe('warned');
  });

  it('stops counting decayed strikes after the window', () => {
    const strikes = [strike('s1', t0, 2), strike('s2', t0 + 80 * DAY, 2)];
    expect(standingAt(t0 + 81 * DAY, strikes).points).toBe(4);
    expect(standingAt(t0 + 91 * DAY, strikes).points).toBe(2);
  });

  it('ignores a voided strike', () => {
    expect(standingAt(t0 + 1000, [strike('s1', t0, 3, { voidedAt: iso(t0 + 10) })])).toMatchObject({ status: 'good', points: 0 });
  });

  it('suspends on a flagrant strike pending review, whatever the points', () => {
    const standing = standingAt(t0 + 1000, [strike('s1', t0, 1, { flagrant: true })]);
    expect(standing.status).toBe('suspended');
    expect(standing.restrictions[0]).toMatchObject({ kind: 'suspension', pendingReview: true });
  });

  it('a lift ends earlier restrictions but not later ones', () => {
    const actions = [action('a1', 'suspend', t0, t0 + 10 * DAY), action('a2', 'lift', t0 + DAY)];
    expect(standingAt(t0 + 2 * DAY, [], actions).status).toBe('good');
    expect(standingAt(t0 + 2 * DAY, [strike('s1', t0 + 1.5 * DAY, 3)], actions).status).toBe('muted');
  });

  it('keeps a disable through a lift; only reinstate ends it', () => {
    const disabled = [action('a1', 'disable', t0), action('a2', 'lift', t0 + 1)];
    expect(standingAt(t0 + DAY, [], disabled).restrictions).toEqual([{ kind: 'disable', until: null, pendingReview: false }]);
    expect(standingAt(t0 + DAY, [], [...disabled, action('a3', 'reinstate', t0 + 2)]).status).toBe('good');
  });

  it('reports the most severe restriction as the status and lists each kind once', () => {
    const standing = standingAt(t0 + 1000, Array.from({ length: 10 }, (_, index) => strike(`s${index}`, t0 + index)));
    expect(standing.status).toBe('suspended');
    expect(standing.restrictions.map((restriction) => restriction.kind)).toEqual(['chat-mute', 'posting-restriction', 'suspension']);
  });
});
