import { checkUploadedImage, type ImageCheckDeps, type ImageCheckOutcome } from './check-image';
import { withRetries, type RetryPolicy, type Sleep } from './retry';

/** An object the app uploaded, as announced by S3. */
export interface UploadedObject {
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  readonly eTag: string;
  readonly versionId?: string;
  readonly sequencer?: string;
}

/** Where an upload's intake stands: first seen, seen but its check never finished, or done. */
export type IntakeState = 'new' | 'unfinished' | 'finished';

/** Port: one record per object version, so a redelivered S3 event is recognised. */
export interface UploadLedger {
  begin(upload: UploadedObject, receivedAt: Date): Promise<IntakeState>;
  finish(upload: UploadedObject, outcome: ImageCheckOutcome['status'], at: Date): Promise<void>;
}

export interface UploadIntakeDeps extends ImageCheckDeps {
  readonly ledger: UploadLedger;
  readonly retry: RetryPolicy;
  readonly sleep?: Sleep;
}

export type IntakeResult = { readonly duplicate: true } | { readonly duplicate: false; readonly outcome: ImageCheckOutcome };

/**
 * Takes an uploaded object in: a version whose check finished before is a duplicate event and is skipped;
 * otherwise the check runs (again, if an earlier attempt died: every step of it is idempotent), retrying
 * throttling and service errors. A failure after the retries is thrown, so the queue redelivers the event.
 */
export const takeInUpload = async (deps: UploadIntakeDeps, upload: UploadedObject): Promise<IntakeResult> => {
  if ((await deps.ledger.begin(upload, deps.now())) === 'finished') return { duplicate: true };
  const outcome = await withRetries(
    () => checkUploadedImage(deps, { key: upload.key, ...(upload.versionId === undefined ? {} : { versionId: upload.versionId }) }),
    deps.retry,
    deps.sleep,
  );
  await deps.ledger.finish(upload, outcome.status, deps.now());
  return { duplicate: false, outcome };
};
