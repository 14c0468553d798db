import { PutEventsCommand, type EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { EventPublisher, ModerationEvent } from '../events/ports';

/** Source of every event on the bus; rules match on it and on the detail-type (the event's `type`). */
export const EVENT_SOURCE = 'moderation';

/** Publishes to an EventBridge bus; a failed entry is an error so the caller's retry covers it. */
export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
  ) {}

  async publish(event: ModerationEvent): Promise<void> {
    const { FailedEntryCount, Entries } = await this.client.send(
      new PutEventsCommand({ Entries: [{ EventBusName: this.busName, Source: EVENT_SOURCE, DetailType: event.type, Detail: JSON.stringify(event) }] }),
    );
    if ((FailedEntryCount ?? 0) > 0) throw new Error(`event bus refused ${event.type}: ${Entries?.[0]?.ErrorCode ?? 'unknown error'}`);
  }
}
