import type { ParsingContext } from "chrono-node";
import { alternationOf } from "../date-lexicon.js";
import { formatYear } from "../calendar.js";
import { referenceDay } from "../compiled-words.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";

/**
 * Parts of a (fiscal) year as business news names them: "the third quarter", "third-quarter",
 * "the fourth quarter of 1998", "the first half", "fiscal 1999". Values 1998-Q3, 1998-H1, 1999.
 */
export class QuarterParser extends SitrepParser {
  protected source(): string {
    const ordinals = alternationOf(this.words.lexicon.ordinals.keys());
    return [
      `(?:the\\s+)?(?:(year-ago|year-earlier|prior-year|previous-year)\\s+)?(${ordinals})[\\s-](quarter|half|period)(?:\\s+(?:of\\s+)?((?:fiscal\\s+)?(?:19|20)\\d\\d))?`,
      `(?:fiscal|calendar)(?:\\s+year)?\\s+((?:19|20)\\d\\d)`,
    ].join("|");
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const [, yearAgo, ordinal, part, yearText, fiscalYear] = match;
    if (fiscalYear) return { type: "DATE", value: fiscalYear, precision: "year", relative: false, rule: "quarter:fiscal-year" };
    const n = Number(this.words.lexicon.ordinals.get((ordinal ?? "").toLowerCase()));
    const kind = (part ?? "").toLowerCase();
    if (!n || (kind === "half" && n > 2) || (kind !== "half" && n > 4)) return null;
    // "the third period" is a quarter only in results talk; elsewhere it is a game period.
    if (kind === "period" && !/quarter|earnings|profit|revenue|sales|loss/i.test(context.text)) return null;
    const explicit = yearText?.match(/\d{4}/)?.[0];
    const year = (explicit ? Number(explicit) : referenceDay(context).year) - (yearAgo ? 1 : 0);
    const value = `${formatYear(year)}-${kind === "half" ? "H" : "Q"}${n}`;
    return { type: "DATE", value, precision: "season", relative: !explicit, rule: `quarter:${kind}` };
  }
}
