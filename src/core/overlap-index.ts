/**
 * Finds the spans that overlap a range, in O(log n + k) for k answers, instead of a scan of every
 * span: the spans are sorted by start, and a segment tree holds the largest end in each run of them,
 * so a query descends only into runs that reach past the range's start. Stages use it where they
 * would otherwise compare every annotation with every other (quadratic on a long text).
 */
import { lowerBound } from "./lower-bound.js";

export interface OverlapIndex {
  /** Indices (into the input) of the spans with start < to and end > from, by start (stable). */
  overlapping(from: number, to: number): number[];
}

export function createOverlapIndex(spans: readonly { readonly start: number; readonly end: number }[]): OverlapIndex {
  const n = spans.length;
  const order = new Array<number>(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && spans[i]!.start < spans[i - 1]!.start) sorted = false;
  }
  // Stages mostly hand their layers over in text order: the sort (stable, by start) is then skipped.
  if (!sorted) order.sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  return new SegmentTreeIndex(spans, order);
}

/**
 * The index itself: a class rather than closures (the query is the hot part: the events stage asks
 * it once per role phrase; the descent keeps its stack in a typed array rather than an array of
 * tuples, so a query allocates only its answer).
 */
class SegmentTreeIndex implements OverlapIndex {
  private readonly n: number;
  private readonly size: number;
  private readonly order: readonly number[];
  private readonly starts: Float64Array;
  private readonly maxEnd: Float64Array;

  constructor(spans: readonly { readonly start: number; readonly end: number }[], order: readonly number[]) {
    const n = order.length;
    let size = 1;
    while (size < n) size *= 2;
    const starts = new Float64Array(n);
    const maxEnd = new Float64Array(2 * size).fill(-Infinity);
    for (let k = 0; k < n; k++) {
      const span = spans[order[k]!]!;
      starts[k] = span.start;
      maxEnd[size + k] = span.end;
    }
    for (let k = size - 1; k >= 1; k--) maxEnd[k] = Math.max(maxEnd[2 * k]!, maxEnd[2 * k + 1]!);
    this.n = n;
    this.size = size;
    this.order = order;
    this.starts = starts;
    this.maxEnd = maxEnd;
  }

  /** Number of spans with start < to. */
  private prefix(to: number): number {
    return lowerBound(this.starts, to, this.n);
  }

  overlapping(from: number, to: number): number[] {
    const limit = this.prefix(to);
    const out: number[] = [];
    if (limit === 0) return out;
    const maxEnd = this.maxEnd;
    // Iterative descent, left to right, so the answer comes out in ascending order. A node is pushed
    // with its range; the stack never holds more than two nodes per level.
    const stack = descentStack(this.size);
    let top = 0;
    stack[top++] = 1;
    stack[top++] = 0;
    stack[top++] = this.size;
    while (top > 0) {
      const hi = stack[--top]!;
      const lo = stack[--top]!;
      const node = stack[--top]!;
      if (lo >= limit || maxEnd[node]! <= from) continue;
      if (hi - lo === 1) {
        out.push(this.order[lo]!);
        continue;
      }
      const mid = (lo + hi) >> 1;
      stack[top++] = 2 * node + 1;
      stack[top++] = mid;
      stack[top++] = hi;
      stack[top++] = 2 * node;
      stack[top++] = lo;
      stack[top++] = mid;
    }
    return out;
  }
}

/** One stack shared by every query (queries never nest), grown to the deepest tree seen. */
let sharedStack = new Int32Array(3 * 2 * 34);
function descentStack(size: number): Int32Array {
  // Depth log2(size) + 1 levels, at most two pending nodes per level, three numbers a node.
  const need = 3 * 2 * (Math.log2(size) + 2);
  if (sharedStack.length < need) sharedStack = new Int32Array(need);
  return sharedStack;
}
