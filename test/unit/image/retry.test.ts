import { describe, expect, it } from 'vitest';
import { isTransient, withRetries } from '../../../functions/image/retry';

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });
const POLICY = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('withRetries', () => {
  it('retries throttling with growing pauses, then returns the result', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw named('ThrottlingException');
        return 'done';
      },
      POLICY,
      async (ms) => void pauses.push(ms),
      () => 0.999,
    );
    expect({ result, calls, pauses }).toEqual({ result: 'done', calls: 3, pauses: [99, 199] });
  });

  it('gives up after the last attempt and throws the last error', async () => {
    let calls = 0;
    await expect(withRetries(async () => Promise.reject(named(`ServiceUnavailableException`, { calls: (calls += 1) })), POLICY, async () => undefined)).rejects.toThrow('ServiceUnavailableException');
    expect(calls).toBe(4);
  });

  it('does not retry an error that another try cannot fix', async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls += 1;
          throw named('AccessDeniedException');
        },
        POLICY,
        async () => undefined,
      ),
    ).rejects.toThrow('AccessDeniedException');
    expect(calls).toBe(1);
  });

  it('counts 5xx answers and dropped connections as transient', () => {
    expect(isTransient(named('Whatever', { $metadata: { httpStatusCode: 503 } }))).toBe(true);
    expect(isTransient(named('Error', { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransient(named('InvalidParameterException', { $metadata: { httpStatusCode: 400 } }))).toBe(false);
  });
});
