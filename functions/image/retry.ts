/** How hard to try before handing a failure back to the queue. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
  'ServiceUnavailableException',
  'ServiceUnavailable',
  'InternalServerError',
  'InternalError',
  'SlowDown',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

/** Throttling, a service's own failure or a dropped connection: worth another try after a pause. */
export const isTransient = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const details = error as Error & { $retryable?: unknown; $metadata?: { httpStatusCode?: number }; code?: unknown };
  const status = details.$metadata?.httpStatusCode ?? 0;
  return TRANSIENT_NAMES.has(error.name) || details.$retryable !== undefined || status === 429 || status >= 500 || (typeof details.code === 'string' && TRANSIENT_CODES.has(details.code));
};

export type Sleep = (ms: number) => Promise<void>;
const pause: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work`, retrying transient failures with exponential backoff and full jitter (so throttled workers do
 * not retry in step); a permanent failure, or the last transient one, is thrown.
 */
export const withRetries = async <T>(work: () => Promise<T>, policy: RetryPolicy, sleep: Sleep = pause, random: () => number = Math.random): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      await sleep(Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))));
    }
  }
};

/** A few quick tries inside the upload invocation; past them the queue's redelivery (and then its DLQ) takes over. */
export const UPLOAD_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };
