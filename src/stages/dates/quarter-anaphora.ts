import type { LayerAnnotation } from "../../core/index.js";
import { mapped } from "../../core/keep.js";

const QUARTER_VALUE = /^(\d{4})-(Q[1-4]|H[12])$/;
/** Rules that name "a year before" without saying of what: "a year ago", "a year earlier", "year-earlier". */
const YEAR_BACK = /^offset:Y$/;

/**
 * In results news "profit rose 10% from a year earlier" compares the quarter under discussion with
 * the same quarter a year before: after a quarter has been named, a one-year step back names that
 * quarter of the previous year (TimeBank marks it so: "a year ago" is 1988-Q3 beside "the third
 * quarter" of 1989). Elsewhere it stays the previous year.
 */
export function anchorYearBackToQuarter(dates: LayerAnnotation<"date">[], text: string): LayerAnnotation<"date">[] {
  let lastQuarter: { year: number; part: string } | null = null;
  return mapped(dates, (d) => {
    const value = d.data.timexValue ?? d.data.value ?? "";
    const q = QUARTER_VALUE.exec(value);
    // A quarter that is itself a year back ("the year-ago quarter") is the comparison, not the one under discussion.
    if (q) {
      if (!/year-ago|anaphora/.test(d.source.rule)) lastQuarter = { year: Number(q[1]), part: q[2]! };
      return d;
    }
    if (!lastQuarter || !YEAR_BACK.test(d.source.rule) || d.data.value === null) return d;
    if (!/\b(?:a|one)\s+year\b|\byear-(?:ago|earlier)\b/i.test(text.slice(d.start, d.end))) return d;
    const anchored = `${String(lastQuarter.year - 1).padStart(4, "0")}-${lastQuarter.part}`;
    return { ...d, data: { ...d.data, value: anchored, timexValue: anchored, precision: "season" as const }, source: { ...d.source, rule: `${d.source.rule}+quarter-anaphora` } };
  });
}
