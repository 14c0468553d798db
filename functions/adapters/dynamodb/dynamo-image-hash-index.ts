import { PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { HashedImage, ImageHashIndex } from '../../image/ports';

/**
 * The 64-bit hash cut into 4 bands of 16 bits; each image is stored once per band (`IMGHASH#<band>#<bits>`
 * / `CONTENT#<contentId>`). Two hashes within Hamming distance 3 share a band for certain (pigeonhole), and
 * resized or recompressed copies, a few bits apart, nearly always do; a near-match search is 4 Queries.
 */
const BANDS = 4;
const BAND_HEX_DIGITS = 16 / BANDS;
/** A band shared by very many images (a common pattern) is read only this far: a bound on the cost of a check. */
const MAX_PER_BAND = 200;

const bandKeys = (hash: string): string[] => Array.from({ length: BANDS }, (_, band) => `IMGHASH#${band}#${hash.slice(band * BAND_HEX_DIGITS, (band + 1) * BAND_HEX_DIGITS)}`);

/** Perceptual hashes in the single table, found again by band. */
export class DynamoImageHashIndex implements ImageHashIndex {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async candidates(hash: string): Promise<HashedImage[]> {
    const pages = await Promise.all(
      bandKeys(hash).map((pk) =>
        this.client.send(
          new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: marshall({ ':pk': pk }), Limit: MAX_PER_BAND }),
        ),
      ),
    );
    const byContent = new Map<string, HashedImage>();
    for (const item of pages.flatMap((page) => page.Items ?? [])) {
      const { contentId, accountId, surface, hash: itemHash, indexedAt } = unmarshall(item) as HashedImage;
      byContent.set(contentId, { contentId, accountId, surface, hash: itemHash, indexedAt });
    }
    return [...byContent.values()];
  }

  async add(image: HashedImage): Promise<void> {
    await Promise.all(
      bandKeys(image.hash).map((pk) =>
        this.client.send(new PutItemCommand({ TableName: this.tableName, Item: marshall({ pk, sk: `CONTENT#${image.contentId}`, entity: 'ImageHash', ...image }) })),
      ),
    );
  }
}
