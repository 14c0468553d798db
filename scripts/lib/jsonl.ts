import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';

/** Reads a JSONL file of rows `schema` accepts, skipping blank lines and failing with the file and line of the first malformed row. */
export const readJsonl = async <Schema extends z.ZodType>(file: string, schema: Schema): Promise<z.infer<Schema>[]> => {
  const rows: z.infer<Schema>[] = [];
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${lineNumber}: ${parsed.error.issues[0]?.message ?? 'invalid row'}`);
    rows.push(parsed.data);
  }
  return rows;
};
