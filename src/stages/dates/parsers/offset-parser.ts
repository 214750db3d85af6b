import { atWordStart, type ParserGate } from "../parser-gates.js";
import type { ParsingContext } from "chrono-node";
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, quarterOf, type Day } from "../calendar.js";
import { precisionOfUnit, referenceDay } from "../compiled-words.js";
import { MAX_COUNT_AGO } from "../heuristics.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";

/**
 * "two days ago", "a year earlier", "almost four years ago", "year-ago": a date counted back
 * from the dateline, at the precision of its unit. "ago" and "earlier" count from the dateline;
 * "a year earlier" in an article about quarterly results names the same quarter a year before,
 * which the quarter refiner fixes up.
 */
export class OffsetParser extends SitrepParser {
  /** Every alternative ends in "ago", "earlier", "hence" or "... now" ("before now", "from now"). */
  gate(): ParserGate {
    return atWordStart({ anyOf: ["ago", "earlier", "now", "hence"] });
  }

  protected source(): string {
    const w = this.words;
    return `(?:(?:about|almost|nearly|roughly|some|more\\s+than|less\\s+than|just|only)\\s+)?(${w.count})\\s+(${w.unit})(?:\\s+or\\s+so)?\\s+(ago|earlier|before\\s+now|from\\s+now|hence)|(year)-(ago|earlier)`;
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const countText = match[1] ?? "a";
    const unitWord = match[2] ?? match[4] ?? "";
    const count = this.words.parseCount(countText);
    const code = this.words.unitCode(unitWord);
    if (count === null || !code) return null;
    const ref = referenceDay(context);
    const rule = `offset:${code}`;
    const sign = /^(?:from\s+now|hence)$/i.test(match[3] ?? "") ? -1 : 1;
    if (count === "X") return { type: "DATE", value: null, timexValue: sign > 0 ? "PAST_REF" : "FUTURE_REF", precision: precisionOfUnit(code), relative: true, rule };
    if (!Number.isInteger(count) || count > MAX_COUNT_AGO) return null;
    return this.countBack(ref, count * sign, code, rule);
  }

  private countBack(ref: Day, count: number, code: string, rule: string): TimexSpec | null {
    const precision = precisionOfUnit(code);
    let value: string;
    switch (code) {
      case "D": value = formatDay(addDays(ref, -count)); break;
      case "W": value = formatWeek(addDays(ref, -7 * count)); break;
      case "2W": value = formatWeek(addDays(ref, -14 * count)); break;
      case "M": { const m = addMonths(ref.year, ref.month, -count); value = formatMonth(m.year, m.month); break; }
      case "Q": { const m = addMonths(ref.year, ref.month, -3 * count); value = `${formatYear(m.year)}-Q${quarterOf(m.month)}`; break; }
      case "Y": value = formatYear(ref.year - count); break;
      case "DE": value = formatYear(ref.year - 10 * count).slice(0, 3); break;
      case "CE": value = formatYear(ref.year - 100 * count).slice(0, 2); break;
      default: return null; // "two hours ago" needs the time of publication, which a dateline does not give
    }
    return { type: "DATE", value, precision, relative: true, rule };
  }
}
