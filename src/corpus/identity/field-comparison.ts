/** The verdict of comparing one field of two reports. */
export interface FieldComparison {
  /** Evidence for one happening (positive) or against (negative); see heuristics.ts. */
  readonly score: number;
  /** True when the field alone shows two different happenings. */
  readonly veto: boolean;
  /** What was compared and how, for people ("same town (Kabul)", "3 days apart: 2021-10-08 vs 2021-10-11"). */
  readonly verdict: string;
}

/** A verdict given as a function is written only when someone reads it: most pairs are vetoed and never shown. */
type Verdict = string | (() => string);

function lazy(score: number, veto: boolean, verdict: Verdict): FieldComparison {
  if (typeof verdict === "string") return { score, veto, verdict };
  let text: string | null = null;
  return {
    score,
    veto,
    get verdict() {
      return (text ??= verdict());
    },
  };
}

export function evidence(score: number, verdict: Verdict): FieldComparison {
  return lazy(score, false, verdict);
}

export function veto(verdict: Verdict): FieldComparison {
  return lazy(Number.NEGATIVE_INFINITY, true, verdict);
}
