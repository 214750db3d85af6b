import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { compilePattern } from "../../../lexicons/compile-pattern.js";

/** The tag chrono's parser of clock times puts on its results. */
const TIME_EXPRESSION_TAG = "parser/ENTimeExpressionParser";

/**
 * "killed five people and wounded 20 on Monday": chrono reads the count "20" as a clock time (20:00) and its
 * date-time merge joins it to the weekday after it ("20 on Monday"), a time the dates stage then rejects whole,
 * losing the event's day. A clock time is written with a colon, "a.m."/"p.m." or "o'clock"; a bare number is a
 * count. This refiner runs before chrono's merges and drops the clock readings of bare numbers, so the weekday
 * or date after them is read on its own.
 */
export class BareNumberTimeRefiner implements Refiner {
  private readonly clock = compilePattern(`:|\\d\\s*[ap]\\.?m\\b|\\b[ap]\\.?m\\b|o'clock|noon|midnight|\\d\\s*h\\b|hours?\\b|hrs\\b`, "i", "dates: clock time marks");

  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept = results.filter((r) => !(r.start.tags().has(TIME_EXPRESSION_TAG) && !r.start.isCertain("day") && !r.start.isCertain("weekday") && !this.clock.test(r.text)));
    return kept.length === results.length ? results : kept;
  }
}
