import { eitherGate, wordsGate, type ParserGate } from "../parser-gates.js";
import type { ParsingContext } from "chrono-node";
import { alternationOf } from "../date-lexicon.js";
import { formatDay } from "../calendar.js";
import { referenceDay } from "../compiled-words.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";

/**
 * "now", "currently", "recently", "in recent years", "the future": TIMEX3's PRESENT_REF, PAST_REF
 * and FUTURE_REF. Only the present one has a date (the dateline); the others stay open.
 */
export class VagueReferenceParser extends SitrepParser {
  /** "recent ..." or a vague word of the lexicon. */
  gate(): ParserGate {
    return eitherGate({ anyOf: ["recent"] }, wordsGate(this.words.lexicon.vague.keys()));
  }

  protected source(): string {
    return `(recent)\\s+(?:years|months|weeks|days|decades)|(${alternationOf(this.words.lexicon.vague.keys())})`;
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const word = (match[1] ?? match[2] ?? "").toLowerCase().replace(/\s+/g, " ");
    // "recent years" is a stretch of the past even where "recent" alone is too vague to mark.
    const ref = match[1] ? "PAST_REF" : this.words.lexicon.vague.get(word);
    if (!ref) return null;
    const present = ref === "PRESENT_REF";
    return {
      type: "DATE",
      value: present ? formatDay(referenceDay(context)) : null,
      timexValue: ref,
      precision: "day",
      relative: true,
      rule: `vague:${word}`,
    };
  }
}
