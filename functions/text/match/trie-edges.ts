/**
 * The nodes and edges of a trie while it is built: the child of (node, class) in one open-addressing
 * table, and each node's children as a list in the order they were added. The lexicon trie has hundreds
 * of thousands of nodes; a Map per node made building it (at every cold start) mostly garbage collection.
 * Node 0 is the root.
 */
export class TrieEdges {
  /** Per node: first and last child (-1 when none), next sibling, the class of the edge into it, its child count. */
  firstChild = new Int32Array(1024).fill(-1);
  private lastChild = new Int32Array(1024).fill(-1);
  nextSibling = new Int32Array(1024).fill(-1);
  edgeClass = new Int32Array(1024);
  childCount = new Int32Array(1024);
  nodeCount = 1;
  /** Slot k holds parent + 1 (0 = empty), the class and the child. */
  private slotParent = new Int32Array(2048);
  private slotClass = new Int32Array(2048);
  private slotChild = new Int32Array(2048);

  /** The child of `node` along `cls`, or -1. */
  child(node: number, cls: number): number {
    const mask = this.slotParent.length - 1;
    for (let slot = slotOf(node, cls, mask); this.slotParent[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.slotParent[slot] === node + 1 && this.slotClass[slot] === cls) return this.slotChild[slot]!;
    }
    return -1;
  }

  /** The child of `node` along `cls`, made (as the node's last child) when there is none yet. */
  childOrNew(node: number, cls: number): number {
    const existing = this.child(node, cls);
    if (existing >= 0) return existing;
    const made = this.nodeCount;
    this.reserveNodes(made + 1);
    this.nodeCount = made + 1;
    this.edgeClass[made] = cls;
    if (this.lastChild[node]! < 0) this.firstChild[node] = made;
    else this.nextSibling[this.lastChild[node]!] = made;
    this.lastChild[node] = made;
    this.childCount[node] = this.childCount[node]! + 1;
    // Kept at most half full, so probes stay short.
    if (2 * made >= this.slotParent.length) this.rehash(this.slotParent.length * 2);
    this.insert(node, cls, made);
    return made;
  }

  private insert(node: number, cls: number, child: number): void {
    const mask = this.slotParent.length - 1;
    let slot = slotOf(node, cls, mask);
    while (this.slotParent[slot] !== 0) slot = (slot + 1) & mask;
    this.slotParent[slot] = node + 1;
    this.slotClass[slot] = cls;
    this.slotChild[slot] = child;
  }

  private rehash(size: number): void {
    const [parents, classes, children] = [this.slotParent, this.slotClass, this.slotChild];
    [this.slotParent, this.slotClass, this.slotChild] = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
    for (let slot = 0; slot < parents.length; slot++) if (parents[slot] !== 0) this.insert(parents[slot]! - 1, classes[slot]!, children[slot]!);
  }

  private reserveNodes(needed: number): void {
    if (needed <= this.firstChild.length) return;
    const size = Math.max(needed, this.firstChild.length * 2);
    const grown = (array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> => {
      const copy = new Int32Array(size).fill(fill);
      copy.set(array);
      return copy;
    };
    this.firstChild = grown(this.firstChild, -1);
    this.lastChild = grown(this.lastChild, -1);
    this.nextSibling = grown(this.nextSibling, -1);
    this.edgeClass = grown(this.edgeClass, 0);
    this.childCount = grown(this.childCount, 0);
  }
}

const slotOf = (node: number, cls: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & mask;
