import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEXICONS } from './lexicons';
import { POLICY_VERSION } from '../policy/rules';
import { compileTerms, TERM_COMPILER_VERSION, type TermEntry, type TermIndex } from './match/term-index';
import { decodeTermIndex } from './match/term-index-file';
import { NUMBER_WORDS } from './match/number-words';

/**
 * The compiled index a bundle carries beside it (scripts/build-term-index.ts, run when a function is
 * bundled); under tsx and vitest there is none and the index is compiled on first use.
 */
export const TERM_INDEX_FILE = fileURLToPath(new URL('./term-index.bin', import.meta.url));

const allEntries = (): TermEntry[] => {
  const entries: TermEntry[] = [];
  for (const lexicon of LEXICONS) {
    for (const [tag, terms] of Object.entries(lexicon.terms)) {
      for (const term of terms ?? []) {
        const written = typeof term === 'string' ? { term } : { term: term.term, unless: term.unless };
        entries.push({ ...written, tag: tag as TermEntry['tag'], lang: lexicon.lang });
      }
    }
  }
  NUMBER_WORDS.forEach((words, value) => {
    for (const term of words) entries.push({ term, tag: 'digit', value });
  });
  return entries;
};

/** What a compiled index depends on: the compiler's version, the policy's, and the lexicons and number words as written. */
export const lexiconFingerprint = (): string =>
  createHash('sha256').update(JSON.stringify([TERM_COMPILER_VERSION, POLICY_VERSION, LEXICONS, NUMBER_WORDS])).digest('hex');

/** Compiles every lexicon (what a bundle's index file holds). */
export const compileLexicons = (): { index: TermIndex; fingerprint: string } => ({ index: compileTerms(allEntries()), fingerprint: lexiconFingerprint() });

declare global {
  /**
   * The fingerprint of the lexicons a bundle was built from, written in by the bundler (an esbuild define,
   * infra/constructs/moderation-function.ts); undefined elsewhere.
   */
  var TERM_INDEX_FINGERPRINT: string | undefined;
}

const readBundled = (fingerprint: string): TermIndex => {
  const loaded = decodeTermIndex(readFileSync(TERM_INDEX_FILE), fingerprint);
  if (loaded === undefined) throw new Error(`${TERM_INDEX_FILE} is truncated, of another format, or not compiled from the lexicons this bundle was built with (fingerprint ${fingerprint})`);
  return loaded;
};

const readOrCompile = (): TermIndex => {
  const loaded = existsSync(TERM_INDEX_FILE) ? decodeTermIndex(readFileSync(TERM_INDEX_FILE), lexiconFingerprint()) : undefined;
  return loaded ?? compileTerms(allEntries());
};

/**
 * A bundle reads the index file beside it and never loads the lexicons: with the fingerprint written in,
 * the condition is a constant, readOrCompile falls away, and so does ./lexicons (side-effect free, see its
 * package.json). That spares a cold start evaluating ~200k terms and hashing them (~0.4 s). Elsewhere the
 * index file is read when it was compiled from these very lexicons, else they are compiled.
 * The global is written out in full, not through a variable, so the bundler sees the constant.
 */
const loadOrCompile = (): TermIndex => (globalThis.TERM_INDEX_FINGERPRINT !== undefined ? readBundled(globalThis.TERM_INDEX_FINGERPRINT) : readOrCompile());

let index: TermIndex | undefined;

/** Every language's lexicon compiled into one automaton: read from beside the bundle, or built, on first use; kept for the process. */
export const termIndex = (): TermIndex => {
  index ??= loadOrCompile();
  return index;
};
