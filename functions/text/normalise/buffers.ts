/**
 * The normaliser's scratch arrays, reused across calls (normalising is synchronous and hot): stage-1
 * units, tokens, words being resolved, and the output the result lends. Growing keeps what was written.
 */

const newInt32 = (size: number, kept: Int32Array): Int32Array<ArrayBuffer> => {
  const array = new Int32Array(size);
  array.set(kept);
  return array;
};
const newUint8 = (size: number, kept: Uint8Array): Uint8Array<ArrayBuffer> => {
  const array = new Uint8Array(size);
  array.set(kept);
  return array;
};

export class Buffers {
  /** Room for stage-1 units, and for the tokens and words made of them. */
  capacity = 0;
  code = new Int32Array(0);
  cls = new Int32Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  tokenStart = new Int32Array(0);
  tokenEnd = new Int32Array(0);
  /** TOKEN_* bits per token (./normalise). */
  tokenFlags = new Uint8Array(0);
  /** Each token's part in spaced-out words (tokenShapeOf in ./normalise). */
  tokenShape = new Uint8Array(0);
  word = new Int32Array(0);
  wordCode = new Int32Array(0);
  outCapacity = 0;
  outCode = new Int32Array(0);
  outRun = new Int32Array(0);
  outKind = new Uint8Array(0);
  outStart = new Int32Array(0);
  outEnd = new Int32Array(0);

  /** Room for `size` stage-1 units (folds that expand, "ﬁ" "⑩", may need more than the text's length). */
  reserveUnits(size: number): void {
    if (size <= this.capacity) return;
    const capacity = Math.max(size, this.capacity * 2, 256);
    this.capacity = capacity;
    this.code = newInt32(capacity, this.code);
    this.cls = newInt32(capacity, this.cls);
    this.start = newInt32(capacity, this.start);
    this.end = newInt32(capacity, this.end);
    this.tokenStart = newInt32(capacity, this.tokenStart);
    this.tokenEnd = newInt32(capacity, this.tokenEnd);
    this.tokenFlags = newUint8(capacity, this.tokenFlags);
    this.tokenShape = newUint8(capacity, this.tokenShape);
    this.word = newInt32(capacity, this.word);
    this.wordCode = newInt32(capacity, this.wordCode);
  }

  /** Room for `size` output units. */
  reserveOutput(size: number): void {
    if (size <= this.outCapacity) return;
    const capacity = Math.max(size, this.outCapacity * 2, 512);
    this.outCapacity = capacity;
    this.outCode = newInt32(capacity, this.outCode);
    this.outRun = newInt32(capacity, this.outRun);
    this.outKind = newUint8(capacity, this.outKind);
    this.outStart = newInt32(capacity, this.outStart);
    this.outEnd = newInt32(capacity, this.outEnd);
  }
}
