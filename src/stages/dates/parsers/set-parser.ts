import type { ParsingContext } from "chrono-node";
import { alternationOf } from "../date-lexicon.js";
import { durationValue, precisionOfUnit, WEEKDAYS } from "../compiled-words.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";
import { atWordStart, eitherGate, wordsGate, type ParserGate } from "../parser-gates.js";

/**
 * Recurring times: "every week", "each year", "daily", "twice a year" (the "a year"), "every
 * Monday". TIMEX3 SET with the period (P1W) or the recurring day (XXXX-WXX-1).
 */
export class SetParser extends SitrepParser {
  protected source(): string {
    const w = this.words;
    return [
      `(?:every|each)\\s+(?:(other)\\s+)?(?:(${w.count})\\s+)?(${w.unit}|${w.weekday})`,
      `(${alternationOf(w.lexicon.sets.keys())})`,
      // "twice a year", "$5 a month", "3% a year": a rate per period.
      `(?<=(?:times|once|twice|\\d|%|percent|million|billion|dollars|cents)\\s+)(?:a|an|per|each)\\s+(${w.unit})`,
    ].join("|");
  }

  /** "every"/"each", a set adverb ("daily"), or the unit of a rate ("twice a year"): each alternative needs one. */
  gate(): ParserGate {
    return atWordStart(eitherGate({ anyOf: ["every", "each"] }, wordsGate(this.words.lexicon.sets.keys()), wordsGate(this.words.lexicon.units.keys())));
  }

  protected normalise(_context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const [, other, countText, unitOrDay, adverb, perUnit] = match;
    if (adverb) {
      const value = this.words.lexicon.sets.get(adverb.toLowerCase());
      if (!value) return null;
      return { type: "SET", value: null, timexValue: value, precision: "day", relative: false, rule: `set:${adverb.toLowerCase()}` };
    }
    const word = (unitOrDay ?? perUnit ?? "").toLowerCase();
    const weekday = WEEKDAYS.get(word);
    if (weekday !== undefined) {
      return { type: "SET", value: null, timexValue: `XXXX-WXX-${weekday === 0 ? 7 : weekday}`, precision: "day", relative: false, rule: "set:weekday" };
    }
    const code = this.words.unitCode(word);
    if (!code) return null;
    const parsed = countText ? this.words.parseCount(countText) : 1;
    const count = parsed === null || parsed === "X" ? 1 : parsed;
    return { type: "SET", value: null, timexValue: durationValue(other ? count * 2 : count, code), precision: precisionOfUnit(code), relative: false, rule: `set:${code}` };
  }
}
