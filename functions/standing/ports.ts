import type { RuleId } from '../policy/rules';

/** What caused a strike; its id makes applying the strike idempotent (a retried event counts once). */
export type StrikeSource =
  | { readonly kind: 'content'; readonly id: string }
  | { readonly kind: 'report'; readonly id: string }
  | { readonly kind: 'moderator-action'; readonly id: string };

export interface StrikeRequest {
  readonly accountId: string;
  readonly ruleId: RuleId;
  readonly source: StrikeSource;
  /** Who decided: `system` for automated checks, else the moderator's id. */
  readonly actor: string;
  /** Decision, report or review ids that explain the strike, for the audit log. */
  readonly because?: { readonly decisionId?: string; readonly reportId?: string; readonly contentId?: string };
}

/** Port the checks use to punish a blocked decision; the standing module implements it. */
export interface StrikeRecorder {
  /** Applies a strike once per source; `created: false` when that source had already struck. */
  applyStrike(request: StrikeRequest): Promise<{ readonly strikeId: string; readonly created: boolean }>;
}
