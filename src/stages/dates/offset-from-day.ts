import type { LayerAnnotation } from "../../core/index.js";
import { addDays, formatDay, parseIsoDay } from "./calendar.js";

/** A count of days or weeks as TIMEX3 writes it ("P2D", "P1W"). Anchored, one token of digits: linear. */
const DAYS_OR_WEEKS = /^P(\d{1,3})([DW])$/;

/** What joins the count to the day it is counted from: "two days after (the) 12 April". Anchored at both ends, no nested repetition. */
const SIGNAL = /^([ \t]+(after|before|following))[ \t]+(?:the[ \t]+)?$/i;

/** Longest gap between the count and the day it is counted from ("  following the  "). */
const MAX_GAP_CHARS = 20;

export const OFFSET_FROM_DAY_RULE = "offset-from-day";

/**
 * "Two days after the 12 April bombing, residents marched": a count of days or weeks followed by
 * "after" / "before" / "following" and a calendar day is itself a day, that many days from the one
 * named (12 April + 2 = 14 April), not a length of time. The count becomes a date whose span takes
 * in its signal word ("Two days after"), so what its clause tells gets that day; the day counted
 * from keeps its own annotation for what it names ("the 12 April bombing"). Dates in text order.
 */
export function offsetsFromDays(dates: LayerAnnotation<"date">[], text: string): LayerAnnotation<"date">[] {
  let out: LayerAnnotation<"date">[] | null = null;
  for (let k = 0; k + 1 < dates.length; k++) {
    const d = dates[k]!;
    const count = d.data.timexType === "DURATION" && d.data.timexValue ? DAYS_OR_WEEKS.exec(d.data.timexValue) : null;
    if (!count) continue;
    const from = dates[k + 1]!;
    if (from.start - d.end > MAX_GAP_CHARS || from.data.precision !== "day" || from.data.timexType !== "DATE") continue;
    const signal = SIGNAL.exec(text.slice(d.end, from.start));
    const day = parseIsoDay(from.data.value);
    if (!signal || !day) continue;
    const days = Number(count[1]) * (count[2] === "W" ? 7 : 1) * (signal[2]!.toLowerCase() === "before" ? -1 : 1);
    const end = d.end + signal[1]!.length;
    out ??= dates.slice();
    out[k] = {
      ...d,
      end,
      data: { text: text.slice(d.start, end), value: formatDay(addDays(day, days)), precision: "day", relative: false, timexType: "DATE" },
      source: { ...d.source, rule: `${d.source.rule}+${OFFSET_FROM_DAY_RULE}` },
    };
  }
  return out ?? dates;
}
