import { TrieEdges } from './trie-edges';

/**
 * One Aho-Corasick automaton over every pattern of every language: a message is scanned once,
 * whatever the number of terms. Code points are mapped to dense classes (characters no pattern uses
 * are class 0 and reset the scan); the root has a dense transition table because most steps start
 * there. The scan is bound by memory and branches, not arithmetic, so the layout is chosen for both:
 * each node is one record with its edges inline, so a step usually reads one cache line; most records
 * hold their edges as a band (a target per class from the lowest edge's to the highest's), so a step is
 * one read and one predictable branch; and the records are ordered so that the steps of a scan read
 * nearby memory (recordOrder).
 */
export interface Automaton {
  readonly patternCount: number;
  /** Class of each BMP code point (0 = no pattern uses it). */
  readonly bmpClass: Uint16Array;
  readonly astralClass: ReadonlyMap<number, number>;
  /** The class of the code read before each word start (0 when no pattern has one). */
  readonly startClass: number;
  /** The root's target per class (0 = none). */
  readonly rootNext: Int32Array;
  /**
   * Node records; a node's id is its record's offset (the root's is 0): failure node, output (index
   * into outStart, 0 = none: the node's own patterns or its nearest suffix's) shifted left by one over
   * the SPECIAL_START bit, shape, then the edges. A shape >= 0 is a band, `width << 16 | lowest class`,
   * followed by `width` targets (0 = no edge); a shape < 0 is -(edge count) sorted (class, target) pairs.
   */
  readonly trie: Int32Array;
  /** Patterns ending at output k: outIds[outStart[k] .. outStart[k + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Per output, the next output along the suffix chain (0 = none). */
  readonly nextOutput: Int32Array;
}

/**
 * Classes are numbered in code point order, so a node's edges (the letters that may follow in its
 * language) lie close together and a band holding them is narrow. A band may hold this many empty
 * slots beyond the space its (class, target) pairs would take; nodes whose edges lie further apart
 * (Han characters, spread over the whole block) keep the pairs.
 */
const BAND_SLACK = 64;
/** Nodes with this many edges always get a band: searching so many pairs costs several unpredictable branches per character. */
const ALWAYS_BAND = 32;
/** A node record: failure, output, shape, then the edges. */
const FAIL = 0;
const OUTPUT = 1;
const SHAPE = 2;
const HEADER = 3;
/**
 * Set in OUTPUT when some suffix of the node (itself included, the root not) has an edge for the
 * scan's start class: only then does a word start need a step from the node, else it goes where the
 * root's start edge goes.
 */
const SPECIAL_START = 1;

/** Receives (pattern id, index of the pattern's last unit). */
export type MatchSink = (patternId: number, lastIndex: number) => void;

interface Trie {
  readonly edges: TrieEdges;
  /** The patterns ending at each node that ends any. */
  readonly ownOutputs: ReadonlyMap<number, readonly number[]>;
  readonly classCount: number;
  readonly bmpClass: Uint16Array;
  readonly astralClass: Map<number, number>;
}

/** Largest class a band's 16-bit lowest class and width can hold while the shape stays positive. */
const MAX_CLASSES = 0x7ffe;

const buildTrie = (patterns: readonly ArrayLike<number>[]): Trie => {
  const codes = new Set<number>();
  for (const pattern of patterns) for (let i = 0; i < pattern.length; i++) codes.add(pattern[i]!);
  const classCount = codes.size;
  if (classCount > MAX_CLASSES) throw new Error(`more than ${MAX_CLASSES} distinct characters in the lexicons`);
  const bmpClass = new Uint16Array(0x10000);
  const astralClass = new Map<number, number>();
  [...codes]
    .sort((x, y) => x - y)
    .forEach((code, k) => {
      if (code < 0x10000) bmpClass[code] = k + 1;
      else astralClass.set(code, k + 1);
    });
  const edges = new TrieEdges();
  const ownOutputs = new Map<number, number[]>();
  patterns.forEach((pattern, id) => {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern[i]!;
      node = edges.childOrNew(node, code < 0x10000 ? bmpClass[code]! : astralClass.get(code)!);
    }
    const own = ownOutputs.get(node);
    if (own) own.push(id);
    else ownOutputs.set(node, [id]);
  });
  return { edges, ownOutputs, classCount, bmpClass, astralClass };
};

/** The trie's nodes breadth-first (the order their failure links must be computed in), and each node's depth. */
const breadthFirst = (edges: TrieEdges): { order: Int32Array; depth: Int32Array } => {
  const order = new Int32Array(edges.nodeCount);
  const depth = new Int32Array(edges.nodeCount);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = order[head]!;
    for (let child = edges.firstChild[node]!; child >= 0; child = edges.nextSibling[child]!) {
      depth[child] = depth[node]! + 1;
      order[tail++] = child;
    }
  }
  return { order, depth };
};

/**
 * Levels laid out breadth-first: the shallow nodes nearly every step visits, kept together so they stay
 * in cache. Below them each subtree follows depth-first, so walking down a term reads records that sit
 * one after another instead of one far-apart record per level.
 */
const BREADTH_FIRST_LEVELS = 3;

/** The order of the node records: the first BREADTH_FIRST_LEVELS levels breadth-first, then each deeper subtree depth-first. */
const recordOrder = (edges: TrieEdges, order: Int32Array, depth: Int32Array): number[] => {
  const records = Array.from(order).filter((node) => depth[node]! <= BREADTH_FIRST_LEVELS);
  const stack: number[] = [];
  const shallow = records.length;
  for (let i = 0; i < shallow; i++) {
    const top = records[i]!;
    if (depth[top] !== BREADTH_FIRST_LEVELS) continue;
    for (let child = edges.firstChild[top]!; child >= 0; child = edges.nextSibling[child]!) stack.push(child);
    // Siblings come out in reverse, which is as good: what matters is that a node's subtree follows it.
    while (stack.length > 0) {
      const node = stack.pop()!;
      records.push(node);
      for (let child = edges.firstChild[node]!; child >= 0; child = edges.nextSibling[child]!) stack.push(child);
    }
  }
  return records;
};

/** A node record's shape (see Automaton.trie): a band, `width << 16 | lowest class`, unless its (class, target) pairs are the smaller choice. */
const shapeOf = (edges: TrieEdges, node: number): number => {
  const size = edges.childCount[node]!;
  // The root's edges are in rootNext, its record holds none.
  if (size === 0 || node === 0) return 0;
  let low = Infinity;
  let high = -1;
  for (let child = edges.firstChild[node]!; child >= 0; child = edges.nextSibling[child]!) {
    low = Math.min(low, edges.edgeClass[child]!);
    high = Math.max(high, edges.edgeClass[child]!);
  }
  const width = high - low + 1;
  return size >= ALWAYS_BAND || width <= 2 * size + BAND_SLACK ? (width << 16) | low : -size;
};

/**
 * Builds the automaton; pattern ids are their indices in `patterns`. `wordStart` is the code the scan
 * reads before each word start (never a character of the text).
 */
export const buildAutomaton = (patterns: readonly ArrayLike<number>[], wordStart: number): Automaton => {
  const { edges, ownOutputs, classCount, bmpClass, astralClass } = buildTrie(patterns);
  const startClass = wordStart < 0x10000 ? bmpClass[wordStart]! : (astralClass.get(wordStart) ?? 0);
  const { order, depth } = breadthFirst(edges);
  const nodeCount = order.length;

  // Failure links over trie ids; the records below use offsets.
  const fail = new Int32Array(nodeCount);
  const dictLink = new Int32Array(nodeCount);
  // Whether the node or a suffix of it other than the root has a start edge (SPECIAL_START).
  const specialStart = new Uint8Array(nodeCount);
  for (const node of order) {
    if (node === 0) continue;
    specialStart[node] = edges.child(node, startClass) >= 0 || specialStart[fail[node]!]! ? 1 : 0;
    for (let child = edges.firstChild[node]!; child >= 0; child = edges.nextSibling[child]!) {
      const cls = edges.edgeClass[child]!;
      let suffix = fail[node]!;
      while (suffix !== 0 && edges.child(suffix, cls) < 0) suffix = fail[suffix]!;
      const target = edges.child(suffix, cls);
      fail[child] = target >= 0 && target !== child ? target : 0;
      const link = fail[child]!;
      dictLink[child] = ownOutputs.has(link) ? link : dictLink[link]!;
    }
  }

  const records = recordOrder(edges, order, depth);
  // Record offsets, and output indices for the nodes where patterns end.
  const offsetOf = new Int32Array(nodeCount);
  const shapes = new Int32Array(nodeCount);
  const outputOf = new Int32Array(nodeCount);
  let size = 0;
  let outputs = 1;
  for (const node of records) {
    const shape = shapeOf(edges, node);
    shapes[node] = shape;
    offsetOf[node] = size;
    size += HEADER + (shape >= 0 ? shape >>> 16 : -2 * shape);
    if (ownOutputs.has(node)) outputOf[node] = outputs++;
  }

  const rootNext = new Int32Array(classCount + 1);
  for (let child = edges.firstChild[0]!; child >= 0; child = edges.nextSibling[child]!) rootNext[edges.edgeClass[child]!] = offsetOf[child]!;
  const trie = new Int32Array(size);
  const outStart = new Int32Array(outputs + 1);
  const outIds = new Int32Array(patterns.length);
  const nextOutput = new Int32Array(outputs);
  let outCount = 0;
  for (const node of records) {
    const record = offsetOf[node]!;
    const own = outputOf[node]!;
    trie[record + FAIL] = offsetOf[fail[node]!]!;
    trie[record + OUTPUT] = ((own !== 0 ? own : outputOf[dictLink[node]!]!) << 1) | (specialStart[node] ? SPECIAL_START : 0);
    const shape = shapes[node]!;
    trie[record + SHAPE] = shape;
    if (shape > 0) {
      const low = shape & 0xffff;
      for (let child = edges.firstChild[node]!; child >= 0; child = edges.nextSibling[child]!) trie[record + HEADER + edges.edgeClass[child]! - low] = offsetOf[child]!;
    } else if (shape < 0) {
      const children: number[] = [];
      for (let child = edges.firstChild[node]!; child >= 0; child = edges.nextSibling[child]!) children.push(child);
      let edge = record + HEADER;
      for (const child of children.sort((x, y) => edges.edgeClass[x]! - edges.edgeClass[y]!)) {
        trie[edge++] = edges.edgeClass[child]!;
        trie[edge++] = offsetOf[child]!;
      }
    }
    if (own !== 0) {
      nextOutput[own] = outputOf[dictLink[node]!]!;
      outStart[own] = outCount;
      for (const id of ownOutputs.get(node)!) outIds[outCount++] = id;
    }
  }
  outStart[outputs] = outCount;
  return { patternCount: patterns.length, bmpClass, astralClass, startClass, rootNext, trie, outStart, outIds, nextOutput };
};

/** The state after reading class `cls` in `state` (goto, falling back along failure links). */
const step = (automaton: Automaton, state: number, cls: number): number => {
  const trie = automaton.trie;
  while (state !== 0) {
    const shape = trie[state + SHAPE]!;
    if (shape >= 0) {
      // One bounds check and one read; the unsigned compare folds "below the band" into "past it".
      const slot = cls - (shape & 0xffff);
      if (slot >>> 0 < shape >>> 16) {
        const target = trie[state + HEADER + slot]!;
        if (target !== 0) return target;
      }
    } else if (shape > -5) {
      // A few pairs: a linear look is cheapest.
      for (let edge = state + HEADER, end = edge - 2 * shape; edge < end; edge += 2) if (trie[edge] === cls) return trie[edge + 1]!;
    } else {
      const first = state + HEADER;
      let low = 0;
      let high = -shape - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const at = trie[first + 2 * mid]!;
        if (at === cls) return trie[first + 2 * mid + 1]!;
        if (at < cls) low = mid + 1;
        else high = mid - 1;
      }
    }
    state = trie[state + FAIL]!;
  }
  return automaton.rootNext[cls]!;
};

/**
 * Scans `codes[0 .. length)` once and reports every pattern occurrence, overlapping ones included.
 * Before each unit that begins a word (its kind is one `wordKinds` marks, the unit before's is not),
 * the start class is read: patterns that must begin a word carry it, so inside a word the scan stays
 * near the root instead of following every term that could start mid-word only to be refused there.
 * Units `from` to `length - 1` are read, as a text of their own (`from` a word's start).
 */
export const scanAutomaton = (automaton: Automaton, codes: ArrayLike<number>, kinds: ArrayLike<number>, length: number, wordKinds: Uint8Array, sink: MatchSink, from = 0): void => {
  const { bmpClass, astralClass, startClass, trie, outStart, outIds, nextOutput } = automaton;
  const rootStart = automaton.rootNext[startClass]!;
  let state = 0;
  let previousInWord = 0;
  for (let i = from; i < length; i++) {
    const code = codes[i]!;
    const inWord = wordKinds[kinds[i]!]!;
    const startsWord = inWord > previousInWord;
    previousInWord = inWord;
    const cls = code < 0x10000 ? bmpClass[code]! : (astralClass.get(code) ?? 0);
    if (cls === 0) {
      state = 0;
      continue;
    }
    if (startsWord && startClass !== 0) state = trie[state + OUTPUT]! & SPECIAL_START ? step(automaton, state, startClass) : rootStart;
    state = step(automaton, state, cls);
    for (let output = trie[state + OUTPUT]! >> 1; output !== 0; output = nextOutput[output]!) {
      for (let k = outStart[output]!; k < outStart[output + 1]!; k++) sink(outIds[k]!, i);
    }
  }
};
