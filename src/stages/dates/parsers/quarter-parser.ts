import type { ParserGate } from "../parser-gates.js";
import type { ParsingContext } from "chrono-node";
import { alternationOf } from "../date-lexicon.js";
import { formatYear, quarterOf } from "../calendar.js";
import { referenceDay } from "../compiled-words.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";

/**
 * Words QuarterParser cannot match without (parser-gates.ts): each alternative of its pattern below
 * names "quarter", "half" or "period", or starts with "fiscal" or "calendar".
 */
export const QUARTER_GATE: ParserGate = { anyOf: ["quarter", "half", "period", "fiscal", "calendar"] };

/**
 * Parts of a (fiscal) year as business news names them: "the third quarter", "third-quarter",
 * "the fourth quarter of 1998", "the first half", "fiscal 1999". Values 1998-Q3, 1998-H1, 1999.
 */
export class QuarterParser extends SitrepParser {
  gate(): ParserGate {
    return QUARTER_GATE;
  }

  protected source(): string {
    const ordinals = alternationOf(this.words.lexicon.ordinals.keys());
    return [
      // "the third quarter" but "the third-quarter loss" from the number on, as TimeBank marks them.
      `(?:the\\s+(?=(?:fiscal\\s+)?\\S+\\s+(?:quarter|half|period)\\b|(?:year-ago|year-earlier|prior-year|previous-year)\\s))?(?:fiscal\\s+)?(?:(year-ago|year-earlier|prior-year|previous-year)\\s+)?(${ordinals})[\\s-](quarter|half|period)(?:\\s+(?:of\\s+)?((?:fiscal\\s+)?(?:19|20)\\d\\d))?`,
      `(?:fiscal|calendar)(?:\\s+year)?\\s+((?:19|20)\\d\\d)`,
      // "the 1988 third quarter", "the 1988 quarter"
      `(?:the\\s+)?((?:19|20)\\d\\d)\\s+(?:(${ordinals})[\\s-])?quarter`,
    ].join("|");
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const [, yearAgo, ordinal, part, yearText, fiscalYear, yearFirst, yearFirstOrdinal] = match;
    if (yearFirst) {
      // A quarter of a named year with no number is the one being reported: the last completed one.
      const n = yearFirstOrdinal ? Number(this.words.lexicon.ordinals.get(yearFirstOrdinal.toLowerCase())) : ((quarterOf(referenceDay(context).month) + 2) % 4) + 1;
      return n >= 1 && n <= 4 ? { type: "DATE", value: `${yearFirst}-Q${n}`, precision: "season", relative: !yearFirstOrdinal, rule: "quarter:year-first" } : null;
    }
    if (fiscalYear) return { type: "DATE", value: fiscalYear, precision: "year", relative: false, rule: "quarter:fiscal-year" };
    const n = Number(this.words.lexicon.ordinals.get((ordinal ?? "").toLowerCase()));
    const kind = (part ?? "").toLowerCase();
    if (!n || (kind === "half" && n > 2) || (kind !== "half" && n > 4)) return null;
    // "the third period" is a quarter only in results talk; elsewhere it is a game period.
    if (kind === "period" && !/quarter|earnings|profit|revenue|sales|loss/i.test(context.text)) return null;
    const explicit = yearText?.match(/\d{4}/)?.[0];
    const year = (explicit ? Number(explicit) : referenceDay(context).year) - (yearAgo ? 1 : 0);
    const value = `${formatYear(year)}-${kind === "half" ? "H" : "Q"}${n}`;
    return { type: "DATE", value, precision: "season", relative: !explicit, rule: `quarter:${yearAgo ? "year-ago-" : ""}${kind}` };
  }
}
