/**
 * The first index of a sorted array whose value is not below `value` (its length when none): where
 * `value` is or would go. A typed array of offsets or span starts is searched without building a map.
 */
export function lowerBound(sorted: ArrayLike<number>, value: number, length: number = sorted.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
