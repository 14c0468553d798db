/**
 * One Aho-Corasick automaton over every pattern of every language: a message is scanned once,
 * whatever the number of terms. Code points are mapped to dense classes (characters no pattern uses
 * are class 0 and reset the scan); the root has a dense transition table because most steps start
 * there. The scan is bound by memory, not arithmetic, so the layout is chosen for the cache: nodes are
 * numbered breadth-first (the shallow nodes every step visits sit together), each node is one packed
 * record and each edge one (class, target) pair.
 */
export interface Automaton {
  readonly patternCount: number;
  /** Class of each BMP code point (0 = no pattern uses it). */
  readonly bmpClass: Uint16Array;
  readonly astralClass: ReadonlyMap<number, number>;
  readonly rootNext: Int32Array;
  /**
   * Per node, NODE_STRIDE values: first edge (or, for a wide node, -1 - its row in `dense`), end of
   * edges, failure node, nearest node with outputs (0 = none).
   */
  readonly nodes: Int32Array;
  /** Full transition rows of the few nodes with many edges (the root's word-start child, common first characters): 0 = no edge. */
  readonly dense: Int32Array;
  /** Per edge, (class, target), sorted by class within a node. */
  readonly edges: Int32Array;
  /** Patterns ending exactly at a node: outIds[outStart[node] .. outStart[node + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Nearest proper suffix node that has patterns ending there (0 = none). */
  readonly dictLink: Int32Array;
}

const NODE_STRIDE = 4;
/** Nodes with this many edges get a full row: a binary search there costs several unpredictable branches per character. */
const DENSE_EDGES = 32;
const EDGE_FROM = 0;
const EDGE_TO = 1;
const FAIL = 2;
const OUTPUT = 3;

/** Receives (pattern id, index of the pattern's last unit). */
export type MatchSink = (patternId: number, lastIndex: number) => void;

interface Trie {
  readonly children: Map<number, number>[];
  readonly ownOutputs: number[][];
  readonly classCount: number;
  readonly bmpClass: Uint16Array;
  readonly astralClass: Map<number, number>;
}

const buildTrie = (patterns: readonly ArrayLike<number>[]): Trie => {
  const bmpClass = new Uint16Array(0x10000);
  const astralClass = new Map<number, number>();
  let classCount = 0;
  const classFor = (code: number): number => {
    let cls = code < 0x10000 ? bmpClass[code]! : (astralClass.get(code) ?? 0);
    if (cls === 0) {
      cls = ++classCount;
      if (classCount > 0xffff) throw new Error(`more than ${0xffff} distinct characters in the lexicons`);
      if (code < 0x10000) bmpClass[code] = cls;
      else astralClass.set(code, cls);
    }
    return cls;
  };
  const children: Map<number, number>[] = [new Map()];
  const ownOutputs: number[][] = [[]];
  patterns.forEach((pattern, id) => {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const cls = classFor(pattern[i]!);
      let next = children[node]!.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ownOutputs.push([]);
        children[node]!.set(cls, next);
      }
      node = next;
    }
    ownOutputs[node]!.push(id);
  });
  return { children, ownOutputs, classCount, bmpClass, astralClass };
};

/** Renumbers the trie breadth-first: node ids in the result are positions in this order. */
const breadthFirst = (children: readonly Map<number, number>[]): { order: number[]; rank: Int32Array } => {
  const order = [0];
  for (let head = 0; head < order.length; head++) for (const child of children[order[head]!]!.values()) order.push(child);
  const rank = new Int32Array(children.length);
  order.forEach((node, position) => (rank[node] = position));
  return { order, rank };
};

/** Builds the automaton; pattern ids are their indices in `patterns`. */
export const buildAutomaton = (patterns: readonly ArrayLike<number>[]): Automaton => {
  const { children, ownOutputs, classCount, bmpClass, astralClass } = buildTrie(patterns);
  const { order, rank } = breadthFirst(children);
  const nodeCount = order.length;

  // Failure links over trie ids, in breadth-first order (the order they must be computed in); renumbered below.
  const fail = new Int32Array(nodeCount);
  const dictLink = new Int32Array(nodeCount);
  for (const node of order) {
    if (node === 0) continue;
    for (const [cls, child] of children[node]!) {
      let suffix = fail[node]!;
      while (suffix !== 0 && !children[suffix]!.has(cls)) suffix = fail[suffix]!;
      const target = children[suffix]!.get(cls);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const link = fail[child]!;
      dictLink[child] = ownOutputs[link]!.length > 0 ? link : dictLink[link]!;
    }
  }

  const rootNext = new Int32Array(classCount + 1);
  for (const [cls, child] of children[0]!) rootNext[cls] = rank[child]!;
  const nodes = new Int32Array(nodeCount * NODE_STRIDE);
  const edges = new Int32Array((nodeCount - 1) * 2);
  const outStart = new Int32Array(nodeCount + 1);
  const outIds = new Int32Array(patterns.length);
  const rankedDictLink = new Int32Array(nodeCount);
  const rowWidth = classCount + 1;
  const wideRows = new Map<number, number>();
  for (const node of order) if (node !== 0 && children[node]!.size >= DENSE_EDGES) wideRows.set(node, wideRows.size);
  const dense = new Int32Array(wideRows.size * rowWidth);
  let edgeCount = 0;
  let outCount = 0;
  order.forEach((node, ranked) => {
    const record = ranked * NODE_STRIDE;
    const row = wideRows.get(node);
    if (row !== undefined) for (const [cls, child] of children[node]!) dense[row * rowWidth + cls] = rank[child]!;
    nodes[record + EDGE_FROM] = row !== undefined ? -1 - row * rowWidth : edgeCount;
    for (const [cls, child] of [...children[node]!].sort((a, b) => a[0] - b[0])) {
      edges[edgeCount * 2] = cls;
      edges[edgeCount * 2 + 1] = rank[child]!;
      edgeCount++;
    }
    nodes[record + EDGE_TO] = edgeCount;
    nodes[record + FAIL] = rank[fail[node]!]!;
    nodes[record + OUTPUT] = ownOutputs[node]!.length > 0 ? ranked : rank[dictLink[node]!]!;
    rankedDictLink[ranked] = rank[dictLink[node]!]!;
    outStart[ranked] = outCount;
    for (const id of ownOutputs[node]!) outIds[outCount++] = id;
  });
  outStart[nodeCount] = outCount;
  return { patternCount: patterns.length, bmpClass, astralClass, rootNext, nodes, dense, edges, outStart, outIds, dictLink: rankedDictLink };
};

/** The state after reading class `cls` in `state` (goto, falling back along failure links). */
const step = (automaton: Automaton, state: number, cls: number): number => {
  const { nodes, edges, dense } = automaton;
  while (state !== 0) {
    // Wide nodes have a full row; most others one or two edges, where a linear look is cheapest; a binary search between.
    const record = state * NODE_STRIDE;
    let low = nodes[record + EDGE_FROM]!;
    let high = nodes[record + EDGE_TO]! - 1;
    if (low < 0) {
      const target = dense[-1 - low + cls]!;
      if (target !== 0) return target;
    } else if (high - low < 4) {
      for (; low <= high; low++) if (edges[low * 2] === cls) return edges[low * 2 + 1]!;
    } else {
      while (low <= high) {
        const mid = (low + high) >> 1;
        const at = edges[mid * 2]!;
        if (at === cls) return edges[mid * 2 + 1]!;
        if (at < cls) low = mid + 1;
        else high = mid - 1;
      }
    }
    state = nodes[record + FAIL]!;
  }
  return automaton.rootNext[cls]!;
};

/** The class patterns use for `code` (0 when no pattern uses it). */
export const classOfCode = (automaton: Automaton, code: number): number => (code < 0x10000 ? automaton.bmpClass[code]! : (automaton.astralClass.get(code) ?? 0));

/**
 * Scans `codes[0 .. length)` once and reports every pattern occurrence, overlapping ones included.
 * Where `wordStarts[i]` is set, the class `startClass` is read before unit i: patterns that must begin
 * a word carry it, so inside a word the scan stays near the root instead of following every term
 * that could start mid-word only to be refused there.
 */
export const scanAutomaton = (
  automaton: Automaton,
  codes: ArrayLike<number>,
  length: number,
  wordStarts: Uint8Array,
  startClass: number,
  sink: MatchSink,
): void => {
  const { bmpClass, astralClass, nodes, outStart, outIds, dictLink } = automaton;
  let state = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    const cls = code < 0x10000 ? bmpClass[code]! : (astralClass.get(code) ?? 0);
    if (cls === 0) {
      state = 0;
      continue;
    }
    if (wordStarts[i] === 1 && startClass !== 0) state = step(automaton, state, startClass);
    state = step(automaton, state, cls);
    for (let node = nodes[state * NODE_STRIDE + OUTPUT]!; node !== 0; node = dictLink[node]!) {
      for (let k = outStart[node]!; k < outStart[node + 1]!; k++) sink(outIds[k]!, i);
    }
  }
};
