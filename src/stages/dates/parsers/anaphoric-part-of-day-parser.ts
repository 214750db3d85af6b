import type { ParsingContext } from "chrono-node";
import { formatDay } from "../calendar.js";
import { referenceDay } from "../compiled-words.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";
import { eitherGate, wordsGate, type ParserGate } from "../parser-gates.js";

/** Rule of a day or part of a day that points back to a day already told (dates-stage.ts anchors it). */
export const ANAPHORIC_DAY_RULE = "part-of-day:anaphoric";

/**
 * A day or a part of one that points back to the day the text is telling: "later in the day", "early
 * in the day", "later that day", "that night", "the same day". Its value is the day of the nearest
 * date told before it (in its sentence, else earlier in the text), found by the stage once every date
 * is known; here, the dateline's day, which news tells of when no other day was named.
 */
export class AnaphoricPartOfDayParser extends SitrepParser {
  protected source(): string {
    const parts = `day|${this.words.partOfDay}`;
    return [
      `(?:earlier|later|early|late)\\s+(?:in\\s+)?(?:the|that)\\s+(${parts})`,
      // "that day" alone is as often any day ("trades made that day"); its parts are the day told.
      `(?:that|the\\s+same)\\s+(${this.words.partOfDay})`,
    ].join("|");
  }

  /** "earlier"/"later"/"early"/"late", or a part of the day: each alternative needs one. */
  gate(): ParserGate {
    return eitherGate({ anyOf: ["earlier", "later", "early", "late"] }, wordsGate(this.words.lexicon.partsOfDay.keys()));
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const part = (match[1] ?? match[2] ?? "").toLowerCase();
    const date = formatDay(referenceDay(context));
    if (part === "day") return { type: "DATE", value: date, precision: "day", relative: true, rule: ANAPHORIC_DAY_RULE };
    const code = this.words.lexicon.partsOfDay.get(part);
    if (!code || part === "tonight") return null;
    return { type: "TIME", value: date, timexValue: `${date}T${code}`, precision: "day", relative: true, rule: ANAPHORIC_DAY_RULE };
  }
}
