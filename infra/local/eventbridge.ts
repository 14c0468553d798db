import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { startAwsJsonService, type LocalAwsService } from './aws-json-service';

const putEventsSchema = z.object({
  Entries: z
    .array(z.object({ EventBusName: z.string().optional(), Source: z.string().min(1), DetailType: z.string().min(1), Detail: z.string().min(1) }))
    .min(1)
    .max(10),
});

/** An event as the local bus received it. */
export interface ReceivedEvent {
  readonly id: string;
  readonly time: string;
  readonly source: string;
  readonly detailType: string;
  readonly detail: unknown;
}

export interface LocalEventBus extends LocalAwsService {
  /** Emits `event` with each ReceivedEvent, for tests and for watching the app's view. */
  readonly received: EventEmitter;
}

/**
 * EventBridge's PutEvents locally (`AWSEvents.PutEvents`, through AWS_ENDPOINT_URL_EVENTBRIDGE): every
 * event is appended to a JSON-lines file, the sink the app would subscribe to in AWS.
 */
export const startLocalEventBus = async (port: number, sinkFile: string): Promise<LocalEventBus> => {
  const received = new EventEmitter();
  mkdirSync(dirname(sinkFile), { recursive: true });
  const service = await startAwsJsonService(port, 'AWSEvents', {
    PutEvents: async (request) => {
      const { Entries } = putEventsSchema.parse(request);
      const events = Entries.map((entry) => ({ id: randomUUID(), time: new Date().toISOString(), source: entry.Source, detailType: entry.DetailType, detail: JSON.parse(entry.Detail) as unknown }));
      appendFileSync(sinkFile, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
      for (const event of events) received.emit('event', event);
      return { FailedEntryCount: 0, Entries: events.map((event) => ({ EventId: event.id })) };
    },
  });
  return { ...service, received };
};
