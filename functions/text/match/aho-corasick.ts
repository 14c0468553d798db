/**
 * One Aho-Corasick automaton over every pattern of every language: a message is scanned once,
 * whatever the number of terms. Code points are mapped to dense classes (characters no pattern uses
 * are class 0 and reset the scan); the root has a dense transition table because most steps start
 * there. The scan is bound by memory, not arithmetic, so the layout is chosen for the cache: each node
 * is one record with its edges inline, so a step usually reads one cache line, and the records are
 * ordered so that the steps of a scan read nearby memory (recordOrder).
 */
export interface Automaton {
  readonly patternCount: number;
  /** Class of each BMP code point (0 = no pattern uses it). */
  readonly bmpClass: Uint16Array;
  readonly astralClass: ReadonlyMap<number, number>;
  /** The root's target per class (0 = none). */
  readonly rootNext: Int32Array;
  /**
   * Node records; a node's id is its record's offset (the root's is 0): failure node, output (index
   * into outStart, 0 = none: the node's own patterns or its nearest suffix's), edge count (or, for a
   * wide node, -1 - its row in `dense`), then (class, target) per edge, sorted by class.
   */
  readonly trie: Int32Array;
  /** Full transition rows of the few nodes with many edges (the root's word-start child, common first characters): 0 = no edge. */
  readonly dense: Int32Array;
  /** Patterns ending at output k: outIds[outStart[k] .. outStart[k + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Per output, the next output along the suffix chain (0 = none). */
  readonly nextOutput: Int32Array;
}

/** Nodes with this many edges get a full row: a binary search there costs several unpredictable branches per character. */
const DENSE_EDGES = 32;
/** A node record: failure, output, edge count, then the edges. */
const FAIL = 0;
const OUTPUT = 1;
const EDGES = 2;
const HEADER = 3;

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

/** The trie's nodes breadth-first (the order their failure links must be computed in), and each node's depth. */
const breadthFirst = (children: readonly Map<number, number>[]): { order: number[]; depth: Int32Array } => {
  const order = [0];
  const depth = new Int32Array(children.length);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const child of children[node]!.values()) {
      depth[child] = depth[node]! + 1;
      order.push(child);
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
const recordOrder = (children: readonly Map<number, number>[], order: readonly number[], depth: Int32Array): number[] => {
  const records = order.filter((node) => depth[node]! <= BREADTH_FIRST_LEVELS);
  const stack: number[] = [];
  const shallow = records.length;
  for (let i = 0; i < shallow; i++) {
    const top = records[i]!;
    if (depth[top] !== BREADTH_FIRST_LEVELS) continue;
    for (const child of children[top]!.values()) stack.push(child);
    // Siblings come out in reverse, which is as good: what matters is that a node's subtree follows it.
    while (stack.length > 0) {
      const node = stack.pop()!;
      records.push(node);
      for (const child of children[node]!.values()) stack.push(child);
    }
  }
  return records;
};

/** Builds the automaton; pattern ids are their indices in `patterns`. */
export const buildAutomaton = (patterns: readonly ArrayLike<number>[]): Automaton => {
  const { children, ownOutputs, classCount, bmpClass, astralClass } = buildTrie(patterns);
  const { order, depth } = breadthFirst(children);
  const nodeCount = order.length;

  // Failure links over trie ids; the records below use offsets.
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

  const rowWidth = classCount + 1;
  const records = recordOrder(children, order, depth);
  // Record offsets, a full row for each wide node, and output indices for the nodes where patterns end.
  const offsetOf = new Int32Array(nodeCount);
  const rowOf = new Int32Array(nodeCount).fill(-1);
  const outputOf = new Int32Array(nodeCount);
  let size = 0;
  let rows = 0;
  let outputs = 1;
  for (const node of records) {
    const edges = children[node]!.size;
    offsetOf[node] = size;
    if (node !== 0 && edges >= DENSE_EDGES) rowOf[node] = rows++;
    size += HEADER + (rowOf[node]! >= 0 ? 0 : 2 * edges);
    if (ownOutputs[node]!.length > 0) outputOf[node] = outputs++;
  }

  const rootNext = new Int32Array(rowWidth);
  for (const [cls, child] of children[0]!) rootNext[cls] = offsetOf[child]!;
  const dense = new Int32Array(rows * rowWidth);
  const trie = new Int32Array(size);
  const outStart = new Int32Array(outputs + 1);
  const outIds = new Int32Array(patterns.length);
  const nextOutput = new Int32Array(outputs);
  let outCount = 0;
  for (const node of records) {
    const record = offsetOf[node]!;
    const own = outputOf[node]!;
    trie[record + FAIL] = offsetOf[fail[node]!]!;
    trie[record + OUTPUT] = own !== 0 ? own : outputOf[dictLink[node]!]!;
    const row = rowOf[node]!;
    const edges = children[node]!;
    if (row >= 0) {
      trie[record + EDGES] = -1 - row * rowWidth;
      for (const [cls, child] of edges) dense[row * rowWidth + cls] = offsetOf[child]!;
    } else {
      trie[record + EDGES] = edges.size;
      let edge = record + HEADER;
      for (const [cls, child] of [...edges].sort((a, b) => a[0] - b[0])) {
        trie[edge++] = cls;
        trie[edge++] = offsetOf[child]!;
      }
    }
    if (own !== 0) {
      nextOutput[own] = outputOf[dictLink[node]!]!;
      outStart[own] = outCount;
      for (const id of ownOutputs[node]!) outIds[outCount++] = id;
    }
  }
  outStart[outputs] = outCount;
  return { patternCount: patterns.length, bmpClass, astralClass, rootNext, trie, dense, outStart, outIds, nextOutput };
};

/** The state after reading class `cls` in `state` (goto, falling back along failure links). */
const step = (automaton: Automaton, state: number, cls: number): number => {
  const { trie, dense } = automaton;
  while (state !== 0) {
    // Wide nodes have a full row; most others one or two edges, where a linear look is cheapest; a binary search between.
    const edges = trie[state + EDGES]!;
    if (edges < 0) {
      const target = dense[-1 - edges + cls]!;
      if (target !== 0) return target;
    } else if (edges < 5) {
      for (let edge = state + HEADER, end = edge + 2 * edges; edge < end; edge += 2) if (trie[edge] === cls) return trie[edge + 1]!;
    } else {
      const first = state + HEADER;
      let low = 0;
      let high = edges - 1;
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

/** The class patterns use for `code` (0 when no pattern uses it). */
export const classOfCode = (automaton: Automaton, code: number): number => (code < 0x10000 ? automaton.bmpClass[code]! : (automaton.astralClass.get(code) ?? 0));

/**
 * Scans `codes[0 .. length)` once and reports every pattern occurrence, overlapping ones included.
 * Before each unit that begins a word (its kind is one `wordKinds` marks, the unit before's is not),
 * the class `startClass` is read: patterns that must begin a word carry it, so inside a word the scan
 * stays near the root instead of following every term that could start mid-word only to be refused there.
 */
export const scanAutomaton = (
  automaton: Automaton,
  codes: ArrayLike<number>,
  kinds: ArrayLike<number>,
  length: number,
  wordKinds: Uint8Array,
  startClass: number,
  sink: MatchSink,
): void => {
  const { bmpClass, astralClass, trie, outStart, outIds, nextOutput } = automaton;
  let state = 0;
  let previousInWord = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    const inWord = wordKinds[kinds[i]!]!;
    const startsWord = inWord > previousInWord;
    previousInWord = inWord;
    const cls = code < 0x10000 ? bmpClass[code]! : (astralClass.get(code) ?? 0);
    if (cls === 0) {
      state = 0;
      continue;
    }
    if (startsWord && startClass !== 0) state = step(automaton, state, startClass);
    state = step(automaton, state, cls);
    for (let output = trie[state + OUTPUT]!; output !== 0; output = nextOutput[output]!) {
      for (let k = outStart[output]!; k < outStart[output + 1]!; k++) sink(outIds[k]!, i);
    }
  }
};
