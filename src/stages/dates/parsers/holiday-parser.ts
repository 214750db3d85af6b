import { namesGate, type ParserGate } from "../parser-gates.js";
import type { ParsingContext } from "chrono-node";
import { compareDays, daysBetween, formatDay, type Day } from "../calendar.js";
import { hasFutureCue, referenceDay, type CompiledWords } from "../compiled-words.js";
import { alternationOf } from "../date-lexicon.js";
import { YEARLESS_FUTURE_WINDOW_DAYS } from "../heuristics.js";
import { holidayIn, type Holiday } from "../holiday-calendar.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";

/**
 * Holidays named as dates: "on Christmas Day", "Thanksgiving 2019", "last Easter". The year is
 * chosen like that of any date written without one: the nearest, leaning to the past.
 */
export class HolidayParser extends SitrepParser {
  private readonly byName: Map<string, Holiday>;

  constructor(words: CompiledWords, private readonly holidays: readonly Holiday[]) {
    super(words);
    this.byName = new Map(holidays.flatMap((h) => h.names.map((n) => [n.toLowerCase().replace(/[’]/g, "'"), h] as const)));
  }

  /**
   * Every word of one holiday's name ("may" and "day"): the first word alone ("new", "may", "good")
   * opened the gate on ~30% of the texts chrono reads, for one match in 200 articles.
   */
  gate(): ParserGate {
    return namesGate(this.holidays.flatMap((h) => h.names));
  }

  protected source(): string {
    const names = alternationOf(this.holidays.flatMap((h) => h.names)).replace(/'/g, "['’]");
    return `(?:(last|next|this)\\s+)?(${names})(?:,?\\s+((?:19|20)\\d\\d))?`;
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const [, dir, name, yearText] = match;
    // Holiday names are proper nouns: "christmas" in lower case is rarely the day.
    if (!name || !/^[A-Z]/.test(name)) return null;
    const holiday = this.byName.get(name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " "));
    if (!holiday) return null;
    const rule = holiday.id;
    if (yearText) return { type: "DATE", value: formatDay(holidayIn(holiday, Number(yearText))), precision: "day", relative: false, rule };
    const ref = referenceDay(context);
    const candidates = [ref.year - 1, ref.year, ref.year + 1].map((y) => holidayIn(holiday, y));
    let day: Day | undefined;
    const d = (dir ?? "").toLowerCase();
    const future = d === "next" || (d !== "last" && hasFutureCue(this.words, context.text, match.index ?? 0, (match.index ?? 0) + match[0].length));
    if (d === "last") day = [...candidates].reverse().find((c) => compareDays(c, ref) < 0);
    else if (future) day = candidates.find((c) => compareDays(c, ref) >= 0);
    else day = [...candidates].reverse().find((c) => daysBetween(ref, c) <= YEARLESS_FUTURE_WINDOW_DAYS);
    return day ? { type: "DATE", value: formatDay(day), precision: "day", relative: true, rule } : null;
  }
}
