/** The first index of ascending `values[0..count)` holding more than `value` (count when none). */
export const firstAbove = (values: Int32Array, count: number, value: number): number => {
  let [low, high] = [0, count];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
};
