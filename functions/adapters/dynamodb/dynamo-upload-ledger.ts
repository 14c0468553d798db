import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ImageCheckOutcome } from '../../image/check-image';
import type { IntakeState, UploadLedger, UploadedObject } from '../../image/upload-intake';

/** One item per object version: `UPLOAD#<bucket>/<key>` / `VERSION#<versionId or eTag>`. */
const uploadKey = (upload: UploadedObject) => marshall({ pk: `UPLOAD#${upload.bucket}/${upload.key}`, sk: `VERSION#${upload.versionId ?? upload.eTag}` });

/** `SET #a = :a, ...` for plain attributes; names go through placeholders (`key` and `size` are reserved words). */
const setAll = (values: Readonly<Record<string, unknown>>, extra: string[] = []) => {
  const present = Object.entries(values).filter(([, value]) => value !== undefined);
  return {
    UpdateExpression: `SET ${[...present.map(([name]) => `#${name} = :${name}`), ...extra].join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(present.map(([name]) => [`#${name}`, name])),
    values: Object.fromEntries(present.map(([name, value]) => [`:${name}`, value])),
  };
};

/**
 * Upload intake records. `begin` is one UpdateItem that creates the record or returns the old one, so a
 * redelivered S3 event learns in the same request whether the first delivery finished its check.
 */
export class DynamoUploadLedger implements UploadLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async begin(upload: UploadedObject, receivedAt: Date): Promise<IntakeState> {
    const { UpdateExpression, ExpressionAttributeNames, values } = setAll({ entity: 'Upload', ...upload }, ['receivedAt = if_not_exists(receivedAt, :receivedAt)']);
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: uploadKey(upload),
        UpdateExpression,
        ExpressionAttributeNames,
        ExpressionAttributeValues: marshall({ ...values, ':receivedAt': receivedAt.toISOString() }),
        ReturnValues: 'ALL_OLD',
      }),
    );
    if (Attributes === undefined) return 'new';
    return unmarshall(Attributes).finishedAt === undefined ? 'unfinished' : 'finished';
  }

  async finish(upload: UploadedObject, outcome: ImageCheckOutcome['status'], at: Date): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: uploadKey(upload),
        UpdateExpression: 'SET finishedAt = if_not_exists(finishedAt, :at), outcome = :outcome',
        ExpressionAttributeValues: marshall({ ':at': at.toISOString(), ':outcome': outcome }),
      }),
    );
  }
}
