import type { Node } from 'constructs';
import { z } from 'zod';

/** Deployment settings, from `cdk.json` context or `-c key=value` on the command line. */
const configSchema = z.object({
  jwtIssuer: z.url({ protocol: /^https$/, error: 'must be an https URL (the token issuer, e.g. a Cognito user pool URL)' }),
  jwtAudience: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((item) => item.trim()).filter((item) => item !== '')),
  imageCheckMaxConcurrency: z.coerce.number().int().min(2).max(1000).default(5),
  apiRateLimit: z.coerce.number().positive().default(200),
  apiBurstLimit: z.coerce.number().int().positive().default(400),
  /** IAM role ARNs (comma-separated) of moderation tools that may open quarantined images, beside the image checks. */
  quarantineReaderArns: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((item) => item.trim()).filter((item) => item !== ''))
    .pipe(z.array(z.string().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\//, 'must be IAM role ARNs'))),
});

export type ModerationConfig = z.output<typeof configSchema>;

/** Reads the `moderation:*` context keys and fails early, naming the bad key and value. */
export const readConfig = (node: Node): ModerationConfig => {
  const keys = Object.keys(configSchema.shape) as (keyof typeof configSchema.shape)[];
  const raw = Object.fromEntries(keys.map((key) => [key, node.tryGetContext(`moderation:${key}`)]));
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '?');
    throw new Error(`context moderation:${key} ${issue?.message ?? 'is invalid'} (got ${JSON.stringify(raw[key as keyof typeof raw])})`);
  }
  return parsed.data;
};
