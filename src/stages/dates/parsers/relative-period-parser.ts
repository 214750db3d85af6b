import { MONTH_STEMS, atWordStart, eitherGate, wordsGate, type ParserGate } from "../parser-gates.js";
import type { ParsingContext } from "chrono-node";
import { addDays, addMonths, formatMonth, formatWeek, formatYear, quarterOf, weekdayOf, type Day } from "../calendar.js";
import { hasFutureCue, MONTHS, referenceDay } from "../compiled-words.js";
import { QUARTER_REPORT_LAG_QUARTERS } from "../heuristics.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";

type Direction = -1 | 0 | 1;

const DIRECTIONS: Record<string, Direction> = {
  this: 0, current: 0, last: -1, previous: -1, past: -1, next: 1, coming: 1, following: 1,
};

/** Season codes with the month each starts in (northern hemisphere, as news wires use them). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * Calendar periods named from the dateline: "last week", "this month", "next year", "earlier
 * this year", "last fall", "last November", "the weekend", "the quarter", "the year-ago quarter".
 * "last week" is the ISO week before the dateline's; "last November" the latest November before
 * the dateline's month; "the quarter" the last completed one (QUARTER_REPORT_LAG_QUARTERS).
 */
export class RelativePeriodParser extends SitrepParser {
  /**
   * Every alternative names a period: week (weekend), month, year, quarter, decade, century, period,
   * a season of the lexicon or a bare season word, or a month (each of MONTHS starts with a stem of MONTH_STEMS).
   */
  gate(): ParserGate {
    return atWordStart(eitherGate({ anyOf: ["week", "month", "year", "quarter", "decade", "century", "period", "spring", "summer", "autumn", "winter", "fall", ...MONTH_STEMS] }, wordsGate(this.words.lexicon.seasons.keys())));
  }

  protected source(): string {
    const w = this.words;
    const period = `week|weekend|month|year|quarter|decade|century|${w.season}|${w.month}`;
    return [
      `(?:(earlier|later|early|late)\\s+)?(this|last|next|previous|coming|current)\\s+(${period})`,
      `the\\s+(weekend)`,
      // (Not `(latest|...)?\\s*` after `\\s+`: two ways to split a run of spaces, quadratic on a long one.)
      `the\\s+(?:(latest|current|previous|same)\\s+)?(quarter|period)`,
      `the\\s+(year-ago|year-earlier)\\s+(quarter|period)`,
      // "the summer": the latest one to have started, or the next with a future cue; "the fall of Kabul" is no season.
      `the\\s+(?:(early|late)\\s+)?(spring|summer|autumn|winter|fall(?!\\s+(?:of|in|from|to)\\b))(?!\\s+of\\b)`,
      // "year-end", "the end of the year", "earlier in the year": the dateline's year, qualified.
      `(year-end|year's\\s+end|year\\s+end)|the\\s+(end|beginning|start|middle)\\s+of\\s+the\\s+(year|month|week)|(earlier|later)\\s+in\\s+the\\s+(year|month|week)`,
    ].join("|");
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const ref = referenceDay(context);
    const [, shade, dirWord, periodWord, theWeekend, quarterAdj, quarterWord, yearAgo, yearAgoWord, seasonShade, bareSeason, yearEnd, partOf, partOfPeriod, earlierIn, earlierInPeriod] = match;
    if (bareSeason) {
      const code = this.words.lexicon.seasons.get(bareSeason.toLowerCase());
      if (!code) return null;
      const future = hasFutureCue(this.words, context.text, match.index ?? 0, (match.index ?? 0) + match[0].length);
      const spec = this.season(ref, future ? 1 : 0, code, `period:the-${bareSeason.toLowerCase()}`, true);
      return seasonShade ? { ...spec, qualifier: /^early$/i.test(seasonShade) ? "early" : "late" } : spec;
    }
    if (yearEnd) return { ...this.period(ref, 0, "year", "period:year-end")!, qualifier: "late" };
    if (partOf && partOfPeriod) {
      const qualifier = /^end$/i.test(partOf) ? "late" : /^middle$/i.test(partOf) ? "mid" : "early";
      return { ...this.period(ref, 0, partOfPeriod.toLowerCase(), `period:${partOf.toLowerCase()}-of-the-${partOfPeriod.toLowerCase()}`)!, qualifier };
    }
    if (earlierIn && earlierInPeriod) return this.period(ref, 0, earlierInPeriod.toLowerCase(), `period:${earlierIn.toLowerCase()}-in-the-${earlierInPeriod.toLowerCase()}`);
    if (theWeekend) return this.weekend(ref, weekdayOf(ref) === 0 || weekdayOf(ref) === 6 ? 0 : -1, "period:the-weekend");
    if (quarterWord) {
      const adj = (quarterAdj ?? "").toLowerCase();
      if (quarterWord.toLowerCase() === "period" && adj !== "latest" && adj !== "current") return null;
      const shift = adj === "current" ? 0 : adj === "previous" ? -QUARTER_REPORT_LAG_QUARTERS - 1 : -QUARTER_REPORT_LAG_QUARTERS;
      return this.quarter(ref, shift, 0, `period:the-${adj || "bare"}-quarter`);
    }
    if (yearAgo && yearAgoWord) return this.quarter(ref, -QUARTER_REPORT_LAG_QUARTERS, -1, "period:year-ago-quarter");
    if (!dirWord || !periodWord) return null;
    const dir = DIRECTIONS[dirWord.toLowerCase()] ?? 0;
    const period = periodWord.toLowerCase().replace(/\.$/, "");
    const qualifier = shade ? (/^(early|earlier)$/i.test(shade) ? "early" : "late") : undefined;
    const rule = `period:${dirWord.toLowerCase()}-${period}`;
    const future = hasFutureCue(this.words, context.text, match.index ?? 0, (match.index ?? 0) + match[0].length);
    // "this may", "this march": a modal or a verb after a pronoun, unless written as a name.
    if (/^(?:may|march)$/.test(periodWord)) return null;
    const spec = this.period(ref, dir, period, rule, future);
    if (!spec) return null;
    // "earlier this year" names the year itself in TimeBank; early/late qualify it.
    return qualifier && /^(early|late)$/i.test(shade ?? "") ? { ...spec, qualifier } : spec;
  }

  private period(ref: Day, dir: Direction, period: string, rule: string, future = false): TimexSpec | null {
    switch (period) {
      case "week":
        return { type: "DATE", value: formatWeek(addDays(ref, 7 * dir)), precision: "week", relative: true, rule };
      case "weekend":
        // "this weekend" written Monday to Wednesday is the one just past, unless a future cue says otherwise.
        return this.weekend(ref, dir === 0 && !future && weekdayOf(ref) >= 1 && weekdayOf(ref) <= 3 ? -1 : dir, rule);
      case "month": {
        const m = addMonths(ref.year, ref.month, dir);
        return { type: "DATE", value: formatMonth(m.year, m.month), precision: "month", relative: true, rule };
      }
      case "year":
        return { type: "DATE", value: formatYear(ref.year + dir), precision: "year", relative: true, rule };
      case "quarter":
        return this.quarter(ref, dir, 0, rule);
      case "decade":
        return { type: "DATE", value: formatYear(ref.year + 10 * dir).slice(0, 3), precision: "decade", relative: true, rule };
      case "century":
        return { type: "DATE", value: formatYear(ref.year + 100 * dir).slice(0, 2), precision: "decade", relative: true, rule };
    }
    const season = this.words.lexicon.seasons.get(period);
    if (season) return this.season(ref, dir, season, rule);
    const month = MONTHS.get(period);
    if (month) {
      let year = ref.year;
      if (dir < 0 && month >= ref.month) year -= 1;
      if (dir > 0 && month <= ref.month) year += 1;
      return { type: "DATE", value: formatMonth(year, month), precision: "month", relative: true, rule };
    }
    return null;
  }

  private weekend(ref: Day, dir: number, rule: string): TimexSpec {
    return { type: "DATE", value: formatWeek(addDays(ref, 7 * dir)), timexValue: `${formatWeek(addDays(ref, 7 * dir))}-WE`, precision: "week", relative: true, rule };
  }

  private quarter(ref: Day, shift: number, yearShift: number, rule: string): TimexSpec {
    const m = addMonths(ref.year + yearShift, ref.month, 3 * shift);
    return { type: "DATE", value: `${formatYear(m.year)}-Q${quarterOf(m.month)}`, precision: "season", relative: true, rule };
  }

  private season(ref: Day, dir: Direction, code: string, rule: string, latestStarted = false): TimexSpec {
    const start = SEASON_START[code] ?? 1;
    // A season's year is the year it starts in; "latest" is the last one to have started by the dateline.
    const latest = ref.month >= start ? ref.year : ref.year - 1;
    let year: number;
    if (dir < 0) year = isWithinSeason(ref.month, start) ? latest - 1 : latest;
    else if (dir > 0) year = latest + 1;
    else if (latestStarted) year = latest;
    else year = code === "WI" && ref.month <= 2 ? ref.year - 1 : ref.year;
    return { type: "DATE", value: `${formatYear(year)}-${code}`, precision: "season", relative: true, rule };
  }
}

function isWithinSeason(month: number, start: number): boolean {
  const offset = (month - start + 12) % 12;
  return offset < 3;
}
