import type { ParsingContext } from "chrono-node";
import { MAX_BARE_YEAR, MIN_BARE_YEAR } from "../heuristics.js";
import type { TimexSpec } from "../timex-spec.js";
import { SitrepParser } from "./sitrep-parser.js";
import type { ParserGate } from "../parser-gates.js";

const SPOKEN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const SPOKEN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const SPOKEN_UNITS = "one|two|three|four|five|six|seven|eight|nine";
const DECADE_WORDS: Record<string, string> = {
  twenties: "2", thirties: "3", forties: "4", fifties: "5", sixties: "6", seventies: "7", eighties: "8", nineties: "9",
};
const CENTURY_ORDINALS: Record<string, number> = {
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, "twenty first": 21,
};

/**
 * Years, seasons of a year, decades and centuries written out: "1998", "the summer of 1998",
 * "spring 2020", "the 1990s", "the '90s", "the nineties", "the 20th century".
 * A bare number is a year only within MIN_BARE_YEAR..MAX_BARE_YEAR and not as an amount
 * ("$2000", "2000 people" is rejected by the stage, which sees the next word's part of speech).
 */
export class YearParser extends SitrepParser {
  protected source(): string {
    const w = this.words;
    return [
      `(?:the\\s+)?(${w.season})(?:\\s+of)?\\s+((?:19|20)\\d\\d)`,
      `(1\\d|20)(\\d)0'?s`,
      `the\\s+'(\\d)0s`,
      `the\\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`,
      `(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century|(?:the\\s+)?(eighteenth|nineteenth|twentieth|twenty[\\s-]first)\\s+century`,
      `(?<![$£€#]|\\d[,.])(\\d{4})(?![,.]\\d|\\s*(?:%|percent|per\\s+cent))`,
      // Spoken years in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
      `(?:the\\s+year\\s+)?(nineteen|twenty)[\\s-](${SPOKEN_TEENS}|(?:${SPOKEN_TENS})(?:[\\s-](?:${SPOKEN_UNITS}))?)`,
      `(?:the\\s+year\\s+)(two\\s+thousand(?:\\s+(?:and\\s+)?(?:${SPOKEN_UNITS}))?)`,
    ].join("|");
  }

  /**
   * A digit (the season, numeric decade, numeric century and bare-year alternatives all hold one: \d
   * without the `u` flag is [0-9]), else a word of the spelled-out alternatives: a decade word, a
   * century ordinal ("eighteenth", "nineteenth", "twentieth", "twenty first"), a spoken year's century
   * ("nineteen", "twenty": "twent" covers both of "twenty" and "twentieth") or "thousand".
   */
  gate(): ParserGate {
    return { orPattern: /[0-9]/, anyOf: [...Object.keys(DECADE_WORDS), "eighteenth", "nineteen", "twent", "thousand"] };
  }

  protected normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null {
    const [, season, seasonYear, decadeCentury, decadeDigit, apostropheDecade, decadeWord, centuryDigits, centuryWord, bare, spokenCentury, spokenRest, twoThousand] = match;
    if (spokenCentury && spokenRest) {
      const rest = this.words.parseCount(spokenRest);
      const century = this.words.parseCount(spokenCentury);
      if (typeof rest !== "number" || typeof century !== "number" || rest < 10) return null;
      return { type: "DATE", value: String(century * 100 + rest), precision: "year", relative: false, rule: "year:spoken" };
    }
    if (twoThousand) {
      const unit = this.words.parseCount(twoThousand.replace(/^two\s+thousand\s*(?:and\s+)?/i, "") || "zero");
      return typeof unit === "number" ? { type: "DATE", value: String(2000 + unit), precision: "year", relative: false, rule: "year:spoken" } : null;
    }
    if (season && seasonYear) {
      const code = this.words.lexicon.seasons.get(season.toLowerCase());
      return code ? { type: "DATE", value: `${seasonYear}-${code}`, precision: "season", relative: false, rule: "year:season" } : null;
    }
    if (decadeCentury && decadeDigit) return { type: "DATE", value: `${decadeCentury}${decadeDigit}`, precision: "decade", relative: false, rule: "year:decade" };
    // "the '90s" and "the nineties" name a decade of the dateline's century.
    const centuryPrefix = String(context.reference.instant.getFullYear()).slice(0, 2);
    if (apostropheDecade) return { type: "DATE", value: `${centuryPrefix === "20" && Number(apostropheDecade) > 2 ? "19" : centuryPrefix}${apostropheDecade}`, precision: "decade", relative: true, rule: "year:decade" };
    if (decadeWord) return { type: "DATE", value: `19${DECADE_WORDS[decadeWord.toLowerCase()]}`, precision: "decade", relative: false, rule: "year:decade-word" };
    const century = centuryDigits ? Number(centuryDigits) : centuryWord ? CENTURY_ORDINALS[centuryWord.toLowerCase().replace(/\s+/, " ")] : undefined;
    if (century) return { type: "DATE", value: String(century - 1).padStart(2, "0"), precision: "decade", relative: false, rule: "year:century" };
    if (bare) {
      const year = Number(bare);
      if (year < MIN_BARE_YEAR || year > MAX_BARE_YEAR) return null;
      return { type: "DATE", value: bare, precision: "year", relative: false, rule: "year:bare" };
    }
    return null;
  }
}
