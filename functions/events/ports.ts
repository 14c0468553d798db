/**
 * Events the app subscribes to. Shapes are documented in the README; fields are only ever added.
 * `StandingChanged`: an account's enforcement may have changed. `DecisionMade`: a check decided content.
 */
export interface StandingChangedEvent {
  readonly type: 'StandingChanged';
  readonly accountId: string;
  readonly at: string;
  readonly cause: { readonly kind: 'strike' | 'action' | 'appeal'; readonly id: string };
  readonly before: { readonly status: string };
  readonly after: {
    readonly status: string;
    readonly points: number;
    readonly restrictions: readonly { readonly kind: string; readonly until: string | null; readonly pendingReview: boolean }[];
  };
}

export interface DecisionMadeEvent {
  readonly type: 'DecisionMade';
  readonly contentId: string;
  readonly accountId: string;
  readonly kind: 'text' | 'image';
  readonly decision: string;
  readonly ruleIds: readonly string[];
  readonly at: string;
}

export type ModerationEvent = StandingChangedEvent | DecisionMadeEvent;

/** Port: publishes events for the app; at-least-once, so consumers dedupe on the cause or content id. */
export interface EventPublisher {
  publish(event: ModerationEvent): Promise<void>;
}
