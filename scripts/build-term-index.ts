/**
 * `tsx scripts/build-term-index.ts OUTDIR [FINGERPRINT]`: compiles every lexicon into OUTDIR/term-index.bin,
 * which the text engine reads instead of compiling at cold start. The CDK runs it when it bundles a function
 * that runs the text engine (infra/constructs/moderation-function.ts), so the file always comes from the
 * same sources as the bundle beside it. Given the fingerprint the bundle was built with, it fails when the
 * lexicons compile to another (edited while the app was synthesised), at synth rather than at a cold start.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileLexicons, TERM_INDEX_FILE } from '../functions/text/lexicon-index';
import { encodeTermIndex } from '../functions/text/match/term-index-file';

const [outDir, expected] = process.argv.slice(2);
if (outDir === undefined) {
  process.stderr.write('usage: tsx scripts/build-term-index.ts OUTDIR [FINGERPRINT]\n');
  process.exit(2);
}
const started = performance.now();
const { index, fingerprint } = compileLexicons();
if (expected !== undefined && expected !== fingerprint) {
  process.stderr.write(`term index: the lexicons' fingerprint is ${fingerprint}, the bundle was built with ${expected}; synthesise again\n`);
  process.exit(1);
}
const bytes = encodeTermIndex(index, fingerprint);
const file = join(outDir, basename(TERM_INDEX_FILE));
writeFileSync(file, bytes);
process.stderr.write(`term index: ${index.terms.length} patterns, ${(bytes.length / 2 ** 20).toFixed(1)} MiB, in ${Math.round(performance.now() - started)} ms -> ${file}\n`);
