import { atWordStart, eitherGate, wordsGate, type ParserGate } from "../parser-gates.js";
import type { ParsingContext } from "chrono-node";
import { durationValue, precisionOfUnit } from "../compiled-words.js";
import { MAX_COUNT_OF_LONG_UNITS, MAX_COUNT_OF_SHORT_UNITS } from "../heuristics.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";

const MODIFIER = `(?:(?:about|almost|nearly|roughly|approximately|some|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|no\\s+more\\s+than|up\\s+to|just|only)\\s+)?`;
/** "the" belongs to the span ("the nine months", "the past two months") except before an adjective: "the two-week delay" is marked from the number on, as TimeBank does. */
const SPAN_WORD = `(?:the\\s+(?![\\w.]+-))?(?:(?:past|last|next|previous|coming|first|final|latest|following|preceding)\\s+)?`;
/** Words before a number-less "a year" that make it a length of time ("for a year", "nearly a year"). */
const BARE_UNIT_CUE = /(?:for|over|during|within|after|in|nearly|almost|about|than|least|lasted|last|takes?|took|spent|spend|than)\s+$/i;

/**
 * Lengths of time: "two days", "the past two months", "the first nine months", "a five-year
 * plan", "24 hours", "more than a decade", "for years", "the past week". TIMEX3 DURATION with
 * values P2D, P2M, P9M, P5Y, PT24H, P10Y, PXY, P1W.
 */
export class DurationParser extends SitrepParser {
  /** Every alternative names a unit of the lexicon or one of the bare plurals of the third. */
  gate(): ParserGate {
    return atWordStart(eitherGate(wordsGate(this.words.lexicon.units.keys()), { anyOf: ["years", "months", "weeks", "days", "decades", "hours", "centuries"] }));
  }

  protected source(): string {
    const w = this.words;
    return [
      // counted: "the past two months", "24 hours", "a five-year", "two-year"
      `${MODIFIER}${SPAN_WORD}(${w.count})[\\s-](${w.unit})`,
      // "the past week", "the last decade", "the coming year"
      `(the\\s+(?:past|last|previous|coming|next|following|preceding)\\s+)(${w.unit})`,
      // "for years", "in decades", "decades-long"
      `(?<=(?:for|in|over|within|after)\\s+)(years|months|weeks|days|decades|hours|centuries)|(years|decades|months)(?=-long)`,
    ].join("|");
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const [, countText, unitWord, spanWord, spanUnit, bareUnit, longUnit] = match;
    let count: number | "X" | null;
    let unit: string | undefined;
    if (countText && unitWord) {
      count = this.words.parseCount(countText);
      unit = unitWord;
      if (/^an?$/i.test(countText.trim()) && !/\b(past|last|next|previous|coming|first|final|latest|following|preceding)\s/i.test(match[0])) {
        const before = context.text.slice(0, match.index ?? 0);
        const modified = match[0].trim().toLowerCase() !== `${countText} ${unitWord}`.toLowerCase();
        const after = context.text.slice((match.index ?? 0) + match[0].length);
        if (!modified && !BARE_UNIT_CUE.test(before) && !/^\s+(?:later|after|before)\b/i.test(after)) return null;
      }
    } else if (spanWord && spanUnit) {
      count = 1;
      unit = spanUnit;
    } else {
      count = "X";
      unit = bareUnit ?? longUnit;
    }
    const code = unit ? this.words.unitCode(unit) : undefined;
    if (count === null || !code) return null;
    // "a second attack", "one second term": the ordinal, not the unit.
    if (code === "S" && /^second$/i.test(unit ?? "") && /^\s+(?!(?:of|or|and|to|in|later|after|before|ago|earlier|longer)\b)[a-z]/.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
    // "three-quarters of the vote", "a quarter of the city": fractions, not quarters of a year.
    if (code === "Q" && (/-quarters$/i.test(match[0]) || /^\s+of\b/i.test(context.text.slice((match.index ?? 0) + match[0].length)))) return null;
    // "the 1988 second quarter": a year, not 1988 seconds.
    if (typeof count === "number" && count > MAX_COUNT_OF_LONG_UNITS && !["S", "MIN", "H", "D"].includes(code)) return null;
    if (typeof count === "number" && /^(?:19|20)\d\d$/.test(String(count)) && ["S", "MIN"].includes(code)) return null;
    if (count !== "X" && (count <= 0 || count > MAX_COUNT_OF_SHORT_UNITS)) return null;
    // Decades and centuries are written in years, as TimeBank does ("two decades" is P20Y).
    const value =
      code === "DE" ? (count === "X" ? "PXDE" : `P${count * 10}Y`)
      : code === "CE" ? (count === "X" ? "PXCE" : `P${count * 100}Y`)
      : code === "Q" && count !== "X" ? `P${count}Q`
      : durationValue(count, code);
    return { type: "DURATION", value: null, timexValue: value, precision: precisionOfUnit(code), relative: false, rule: `duration:${code}` };
  }
}
