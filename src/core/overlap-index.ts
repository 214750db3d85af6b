/**
 * Finds the spans that overlap a range, in O(log n + k) for k answers, instead of a scan of every
 * span: the spans are sorted by start, and a segment tree holds the largest end in each run of them,
 * so a query descends only into runs that reach past the range's start. Stages use it where they
 * would otherwise compare every annotation with every other (quadratic on a long text).
 */
export interface OverlapIndex {
  /** Indices (into the input) of the spans with start < to and end > from, by start (stable). */
  overlapping(from: number, to: number): number[];
}

export function createOverlapIndex(spans: readonly { readonly start: number; readonly end: number }[]): OverlapIndex {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const n = order.length;
  const starts = order.map((i) => spans[i]!.start);
  let size = 1;
  while (size < n) size *= 2;
  const maxEnd = new Float64Array(2 * size).fill(-Infinity);
  for (let k = 0; k < n; k++) maxEnd[size + k] = spans[order[k]!]!.end;
  for (let k = size - 1; k >= 1; k--) maxEnd[k] = Math.max(maxEnd[2 * k]!, maxEnd[2 * k + 1]!);

  /** Number of spans with start < to. */
  const prefix = (to: number): number => {
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < to) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    overlapping(from, to) {
      const limit = prefix(to);
      const out: number[] = [];
      if (limit === 0) return out;
      // Iterative descent, left to right, so the answer comes out in ascending order.
      const stack: [node: number, lo: number, hi: number][] = [[1, 0, size]];
      while (stack.length > 0) {
        const [node, lo, hi] = stack.pop()!;
        if (lo >= limit || maxEnd[node]! <= from) continue;
        if (hi - lo === 1) {
          out.push(order[lo]!);
          continue;
        }
        const mid = (lo + hi) >> 1;
        stack.push([2 * node + 1, mid, hi], [2 * node, lo, mid]);
      }
      return out;
    },
  };
}
