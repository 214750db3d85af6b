import type { Count } from "../records.js";
import { evidence, veto, type FieldComparison } from "./field-comparison.js";
import { TOLL_CLOSE, TOLL_CLOSE_RATIO, TOLL_CLOSE_SLACK, TOLL_OVERLAP, TOLL_SAME_FIGURE, TOLL_WILD, TOLL_ZERO_VETO_MIN } from "./heuristics.js";

/** A count as an interval: "at least 12" is [12, ∞), "as many as 30" [0, 30]. */
export function countRange(c: Count): [number, number] {
  return [c.min ?? 0, c.max ?? Number.POSITIVE_INFINITY];
}

export function showCount(c: Count): string {
  if (c.min !== null && c.min === c.max) return String(c.min);
  if (c.max === null) return `${c.min ?? 0}+`;
  return `${c.min ?? 0}-${c.max}`;
}

/** True when two counts can both be true of one happening (their ranges overlap). */
export function countsOverlap(a: Count, b: Count): boolean {
  const [a0, a1] = countRange(a);
  const [b0, b1] = countRange(b);
  return a0 <= b1 && b0 <= a1;
}

/**
 * Two tolls of one kind: the same exact figure, overlapping ranges, close figures (revised), or wildly
 * apart. `zeroVeto`: "no one was killed" against several dead is a different happening.
 */
export function compareCounts(a: Count | null, b: Count | null, weight = 1, zeroVeto = true): FieldComparison {
  if (a === null && b === null) return evidence(0, "none in either");
  if (a === null || b === null) return evidence(0, () => `one gives ${showCount((a ?? b)!)}`);
  const what = () => `${showCount(a)} / ${showCount(b)}`;
  if (a.min !== null && a.min > 0 && a.min === a.max && b.min === a.min && b.max === a.max) return evidence(TOLL_SAME_FIGURE * weight, () => `same (${a.min})`);
  if (countsOverlap(a, b)) return evidence(TOLL_OVERLAP * weight, () => `overlap (${what()})`);
  const [lowRange, highRange] = countRange(a)[1] < countRange(b)[0] ? [countRange(a), countRange(b)] : [countRange(b), countRange(a)];
  const low = lowRange[1];
  const high = highRange[0];
  if (low === 0 && high >= TOLL_ZERO_VETO_MIN && zeroVeto) return veto(() => `none vs ${high} (${what()})`);
  if (high <= Math.max(low * TOLL_CLOSE_RATIO, low + TOLL_CLOSE_SLACK)) return evidence(TOLL_CLOSE * weight, () => `close (${what()}, revised?)`);
  return evidence(TOLL_WILD * weight, () => `wildly apart (${what()})`);
}
