import { SURFACES, type Surface } from '../policy/rules';
import { UPLOADS_PREFIX } from '../routes';
import { accountIdSchema, contentIdSchema } from '../shared/ids';

/** Where an uploaded image sits and whose it is, read from its object key. */
export interface UploadRef {
  readonly key: string;
  readonly surface: Surface;
  readonly accountId: string;
  readonly contentId: string;
}

const EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif'] as const;
const KEY_SHAPE = /^([^/]+)\/([^/]+)\/([^/]+)\.([A-Za-z]+)$/;

/** The key the app must use for an upload: `uploads/{surface}/{accountId}/{contentId}.{ext}`. */
export const uploadKeyFor = (surface: Surface, accountId: string, contentId: string, extension: (typeof EXTENSIONS)[number]): string =>
  `${UPLOADS_PREFIX}${surface}/${accountId}/${contentId}.${extension}`;

/**
 * Reads the upload key convention. The ids obey the same rules as ids sent over HTTP, so a key the app did
 * not build (a user's file name with spaces, another folder depth) names no content and is refused.
 */
export const parseUploadKey = (key: string): UploadRef | null => {
  if (!key.startsWith(UPLOADS_PREFIX)) return null;
  const match = KEY_SHAPE.exec(key.slice(UPLOADS_PREFIX.length));
  if (match === null) return null;
  const [, surface = '', accountId = '', contentId = '', extension = ''] = match;
  if (!(SURFACES as readonly string[]).includes(surface)) return null;
  if (!(EXTENSIONS as readonly string[]).includes(extension.toLowerCase())) return null;
  if (!accountIdSchema.safeParse(accountId).success || !contentIdSchema.safeParse(contentId).success) return null;
  return { key, surface: surface as Surface, accountId, contentId };
};
