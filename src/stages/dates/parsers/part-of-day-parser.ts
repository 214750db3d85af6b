import { atWordStart, eitherGate, wordsGate, type ParserGate } from "../parser-gates.js";
import type { ParsingContext } from "chrono-node";
import { addDays, formatDay, weekdayOf, type Day } from "../calendar.js";
import { hasFutureCue, referenceDay, WEEKDAYS } from "../compiled-words.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";

/**
 * Parts of a day: "this morning", "Tuesday night", "yesterday afternoon", "tonight", "last night".
 * TIMEX3 TIME with the day and a part code: 2021-10-08TNI.
 */
export class PartOfDayParser extends SitrepParser {
  /** A part of the day of the lexicon, or "night" ("last night", "tonight"). */
  gate(): ParserGate {
    return atWordStart(eitherGate(wordsGate(this.words.lexicon.partsOfDay.keys()), { anyOf: ["night"] }));
  }

  protected source(): string {
    const w = this.words;
    return [
      `(?:(earlier|later|early|late)\\s+)?(this|yesterday|today|tomorrow|${w.weekday})\\s+(${w.partOfDay})`,
      `(last|tomorrow)\\s+(night)`,
      `(tonight)`,
    ].join("|");
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const [, , dayWord, partWord, lastWord, lastPart, tonight] = match;
    const ref = referenceDay(context);
    const word = (dayWord ?? lastWord ?? "today").toLowerCase();
    const part = (partWord ?? lastPart ?? tonight ?? "").toLowerCase();
    const code = this.words.lexicon.partsOfDay.get(part);
    if (!code) return null;
    let day: Day;
    if (word === "this" || word === "today") day = ref;
    else if (word === "yesterday") day = addDays(ref, -1);
    else if (word === "tomorrow") day = addDays(ref, 1);
    else if (word === "last") day = addDays(ref, -1);
    else {
      const target = WEEKDAYS.get(word);
      if (target === undefined) return null;
      const future = hasFutureCue(this.words, context.text, match.index ?? 0, (match.index ?? 0) + match[0].length);
      const back = (weekdayOf(ref) - target + 7) % 7;
      day = future ? addDays(ref, (target - weekdayOf(ref) + 7) % 7) : addDays(ref, -back);
    }
    const date = formatDay(day);
    return { type: "TIME", value: date, timexValue: `${date}T${code}`, precision: "day", relative: true, rule: `part-of-day:${code}` };
  }
}
