/** An object the app uploaded, as announced by S3. */
export interface UploadedObject {
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  readonly eTag: string;
  readonly versionId?: string;
  readonly sequencer?: string;
}

/** Port: remembers which object versions were already taken in, so redelivered events count once. */
export interface UploadLedger {
  recordOnce(upload: UploadedObject, receivedAt: Date): Promise<'new' | 'duplicate'>;
}

/** Takes one uploaded object in exactly once; duplicates of an S3 event are reported, not redone. */
export const takeInUpload = async (ledger: UploadLedger, upload: UploadedObject, now: Date): Promise<'new' | 'duplicate'> =>
  ledger.recordOnce(upload, now);
