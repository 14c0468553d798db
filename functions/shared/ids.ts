import { z } from 'zod';

/**
 * Ids chosen by the app (content, accounts) end up inside DynamoDB keys and S3 keys: keep them short and
 * free of the separators those keys use.
 */
export const contentIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'must be 1-128 characters of A-Z a-z 0-9 . _ : -');
export const accountIdSchema = contentIdSchema;
