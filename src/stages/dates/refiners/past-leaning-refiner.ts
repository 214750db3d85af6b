import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, compareDays, daysBetween, makeDay, weekdayOf, type Day } from "../calendar.js";
import { hasFutureCue, referenceDay, type CompiledWords } from "../compiled-words.js";
import { YEARLESS_FUTURE_WINDOW_DAYS } from "../heuristics.js";
import { hasSpec } from "../timex-spec.js";

export const RELATIVE_TAG = "sitrep-relative";

/** A bare "midnight" (not "midnight Friday", whose weekday decides). */
const MIDNIGHT = /^(?:at\s+)?midnight$/i;

/**
 * News reports what happened: a weekday is read as the latest one on or before the dateline
 * ("on Friday" in a Sunday paper is two days before; "on Monday" in a Monday paper is that very
 * day), unless a future cue stands near it ("will", "next"), when it is the first one on or after
 * the dateline. A date without a year is the nearest one leaning to the past (see
 * YEARLESS_FUTURE_WINDOW_DAYS). "last Friday" is strictly before, "next Friday"
 * strictly after. chrono itself picks the nearest weekday either way, so this refiner overrides it.
 */
export class PastLeaningRefiner implements Refiner {
  constructor(private readonly words: CompiledWords) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    for (const result of results) {
      if (hasSpec(result)) continue;
      const c = result.start;
      const future = hasFutureCue(this.words, context.text, result.index, result.index + result.text.length);
      if (c.isCertain("weekday") && !c.isCertain("day")) {
        const target = c.get("weekday") ?? 0;
        const lower = result.text.toLowerCase();
        const back = (weekdayOf(ref) - target + 7) % 7;
        const ahead = (target - weekdayOf(ref) + 7) % 7;
        let day: Day;
        if (/\b(last|past|previous)\b/.test(lower)) day = addDays(ref, -(back || 7));
        else if (/\bnext\b/.test(lower)) day = addDays(ref, ahead || 7);
        else day = future ? addDays(ref, ahead) : addDays(ref, -back);
        assignDay(c, day);
        result.start.addTag(RELATIVE_TAG);
      } else if (!future && MIDNIGHT.test(result.text) && !c.isCertain("day") && !c.isCertain("weekday") && (c.get("hour") ?? -1) === 0) {
        // "The attack began at midnight": chrono reads the midnight after the reference noon, the next
        // day; news tells the one before, which opened the dateline's day.
        assignDay(c, ref);
        result.start.addTag(RELATIVE_TAG);
      } else if (c.isCertain("month") && !c.isCertain("year")) {
        const month = c.get("month") ?? 1;
        const hasDay = c.isCertain("day");
        // A month alone counts from its last day for the past ("in October" written on Oct. 10 is this
        // October) and from its first day for the window ahead.
        const last = (y: number) => (hasDay ? makeDay(y, month, c.get("day") ?? 1) : makeDay(y, month + 1, 0));
        const first = (y: number) => (hasDay ? last(y) : makeDay(y, month, 1));
        let year = ref.year - 1;
        if (future) {
          year = [ref.year - 1, ref.year, ref.year + 1].find((y) => compareDays(last(y), ref) >= 0) ?? ref.year;
        } else {
          year = [ref.year + 1, ref.year, ref.year - 1].find((y) => daysBetween(ref, first(y)) <= YEARLESS_FUTURE_WINDOW_DAYS) ?? ref.year - 1;
        }
        c.assign("year", year);
        if (hasDay) c.imply("weekday", weekdayOf(last(year)));
        result.start.addTag(RELATIVE_TAG);
      }
    }
    return results;
  }
}

function assignDay(c: ParsingComponents, d: Day): void {
  c.assign("year", d.year);
  c.assign("month", d.month);
  c.assign("day", d.day);
}
