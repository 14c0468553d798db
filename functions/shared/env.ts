import { z } from 'zod';

/**
 * The only reader of `process.env`. Each Lambda entry reads the variables it needs once, at cold start,
 * and fails with the variable's name when one is missing or malformed.
 */
const variables = {
  TABLE_NAME: z.string().min(1),
  UPLOADS_BUCKET: z.string().min(1),
  EVENT_BUS_NAME: z.string().min(1),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(64 * 1024),
} as const;

type Variables = typeof variables;
export type EnvName = keyof Variables;
export type Env<K extends EnvName> = { readonly [P in K]: z.output<Variables[P]> };

/** Reads and validates the named variables; throws naming the first bad one. */
export const readEnv = <K extends EnvName>(...names: K[]): Env<K> => {
  const values: Partial<Record<EnvName, unknown>> = {};
  for (const name of names) {
    const parsed = variables[name].safeParse(process.env[name]);
    if (!parsed.success) {
      const raw = process.env[name];
      throw new Error(`environment variable ${name} is ${raw === undefined ? 'missing' : `invalid (${JSON.stringify(raw)})`}`);
    }
    values[name] = parsed.data;
  }
  return values as Env<K>;
};
