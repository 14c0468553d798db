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
  readonly bmpClass: Int32Array;
  readonly astralClass: ReadonlyMap<number, number>;
  readonly rootNext: Int32Array;
  /** Per node, NODE_STRIDE values: first edge, end of edges, failure node, nearest node with outputs (0 = none). */
  readonly nodes: Int32Array;
  /** Per edge, (class, target), sorted by class within a node. */
  readonly edges: Int32Array;
  /** Patterns ending exactly at a node: outIds[outStart[node] .. outStart[node + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Nearest proper suffix node that has patterns ending there (0 = none). */
  readonly dictLink: Int32Array;
}

const NODE_STRIDE = 4;
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
  readonly bmpClass: Int32Array;
  readonly astralClass: Map<number, number>;
}

const buildTrie = (patterns: readonly ArrayLike<number>[]): Trie => {
  const bmpClass = new Int32Array(0x10000);
  const astralClass = new Map<number, number>();
  let classCount = 0;
  const classFor = (code: number): number => {
    let cls = code < 0x10000 ? bmpClass[code]! : (astralClass.get(code) ?? 0);
    if (cls === 0) {
      cls = ++classCount;
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
  const trie = buildTrie(patterns);
  const { order, rank } = breadthFirst(trie.children);
  const nodeCount = order.length;
  // Children and outputs re-keyed by breadth-first rank.
  const children = order.map((node) => new Map([...trie.children[node]!].map(([cls, child]) => [cls, rank[child]!] as const)));
  const ownOutputs = order.map((node) => trie.ownOutputs[node]!);

  const fail = new Int32Array(nodeCount);
  const dictLink = new Int32Array(nodeCount);
  // Breadth-first order is the order failure links must be computed in.
  for (let node = 0; node < nodeCount; node++) {
    for (const [cls, child] of children[node]!) {
      if (node === 0) continue;
      let suffix = fail[node]!;
      while (suffix !== 0 && !children[suffix]!.has(cls)) suffix = fail[suffix]!;
      const target = children[suffix]!.get(cls);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const link = fail[child]!;
      dictLink[child] = ownOutputs[link]!.length > 0 ? link : dictLink[link]!;
    }
  }

  const rootNext = new Int32Array(trie.classCount + 1);
  for (const [cls, child] of children[0]!) rootNext[cls] = child;
  const nodes = new Int32Array(nodeCount * NODE_STRIDE);
  const edges = new Int32Array((nodeCount - 1) * 2);
  const outStart = new Int32Array(nodeCount + 1);
  const outIds = new Int32Array(patterns.length);
  let edgeCount = 0;
  let outCount = 0;
  for (let node = 0; node < nodeCount; node++) {
    const record = node * NODE_STRIDE;
    nodes[record + EDGE_FROM] = edgeCount;
    for (const [cls, child] of [...children[node]!].sort((a, b) => a[0] - b[0])) {
      edges[edgeCount * 2] = cls;
      edges[edgeCount * 2 + 1] = child;
      edgeCount++;
    }
    nodes[record + EDGE_TO] = edgeCount;
    nodes[record + FAIL] = fail[node]!;
    nodes[record + OUTPUT] = ownOutputs[node]!.length > 0 ? node : dictLink[node]!;
    outStart[node] = outCount;
    for (const id of ownOutputs[node]!) outIds[outCount++] = id;
  }
  outStart[nodeCount] = outCount;
  return { patternCount: patterns.length, bmpClass: trie.bmpClass, astralClass: trie.astralClass, rootNext, nodes, edges, outStart, outIds, dictLink };
};

/** Scans `codes[0 .. length)` once and reports every pattern occurrence, overlapping ones included. */
export const scanAutomaton = (automaton: Automaton, codes: ArrayLike<number>, length: number, sink: MatchSink): void => {
  const { bmpClass, astralClass, rootNext, nodes, edges, outStart, outIds, dictLink } = automaton;
  let state = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    const cls = code < 0x10000 ? bmpClass[code]! : (astralClass.get(code) ?? 0);
    if (cls === 0) {
      state = 0;
      continue;
    }
    let next = -1;
    while (state !== 0) {
      // Most nodes have one or two edges: a linear look is cheapest there, a binary search beyond.
      const record = state * NODE_STRIDE;
      let low = nodes[record + EDGE_FROM]!;
      let high = nodes[record + EDGE_TO]! - 1;
      if (high - low < 4) {
        for (; low <= high; low++) {
          if (edges[low * 2] === cls) {
            next = edges[low * 2 + 1]!;
            break;
          }
        }
      } else {
        while (low <= high) {
          const mid = (low + high) >> 1;
          const at = edges[mid * 2]!;
          if (at === cls) {
            next = edges[mid * 2 + 1]!;
            break;
          }
          if (at < cls) low = mid + 1;
          else high = mid - 1;
        }
      }
      if (next >= 0) break;
      state = nodes[record + FAIL]!;
    }
    state = next >= 0 ? next : rootNext[cls]!;
    for (let node = nodes[state * NODE_STRIDE + OUTPUT]!; node !== 0; node = dictLink[node]!) {
      for (let k = outStart[node]!; k < outStart[node + 1]!; k++) sink(outIds[k]!, i);
    }
  }
};
