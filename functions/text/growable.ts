/** `array` when it holds `needed` values, else a copy at least twice as long: buffers reused from text to text. */
export const grow = (array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> => {
  if (array.length >= needed) return array;
  const grown = new Int32Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
};

/**
 * Values, each with the span of units first..last it covers, in growable typed arrays reused from text to
 * text: the per-text lists of pattern occurrences and model features, kept with no object per entry.
 */
export class SpanLog {
  values = new Int32Array(64);
  firsts = new Int32Array(64);
  lasts = new Int32Array(64);
  count = 0;

  add(value: number, first: number, last: number): void {
    const index = this.count;
    if (index === this.values.length) {
      this.values = grow(this.values, index + 1);
      this.firsts = grow(this.firsts, index + 1);
      this.lasts = grow(this.lasts, index + 1);
    }
    this.values[index] = value;
    this.firsts[index] = first;
    this.lasts[index] = last;
    this.count = index + 1;
  }
}

