/** The verdict of comparing one field of two reports. */
export interface FieldComparison {
  /** Evidence for one happening (positive) or against (negative); see heuristics.ts. */
  readonly score: number;
  /** True when the field alone shows two different happenings. */
  readonly veto: boolean;
  /** What was compared and how, for people ("same town (Kabul)", "3 days apart: 2021-10-08 vs 2021-10-11"). */
  readonly verdict: string;
}

export function evidence(score: number, verdict: string): FieldComparison {
  return { score, veto: false, verdict };
}

export function veto(verdict: string): FieldComparison {
  return { score: Number.NEGATIVE_INFINITY, veto: true, verdict };
}
