import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { compilePattern } from "../../../lexicons/compile-pattern.js";

/** The tag chrono's parser of bare parts of a day ("night", "morning") puts on its results. */
const CASUAL_TIME_TAG = "parser/ENCasualTimeParser";

/**
 * "the night of 7 June 2020", "on the morning of June 7": the part of a day that a date then names.
 * chrono reads the part of the day alone ("night") as a date too, its hour being only implied, and
 * its date-time merge then keeps that reading's day (the reference day) and drops the named one, so
 * the whole expression came out as the dateline's day and was then rejected: the explicit date of an
 * incident report ("On the night of 7-8 June 2020, armed men attacked ...") was lost. This refiner
 * runs before chrono's merges and drops the bare part of the day when "of" and a date follow it, so
 * the date is read as written. The span is the date's own; the part of the day is not kept.
 */
export class PartOfDayOfDateRefiner implements Refiner {
  private readonly between = compilePattern(`^\\s+of\\s+(?:the\\s+)?$`, "i", "dates: part of day of date");

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const dropped = new Set<ParsingResult>();
    for (let i = 0; i + 1 < results.length; i++) {
      const part = results[i]!;
      const date = results[i + 1]!;
      if (!part.start.tags().has(CASUAL_TIME_TAG) || part.end) continue;
      // A named day: chrono's date parsers set the day or the weekday as certain; "that night of
      // fighting" or "the night of Tuesday's vote" without one stay as they were.
      if (!date.start.isCertain("day") && !date.start.isCertain("weekday")) continue;
      const gap = context.text.slice(part.index + part.text.length, date.index);
      if (this.between.test(gap)) dropped.add(part);
    }
    return dropped.size === 0 ? results : results.filter((r) => !dropped.has(r));
  }
}
