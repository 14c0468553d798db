import { PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { UploadLedger, UploadedObject } from '../../images/upload';
import { isConditionalCheckFailure } from './conditional';

/** One item per object version: `UPLOAD#<bucket>/<key>` / `VERSION#<versionId or eTag>`. */
const uploadKey = (upload: UploadedObject) => ({
  pk: `UPLOAD#${upload.bucket}/${upload.key}`,
  sk: `VERSION#${upload.versionId ?? upload.eTag}`,
});

/** Upload intake records; the conditional put is what makes a redelivered S3 event a no-op. */
export class DynamoUploadLedger implements UploadLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async recordOnce(upload: UploadedObject, receivedAt: Date): Promise<'new' | 'duplicate'> {
    const item = { ...uploadKey(upload), entity: 'Upload', ...upload, receivedAt: receivedAt.toISOString() };
    try {
      await this.client.send(
        new PutItemCommand({ TableName: this.tableName, Item: marshall(item, { removeUndefinedValues: true }), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      return 'new';
    } catch (error) {
      if (isConditionalCheckFailure(error)) return 'duplicate';
      throw error;
    }
  }
}
