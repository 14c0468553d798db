import { EventEmitter } from 'node:events';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { toSqsEvent, type SqsMessage } from './s3-events';

export type SqsConsumer = (event: SQSEvent) => Promise<SQSBatchResponse | void>;

export interface LocalQueueOptions {
  readonly queueArn: string;
  readonly region: string;
  /** Like the event-source mapping's maximum concurrency. */
  readonly maxConcurrency: number;
  /** Like the redrive policy: after this many failed receives the message goes to the DLQ file. */
  readonly maxReceiveCount: number;
  /** Where dead letters are appended, one JSON line each. */
  readonly deadLetterFile: string;
  /** Delay before the first redelivery; doubles each time (visibility timeout stand-in). */
  readonly retryDelayMs: number;
}

export interface Delivery {
  readonly messageId: string;
  readonly receiveCount: number;
  readonly outcome: 'succeeded' | 'failed';
}

/**
 * SQS + Lambda event-source mapping semantics, locally: at-least-once delivery, bounded concurrency,
 * redelivery with backoff for failed messages, and a dead-letter file after `maxReceiveCount`.
 * Emits `delivery` for every attempt and `dead-letter` when a message is given up on.
 */
export class LocalQueue extends EventEmitter {
  private readonly waiting: { message: SqsMessage; receiveCount: number }[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly consumer: SqsConsumer,
    private readonly options: LocalQueueOptions,
  ) {
    super();
  }

  /** Enqueues a message body; returns its message id. */
  send(body: string): string {
    const message = { messageId: randomUUID(), body, sentAt: Date.now() };
    this.waiting.push({ message, receiveCount: 0 });
    this.pump();
    return message.messageId;
  }

  /** Resolves when nothing is queued, in flight or waiting for a retry. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops delivering; pending retries are dropped (a real queue would keep them). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && this.inFlight === 0 && this.timers.size === 0;
  }

  private pump(): void {
    while (!this.stopped && this.inFlight < this.options.maxConcurrency && this.waiting.length > 0) {
      const next = this.waiting.shift();
      if (next !== undefined) void this.deliver(next.message, next.receiveCount + 1);
    }
    if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async deliver(message: SqsMessage, receiveCount: number): Promise<void> {
    this.inFlight += 1;
    let failed: boolean;
    try {
      const response = await this.consumer(toSqsEvent(message, receiveCount, this.options.queueArn, this.options.region));
      failed = (response?.batchItemFailures ?? []).some((failure) => failure.itemIdentifier === message.messageId);
    } catch {
      failed = true;
    }
    this.inFlight -= 1;
    this.emit('delivery', { messageId: message.messageId, receiveCount, outcome: failed ? 'failed' : 'succeeded' } satisfies Delivery);
    if (failed) this.retryOrBury(message, receiveCount);
    this.pump();
  }

  private retryOrBury(message: SqsMessage, receiveCount: number): void {
    if (receiveCount >= this.options.maxReceiveCount) {
      mkdirSync(dirname(this.options.deadLetterFile), { recursive: true });
      appendFileSync(this.options.deadLetterFile, `${JSON.stringify({ ...message, receiveCount, deadAt: new Date().toISOString() })}\n`);
      this.emit('dead-letter', message);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.waiting.push({ message, receiveCount });
      this.pump();
    }, this.options.retryDelayMs * 2 ** (receiveCount - 1));
    this.timers.add(timer);
  }
}
