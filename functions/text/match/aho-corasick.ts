/**
 * One Aho-Corasick automaton over every pattern of every language: a message is scanned once,
 * whatever the number of terms. Code points are mapped to dense classes (characters no pattern uses
 * are class 0 and reset the scan); the root has a dense transition table because most steps start
 * there, other nodes keep their few edges sorted in flat arrays.
 */
export interface Automaton {
  readonly patternCount: number;
  /** Class of each BMP code point (0 = no pattern uses it). */
  readonly bmpClass: Int32Array;
  readonly astralClass: ReadonlyMap<number, number>;
  readonly rootNext: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeClass: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly fail: Int32Array;
  /** Patterns ending exactly at a node: outIds[outStart[node] .. outStart[node + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Nearest proper suffix node that has patterns ending there (0 = none). */
  readonly dictLink: Int32Array;
}

/** Receives (pattern id, index of the pattern's last unit). */
export type MatchSink = (patternId: number, lastIndex: number) => void;

/** Builds the automaton; pattern ids are their indices in `patterns`. */
export const buildAutomaton = (patterns: readonly ArrayLike<number>[]): Automaton => {
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

  const nodeCount = children.length;
  const fail = new Int32Array(nodeCount);
  const dictLink = new Int32Array(nodeCount);
  const queue: number[] = [];
  for (const child of children[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [cls, child] of children[node]!) {
      let suffix = fail[node]!;
      while (suffix !== 0 && !children[suffix]!.has(cls)) suffix = fail[suffix]!;
      const target = children[suffix]!.get(cls);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const link = fail[child]!;
      dictLink[child] = ownOutputs[link]!.length > 0 ? link : dictLink[link]!;
      queue.push(child);
    }
  }

  const rootNext = new Int32Array(classCount + 1);
  for (const [cls, child] of children[0]!) rootNext[cls] = child;
  const edgeStart = new Int32Array(nodeCount + 1);
  let edgeCount = 0;
  for (let node = 0; node < nodeCount; node++) {
    edgeStart[node] = edgeCount;
    edgeCount += children[node]!.size;
  }
  edgeStart[nodeCount] = edgeCount;
  const edgeClass = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const outStart = new Int32Array(nodeCount + 1);
  const outIds = new Int32Array(patterns.length);
  let outCount = 0;
  for (let node = 0; node < nodeCount; node++) {
    const sorted = [...children[node]!].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([cls, child], k) => {
      edgeClass[edgeStart[node]! + k] = cls;
      edgeTarget[edgeStart[node]! + k] = child;
    });
    outStart[node] = outCount;
    for (const id of ownOutputs[node]!) outIds[outCount++] = id;
  }
  outStart[nodeCount] = outCount;
  return { patternCount: patterns.length, bmpClass, astralClass, rootNext, edgeStart, edgeClass, edgeTarget, fail, outStart, outIds, dictLink };
};

/** Scans `codes[0 .. length)` once and reports every pattern occurrence, overlapping ones included. */
export const scanAutomaton = (automaton: Automaton, codes: ArrayLike<number>, length: number, sink: MatchSink): void => {
  const { bmpClass, astralClass, rootNext, edgeStart, edgeClass, edgeTarget, fail, outStart, outIds, dictLink } = automaton;
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
      // Binary search of the node's sorted edges; on a miss, fall back along the failure links.
      let low = edgeStart[state]!;
      let high = edgeStart[state + 1]! - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const at = edgeClass[mid]!;
        if (at === cls) {
          next = edgeTarget[mid]!;
          break;
        }
        if (at < cls) low = mid + 1;
        else high = mid - 1;
      }
      if (next >= 0) break;
      state = fail[state]!;
    }
    state = next >= 0 ? next : rootNext[cls]!;
    let node = outStart[state + 1]! > outStart[state]! ? state : dictLink[state]!;
    while (node !== 0) {
      for (let k = outStart[node]!; k < outStart[node + 1]!; k++) sink(outIds[k]!, i);
      node = dictLink[node]!;
    }
  }
};
