import type { Language } from '../../policy/rules';
import { maskableTerm, type MaskableTerm } from './masked-words';
import type { CompiledTerm, TermIndex, TermTag } from './term-index';

/**
 * A compiled term index as one file, so a Lambda reads its automaton instead of building it at every
 * cold start (building normalises ~100k terms and lays out the automaton: seconds on a small Lambda).
 * The file is written when a function is bundled, from the same sources as the bundle, and carries the
 * fingerprint of the lexicons it was compiled from: a reader compiles afresh when it does not match.
 *
 * Layout: a 4-byte length, a small JSON header (fingerprint, scalars, the names of the tags and languages,
 * and the name, type and length of each array), then the arrays, each starting on an 8-byte boundary.
 * The distinct terms are arrays too (their text one UTF-8 run): parsing them as JSON took ~250 ms of a
 * cold start, for 140k terms.
 */
const FORMAT = 5;
/** A term with no language (number words). */
const NO_LANGUAGE = 255;
/** A term that is no number word. */
const NO_VALUE = -1;
const ALIGN = 8;

type ArrayType = 'i32' | 'u16' | 'u8';
type AnyArray = Int32Array | Uint16Array | Uint8Array;

interface Section {
  readonly name: string;
  readonly type: ArrayType;
  readonly length: number;
}

interface Header {
  readonly format: number;
  readonly fingerprint: string;
  readonly patternCount: number;
  readonly startClass: number;
  readonly astralClass: readonly (readonly [number, number])[];
  /** The names the terms' tag bytes and the tag numbers packed in patternInfo index. */
  readonly tags: readonly TermTag[];
  /** The names the terms' language bytes index. */
  readonly languages: readonly Language[];
  readonly sections: readonly Section[];
}

const BYTES: Record<ArrayType, number> = { i32: 4, u16: 2, u8: 1 };
const typeOf = (array: AnyArray): ArrayType => (array instanceof Int32Array ? 'i32' : array instanceof Uint16Array ? 'u16' : 'u8');
const padded = (bytes: number): number => Math.ceil(bytes / ALIGN) * ALIGN;

/** The masked-word index flattened: per maskable term its id, open end and where its units start. */
const flattenMasked = (index: TermIndex): Record<string, AnyArray> => {
  const terms = [...index.masked.byFirst.values()].flat();
  const starts = new Int32Array(terms.length + 1);
  terms.forEach((term, k) => (starts[k + 1] = starts[k]! + term.codes.length));
  const codes = new Int32Array(starts[terms.length]!);
  const runs = new Int32Array(codes.length);
  terms.forEach((term, k) => {
    codes.set(term.codes, starts[k]!);
    runs.set(term.runs, starts[k]!);
  });
  return {
    maskedIds: Int32Array.from(terms, (term) => term.id),
    maskedOpenEnds: Uint8Array.from(terms, (term) => (term.openEnd ? 1 : 0)),
    maskedLanguages: Uint16Array.from(terms, (term) => term.languages),
    maskedStarts: starts,
    maskedCodes: codes,
    maskedRuns: runs,
  };
};

/**
 * The distinct terms as arrays: their text one UTF-8 run (offsets in UTF-16 units), the rest a number each. A tag
 * is its number among `tags`, the index's own (TermIndex.tagNames), so the file names the tags once.
 */
const flattenTerms = (terms: readonly CompiledTerm[], tags: readonly TermTag[]): { languages: Language[]; arrays: Record<string, AnyArray> } => {
  const languages = [...new Set(terms.flatMap((term) => (term.lang === undefined ? [] : [term.lang])))];
  const textStarts = new Int32Array(terms.length + 1);
  terms.forEach((term, k) => (textStarts[k + 1] = textStarts[k]! + term.term.length));
  const text = terms.map((term) => term.term).join('');
  const utf8 = new TextEncoder().encode(text);
  // A lone surrogate would come back as U+FFFD: the term read from the file would not be the term compiled.
  if (new TextDecoder().decode(utf8) !== text) throw new Error('a lexicon term is not well-formed Unicode');
  // Tags and languages are stored as one byte each, NO_LANGUAGE among them.
  if (tags.length > 256 || languages.length >= NO_LANGUAGE) throw new Error(`too many tags (${tags.length}) or languages (${languages.length}) for a byte`);
  return {
    languages,
    arrays: {
      termText: utf8,
      termTextStarts: textStarts,
      termTags: Uint8Array.from(terms, (term) => tags.indexOf(term.tag)),
      termLanguages: Uint8Array.from(terms, (term) => (term.lang === undefined ? NO_LANGUAGE : languages.indexOf(term.lang))),
      termValues: Int32Array.from(terms, (term) => term.value ?? NO_VALUE),
      termLengths: Int32Array.from(terms, (term) => term.length),
      termSingleLatinWords: Uint8Array.from(terms, (term) => (term.singleLatinWord ? 1 : 0)),
    },
  };
};

const unflattenTerms = (header: Header, arrays: Record<string, AnyArray>): CompiledTerm[] => {
  const text = new TextDecoder().decode(arrays.termText!);
  const starts = arrays.termTextStarts!;
  return Array.from(arrays.termTags!, (tag, k) => {
    const lang = arrays.termLanguages![k]!;
    const value = arrays.termValues![k]!;
    return {
      term: text.slice(starts[k], starts[k + 1]),
      tag: header.tags[tag]!,
      lang: lang === NO_LANGUAGE ? undefined : header.languages[lang],
      value: value === NO_VALUE ? undefined : value,
      length: arrays.termLengths![k]!,
      singleLatinWord: arrays.termSingleLatinWords![k] === 1,
    };
  });
};

export const encodeTermIndex = (index: TermIndex, fingerprint: string): Uint8Array => {
  const distinct = new Map<CompiledTerm, number>();
  const termOf = Int32Array.from(index.terms, (term) => {
    const known = distinct.get(term);
    if (known !== undefined) return known;
    distinct.set(term, distinct.size);
    return distinct.size - 1;
  });
  const { automaton } = index;
  const distinctTerms = flattenTerms([...distinct.keys()], index.tagNames);
  const arrays: Record<string, AnyArray> = {
    bmpClass: automaton.bmpClass,
    rootNext: automaton.rootNext,
    trie: automaton.trie,
    outStart: automaton.outStart,
    outIds: automaton.outIds,
    nextOutput: automaton.nextOutput,
    patternInfo: index.patternInfo,
    runOffsets: index.runOffsets,
    runs: index.runs,
    exceptionStart: index.exceptionStart,
    exceptionIds: index.exceptionIds,
    termOf,
    ...distinctTerms.arrays,
    ...flattenMasked(index),
  };
  const header: Header = {
    format: FORMAT,
    fingerprint,
    patternCount: automaton.patternCount,
    startClass: automaton.startClass,
    astralClass: [...automaton.astralClass],
    tags: index.tagNames,
    languages: distinctTerms.languages,
    sections: Object.entries(arrays).map(([name, array]) => ({ name, type: typeOf(array), length: array.length })),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = padded(4 + headerBytes.length);
  const size = Object.values(arrays).reduce((total, array) => total + padded(array.byteLength), bodyStart);
  const bytes = new Uint8Array(size);
  new DataView(bytes.buffer).setUint32(0, headerBytes.length, true);
  bytes.set(headerBytes, 4);
  let offset = bodyStart;
  for (const array of Object.values(arrays)) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += padded(array.byteLength);
  }
  return bytes;
};

/** The header of a term index file and where its arrays begin, or undefined when the bytes are no term index of this format. */
const readHeader = (bytes: Uint8Array): { header: Header; bodyStart: number } | undefined => {
  if (bytes.length < 4) return undefined;
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + length > bytes.length) return undefined;
  try {
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as Header;
    return header.format === FORMAT ? { header, bodyStart: padded(4 + length) } : undefined;
  } catch {
    // A truncated or foreign file: the engine compiles afresh.
    return undefined;
  }
};

/** The arrays, or undefined when the file is shorter or longer than its header says (a truncated copy). */
const readArrays = (bytes: Uint8Array, header: Header, bodyStart: number): Record<string, AnyArray> | undefined => {
  const size = header.sections.reduce((total, { type, length }) => total + padded(length * BYTES[type]), bodyStart);
  if (size !== bytes.length) return undefined;
  const arrays: Record<string, AnyArray> = {};
  let offset = bodyStart;
  // A file read whole has a buffer of its own, 4-byte aligned like every section in it: the arrays are views of
  // it. Bytes at an odd place in a larger buffer are copied, section by section, to a place views can use.
  const aligned = bytes.byteOffset % 4 === 0;
  for (const { name, type, length } of header.sections) {
    const byteLength = length * BYTES[type];
    const [buffer, at] = aligned ? [bytes.buffer, bytes.byteOffset + offset] : [new Uint8Array(bytes.subarray(offset, offset + byteLength)).buffer, 0];
    arrays[name] = type === 'i32' ? new Int32Array(buffer, at, length) : type === 'u16' ? new Uint16Array(buffer, at, length) : new Uint8Array(buffer, at, length);
    offset += padded(byteLength);
  }
  return arrays;
};

const unflattenMasked = (arrays: Record<string, AnyArray>): Map<number, MaskableTerm[]> => {
  const byFirst = new Map<number, MaskableTerm[]>();
  const starts = arrays.maskedStarts!;
  arrays.maskedIds!.forEach((id, k) => {
    const codes = arrays.maskedCodes!.slice(starts[k], starts[k + 1]) as Int32Array;
    const term = maskableTerm(id, codes, arrays.maskedRuns!.slice(starts[k], starts[k + 1]) as Int32Array, arrays.maskedOpenEnds![k] === 1, arrays.maskedLanguages![k]!);
    const list = byFirst.get(codes[0]!);
    if (list) list.push(term);
    else byFirst.set(codes[0]!, [term]);
  });
  return byFirst;
};

/** The index in `bytes`, or undefined when they are no index of this format or were written for other lexicons. */
export const decodeTermIndex = (bytes: Uint8Array, fingerprint: string): TermIndex | undefined => {
  const read = readHeader(bytes);
  if (read === undefined || read.header.fingerprint !== fingerprint) return undefined;
  const { header, bodyStart } = read;
  const arrays = readArrays(bytes, header, bodyStart);
  if (arrays === undefined) return undefined;
  const distinct = unflattenTerms(header, arrays);
  const terms = Array.from(arrays.termOf!, (k) => distinct[k]!);
  return {
    automaton: {
      patternCount: header.patternCount,
      bmpClass: arrays.bmpClass as Uint16Array,
      astralClass: new Map(header.astralClass),
      startClass: header.startClass,
      rootNext: arrays.rootNext as Int32Array,
      trie: arrays.trie as Int32Array,
      outStart: arrays.outStart as Int32Array,
      outIds: arrays.outIds as Int32Array,
      nextOutput: arrays.nextOutput as Int32Array,
    },
    terms,
    patternInfo: arrays.patternInfo as Int32Array,
    tagNames: header.tags,
    runOffsets: arrays.runOffsets as Int32Array,
    runs: arrays.runs as Int32Array,
    exceptionStart: arrays.exceptionStart as Int32Array,
    exceptionIds: arrays.exceptionIds as Int32Array,
    masked: { byFirst: unflattenMasked(arrays) },
  };
};
