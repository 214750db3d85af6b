import type { LayerAnnotation } from "../../core/index.js";
import { formatDay, makeDay, parseIsoDay } from "./calendar.js";

type DateAnnotation = LayerAnnotation<"date">;

/** "between 10 and ", "from 10 to ": the opening of a range of days written before a calendar day. Anchored at both ends, bounded. */
const RANGE_OPENING = /^(between|from)[ \t]+(\d{1,2})[ \t]+(and|to)[ \t]+$/i;
/** Longest opening read before the calendar day ("between 10 and "). */
const MAX_OPENING_CHARS = 20;

export const DAY_RANGE_RULE = "day-range-start";

/**
 * "Between 10 and 12 January 2024, workers staged a sit-in": the tagger reads only "12 January 2024", the range's
 * last day. A range of days of one month is dated by its first day, as the tagger already reads "From 10 to 12
 * January" and as an event that began on the 10th is counted from it; the span takes in the whole range ("10 and 12
 * January 2024").
 * Only a first day that comes before the last one in the same month is read so.
 */
export function daysFromRangeStart(dates: readonly DateAnnotation[], text: string): DateAnnotation[] {
  let out: DateAnnotation[] | null = null;
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    const last = d.data.precision === "day" ? parseIsoDay(d.data.value) : null;
    if (!last) continue;
    const from = Math.max(0, d.start - MAX_OPENING_CHARS);
    // The opening must end right where the day starts: try each start of a word in the stretch before it.
    const before = text.slice(from, d.start);
    let m: RegExpExecArray | null = null;
    for (let i = 0; i < before.length && !m; i++) if (i === 0 || before[i - 1] === " ") m = RANGE_OPENING.exec(before.slice(i));
    if (!m) continue;
    const first = Number(m[2]);
    if (first < 1 || first >= last.day) continue;
    // The span starts at the first day, leaving out "between" or "from" as spans leave out a leading preposition.
    const start = d.start - m[0].length + m[0].indexOf(m[2]!, m[1]!.length);
    (out ??= [...dates])[k] = {
      ...d,
      start,
      data: { ...d.data, text: text.slice(start, d.end), value: formatDay(makeDay(last.year, last.month, first)) },
      source: { ...d.source, rule: `${d.source.rule}+${DAY_RANGE_RULE}` },
    };
  }
  return out ?? [...dates];
}
