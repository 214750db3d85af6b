import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, compareDays, makeDay, weekdayOf, type Day } from "../calendar.js";
import { hasFutureCue, referenceDay, type CompiledWords } from "../compiled-words.js";
import { readSpec } from "../timex-spec.js";

export const RELATIVE_TAG = "sitrep-relative";

/**
 * News reports what happened: a weekday or a date without a year is read as the latest one on
 * or before the dateline ("on Friday" in a Sunday paper is two days before; "on Monday" in a
 * Monday paper is that very day), unless a future cue stands near it ("will", "next"), when it is
 * the first one on or after the dateline. "last Friday" is strictly before, "next Friday"
 * strictly after. chrono itself picks the nearest weekday either way, so this refiner overrides it.
 */
export class PastLeaningRefiner implements Refiner {
  constructor(private readonly words: CompiledWords) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    for (const result of results) {
      if (readSpec(result)) continue;
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
      } else if (c.isCertain("month") && !c.isCertain("year")) {
        const month = c.get("month") ?? 1;
        const hasDay = c.isCertain("day");
        const probe = (year: number) => makeDay(year, month, hasDay ? (c.get("day") ?? 1) : 1);
        const thisYear = probe(ref.year);
        const monthOnlySameMonth = !hasDay && month === ref.month;
        let year = ref.year;
        if (future) {
          if (!monthOnlySameMonth && compareDays(thisYear, ref) < 0) year += 1;
        } else if (!monthOnlySameMonth && compareDays(thisYear, ref) > 0) {
          year -= 1;
        }
        c.assign("year", year);
        if (hasDay) c.imply("weekday", weekdayOf(probe(year)));
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
