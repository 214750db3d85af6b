import { describe, expect, it } from "vitest";
import { casual } from "chrono-node/en";
// chrono's dictionaries are not exported by its package map: read from the installed files, so an upgrade that adds a word fails here.
import { MONTH_DICTIONARY, WEEKDAY_DICTIONARY } from "../../node_modules/chrono-node/dist/esm/locales/en/constants.js";
import { CHRONO_PARSER_GATES, MONTH_STEMS, WEEKDAY_STEMS, gateOpen, type ParserGate } from "../../src/stages/dates/parser-gates.js";
import { QUARTER_GATE } from "../../src/stages/dates/parsers/quarter-parser.js";
import { compileWords } from "../../src/stages/dates/compiled-words.js";
import { loadDateLexicon } from "../../src/stages/dates/date-lexicon.js";
import { loadHolidays } from "../../src/stages/dates/holiday-calendar.js";
import { DurationParser } from "../../src/stages/dates/parsers/duration-parser.js";
import { HolidayParser } from "../../src/stages/dates/parsers/holiday-parser.js";
import { OffsetParser } from "../../src/stages/dates/parsers/offset-parser.js";
import { PartOfDayParser } from "../../src/stages/dates/parsers/part-of-day-parser.js";
import { QuarterParser } from "../../src/stages/dates/parsers/quarter-parser.js";
import { RelativePeriodParser } from "../../src/stages/dates/parsers/relative-period-parser.js";
import { VagueReferenceParser } from "../../src/stages/dates/parsers/vague-reference-parser.js";
import { AnaphoricPartOfDayParser } from "../../src/stages/dates/parsers/anaphoric-part-of-day-parser.js";
import { SetParser } from "../../src/stages/dates/parsers/set-parser.js";
import { YearParser } from "../../src/stages/dates/parsers/year-parser.js";

/**
 * Runs the parser's pattern and its gate over every text: the gate must be open wherever the pattern matches
 * (chrono runs the pattern on the text and then on what follows each match, so the gate reads the whole text).
 * Returns how many texts the pattern matched and how many the gate closed on.
 */
function checkGate(parser: { pattern(): RegExp }, gate: ParserGate, texts: readonly string[]): { matched: number; closed: number } {
  let matched = 0;
  let closed = 0;
  for (const text of texts) {
    const found = parser.pattern().exec(text) !== null;
    const open = gateOpen(gate, text);
    if (found) {
      matched++;
      expect(open, text).toBe(true);
    }
    if (!open) closed++;
  }
  return { matched, closed };
}

const context = (text: string) => ({ text, option: {}, refDate: new Date(2021, 9, 10, 12), reference: { instant: new Date(2021, 9, 10, 12) } }) as never;

describe("chrono parser gates (parser-gates.ts)", () => {
  it("cover every month and weekday word of chrono's dictionaries by its three-letter stem", () => {
    for (const key of Object.keys(MONTH_DICTIONARY)) expect(MONTH_STEMS.some((s) => key.toLowerCase().startsWith(s)), key).toBe(true);
    for (const key of Object.keys(WEEKDAY_DICTIONARY)) expect(WEEKDAY_STEMS.some((s) => key.toLowerCase().startsWith(s)), key).toBe(true);
  });

  it("name parsers that chrono's English configuration has, so a renamed parser is not silently left ungated", () => {
    const names = new Set((casual.parsers as object[]).map((p) => p.constructor.name));
    for (const name of CHRONO_PARSER_GATES.keys()) expect(names.has(name), name).toBe(true);
  });

  it("stay open on text each parser matches, in any letter case", () => {
    const matched: Record<string, string[]> = {
      ENMonthNameLittleEndianParser: ["on 5 January 2020", "the 3rd of SEPT. 1999"],
      ENMonthNameMiddleEndianParser: ["Dec 7, 1941", "MAY 4"],
      ENMonthNameParser: ["in March", "Oct. 2020"],
      ENYearMonthNameParser: ["2020 Feb"],
      ENWeekdayParser: ["last Thurs.", "on WEDNESDAY", "this weekend"],
      ENCasualDateParser: ["Tonight", "last  night", "TMRW", "yesterday"],
      ENCasualTimeParser: ["this Morning", "at MIDNIGHT", "noon"],
      ENTimeExpressionParser: ["at 5pm", "10:30"],
      ISOFormatParser: ["2020-05-04"],
      ENYearMonthDayParser: ["2020/5/4"],
      SlashDateFormatParser: ["5/4/2020", "4.5.20"],
      ENSlashMonthFormatParser: ["5/2020"],
    };
    const parsers = new Map((casual.parsers as { constructor: { name: string }; pattern(c: never): RegExp }[]).map((p) => [p.constructor.name, p]));
    for (const [name, texts] of Object.entries(matched)) {
      const gate = CHRONO_PARSER_GATES.get(name)!;
      for (const text of texts) {
        // The sample must be one the parser's own pattern matches, or the check proves nothing.
        expect(parsers.get(name)!.pattern(context(text)).exec(text), `${name}: ${text}`).not.toBeNull();
        expect(gateOpen(gate, text), `${name}: ${text}`).toBe(true);
      }
    }
    expect(gateOpen(QUARTER_GATE, "the Third Quarter of 1998")).toBe(true);
    expect(gateOpen(QUARTER_GATE, "FISCAL 1999")).toBe(true);
  });

  it("close on text without the parser's words, where its pattern finds nothing", () => {
    const parsers = new Map((casual.parsers as { constructor: { name: string }; pattern(c: never): RegExp }[]).map((p) => [p.constructor.name, p]));
    const text = "Gunmen attacked a checkpoint, killing four soldiers and wounding two others, officials said.";
    for (const [name, gate] of CHRONO_PARSER_GATES) {
      expect(gateOpen(gate, text), name).toBe(false);
      expect(parsers.get(name)!.pattern(context(text)).exec(text), name).toBeNull();
    }
  });

  it("of sitrep's own parsers stay open on text each matches, and close where it finds nothing", () => {
    const words = compileWords(loadDateLexicon());
    const samples: [{ gate(): ParserGate; pattern(): RegExp }, string[]][] = [
      [new DurationParser(words), ["for three DAYS", "the past week", "for years", "24 hours"]],
      [new OffsetParser(words), ["two days AGO", "a year earlier", "three weeks from now"]],
      [new VagueReferenceParser(words), ["in Recent years"]],
      [new HolidayParser(words, loadHolidays()), ["on Christmas Day"]],
      [new PartOfDayParser(words), ["Friday NIGHT", "tonight", "this morning"]],
      [new RelativePeriodParser(words), ["last week", "the summer", "next March", "year-end", "earlier in the year"]],
      [new QuarterParser(words), ["the third quarter", "fiscal 1999"]],
      [new AnaphoricPartOfDayParser(words), ["later that DAY", "Early in the day", "that night", "the same Morning"]],
      [new SetParser(words), ["every Monday", "each other week", "DAILY", "twice a year", "$5 per month"]],
      [new YearParser(words), ["in 1998", "the summer of 2003", "the 1990s", "the '90s", "the NINETIES", "the 20th century", "the Twenty-First century", "the eighteenth century", "nineteen ninety-six", "the year two thousand and one"]],
    ];
    const none = "Gunmen attacked a checkpoint, killing four soldiers and wounding two others, officials said.";
    for (const [parser, texts] of samples) {
      const gate = parser.gate();
      expect(gate.anyOf ?? gate.pattern ?? gate.allOfOne, parser.constructor.name).toBeDefined();
      for (const text of texts) {
        expect(parser.pattern().exec(text), `${parser.constructor.name}: ${text}`).not.toBeNull();
        expect(gateOpen(gate, text), `${parser.constructor.name}: ${text}`).toBe(true);
      }
      // The vague words include common ones ("now" is one): that gate stays open on most text.
      if (parser instanceof VagueReferenceParser) continue;
      expect(gateOpen(gate, none), parser.constructor.name).toBe(false);
      expect(parser.pattern().exec(none), parser.constructor.name).toBeNull();
    }
  });

  it("answer for each text as a search of its lower-cased form for every word would, texts read in turn and again", () => {
    // The runs of three characters are kept for the last text only: a text read again after others, a word
    // that is a text's prefix or suffix, shorter than three characters, or only in another case, must not
    // change the answer (parser-gates.ts, mayHold).
    const gate: ParserGate = { anyOf: ["may", "sept", "night", "ago", "no", "weekend", "ramadan"] };
    const texts = ["In May 2020", "dismayed", "MIDNIGHT raid", "two days AGO", "no", "on", "", "se", "a weekend", "Ramadan", "the week end", "In May 2020", "Ramada", "mayo", "s ept"];
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        const lower = text.toLowerCase();
        expect(gateOpen(gate, text), text).toBe(gate.anyOf!.some((w) => lower.includes(w)));
      }
    }
  });

  it("that read only words that open a word hold back no text their parser matches in, over varied texts (wordStart)", () => {
    // Each sample run on to the letters before it ("onmonday", "showed"), after a digit, an underscore, a capital,
    // a letter lower-casing to an ASCII one (the Kelvin sign) or to two characters ("İ"), and cut at every place.
    const befores = ["", "on", "On ", "this", "THIS ", "last", "past ", "next", "in", "In ", "sho", "amo", "k", "\u212a", "\u0130", "5", "_", "(", ", ", "\n", "mid-", "x-", "the ", "a ", "for ", "'", "’"];
    const afters = ["", ".", ",", " 5", " of 2020", " the army said", "-long", "s", "x", ":30"];
    const textsOf = (phrases: readonly string[]) => {
      const texts: string[] = [];
      for (const phrase of phrases) {
        for (const before of befores) for (const after of afters) texts.push(`${before}${phrase}${after}`, `${before}${phrase.toUpperCase()}${after}`);
        for (let i = 0; i < phrase.length; i++) texts.push(phrase.slice(i), phrase.slice(0, i), phrase.slice(0, i) + phrase.slice(i + 1));
      }
      return texts;
    };
    const chronoParsers = new Map((casual.parsers as { constructor: { name: string }; pattern(c: never): RegExp }[]).map((p) => [p.constructor.name, p]));
    const chronoSamples: Record<string, string[]> = {
      ENMonthNameMiddleEndianParser: ["Dec 7, 1941", "MAY 4", "sept 5-7", "Jan/5/2020", "march 3rd"],
      ENMonthNameParser: ["in March", "Oct. 2020", "inmay", "in  June of 1999", "December"],
      ENWeekdayParser: ["last Thurs.", "on WEDNESDAY", "this weekend", "onmonday", "nextfriday", "weekday", "(Sun)", "Tuesday this week"],
      ENCasualDateParser: ["Tonight", "last  night", "lastnight", "TMRW", "yesterday", "now", "overmorrow", "today"],
      ENCasualTimeParser: ["this Morning", "at MIDNIGHT", "noon", "thisevening", "midday", "afternoon"],
    };
    let matched = 0;
    let closed = 0;
    for (const [name, phrases] of Object.entries(chronoSamples)) {
      const gate = CHRONO_PARSER_GATES.get(name)!;
      expect(gate.wordStart, name).toBeDefined();
      const parser = chronoParsers.get(name)!;
      const counts = checkGate({ pattern: () => parser.pattern(context("")) }, gate, textsOf(phrases));
      matched += counts.matched;
      closed += counts.closed;
    }
    const words = compileWords(loadDateLexicon());
    const sitrepSamples: [{ gate(): ParserGate; pattern(): RegExp }, string[]][] = [
      [new DurationParser(words), ["for three DAYS", "the past week", "for years", "24 hours", "a five-year", "decades-long", "over weeks", "the last decade", "two-hour"]],
      [new OffsetParser(words), ["two days AGO", "a year earlier", "three weeks from now", "year-ago", "five years hence", "a week before now"]],
      [new PartOfDayParser(words), ["Friday NIGHT", "tonight", "this morning", "last night", "later this evening"]],
      [new RelativePeriodParser(words), ["last week", "the summer", "next March", "year-end", "earlier in the year", "the weekend", "the latest quarter", "the year-ago period", "the end of the month"]],
      [new SetParser(words), ["every Monday", "each other week", "DAILY", "twice a year", "$5 per month", "3% a year", "every two hours"]],
    ];
    for (const [parser, phrases] of sitrepSamples) {
      expect(parser.gate().wordStart, parser.constructor.name).toBe("");
      const counts = checkGate(parser, parser.gate(), textsOf(phrases));
      matched += counts.matched;
      closed += counts.closed;
    }
    // The samples must exercise both sides: texts the patterns match, and texts the gates close on.
    expect(matched).toBeGreaterThan(2000);
    expect(closed).toBeGreaterThan(1000);
  });

  it("that read only words that open a word close where the words sit inside others", () => {
    const text = "He showed among the known, with boyfriends in Africa, that the common summary followed.";
    for (const name of ["ENWeekdayParser", "ENCasualDateParser", "ENMonthNameMiddleEndianParser"]) {
      const gate = CHRONO_PARSER_GATES.get(name)!;
      // Open as a search of the lower-cased text for the words alone would be ("wed" in "showed", "now" in "known", "mon" in "among").
      expect(gateOpen({ anyOf: gate.anyOf }, text), name).toBe(true);
      expect(gateOpen(gate, text), name).toBe(false);
    }
    const durations = new DurationParser(compileWords(loadDateLexicon())).gate();
    expect(gateOpen({ anyOf: durations.anyOf }, "Today the biweekly newsletter came out")).toBe(true);
    expect(gateOpen(durations, "Today the biweekly newsletter came out")).toBe(false);
  });

  it("of the year parser hold back no text its pattern matches in, over varied texts (a digit, or a spelled-out year's word)", () => {
    const parser = new YearParser(compileWords(loadDateLexicon()));
    const gate = parser.gate();
    const phrases = [
      "1998", "the summer of 2003", "Spring 2020", "the winter 1999", "the 1990s", "the 1800's", "the '90s", "the twenties", "THE SIXTIES",
      "the Eighties", "the 20th century", "the 1st century", "the eighteenth century", "the nineteenth  century", "the twentieth century",
      "the twenty-first century", "the Twenty First Century", "nineteen ninety-six", "Twenty twenty", "nineteen-eighty four", "twenty ten",
      "the year nineteen fifty", "the year two thousand", "the year Two Thousand and five", "the year two thousand three", "mid-1990s",
      "late-nineties", "$2000", "2000 people", "3,2000", "2000 percent", "plenty of years", "a thousand men", "the twenty-two dead",
      "nineteen soldiers", "ninety-six", "the fifty", "thousands", "centuries ago", "the century", "the first century", "in the 'nineties",
    ];
    const fillers = ["", "Rebels said ", "In ", "(", "the attack, ", "ONE ", "\n"];
    const texts: string[] = [];
    for (const phrase of phrases) {
      for (const before of fillers) for (const after of ["", ".", " the army said", ",", "-x"]) texts.push(`${before}${phrase}${after}`);
      texts.push(phrase.toUpperCase(), phrase.toLowerCase());
      for (let i = 0; i < phrase.length; i++) texts.push(phrase.slice(i), phrase.slice(0, i));
    }
    const { matched, closed } = checkGate(parser, gate, texts);
    // The samples must exercise both sides: texts the pattern matches, and texts the gate closes on.
    expect(matched).toBeGreaterThan(200);
    expect(closed).toBeGreaterThan(100);
  });

  it("of the holiday parser hold back no text its pattern matches in, over varied texts (every word of one holiday's name)", () => {
    const holidays = loadHolidays();
    const parser = new HolidayParser(compileWords(loadDateLexicon()), holidays);
    const gate = parser.gate();
    expect(gate.allOfOne).toBeDefined();
    const names = holidays.flatMap((h) => h.names);
    // Each name as written, with other spaces between its words (\s+ takes tabs, line breaks, no-break spaces),
    // the typographic apostrophe, and in other cases; then words that open a first-word gate without a name.
    const phrases: string[] = [];
    for (const name of names) {
      phrases.push(name, name.toUpperCase(), name.toLowerCase(), name.replace(/ /g, "  "), name.replace(/ /g, "\n"), name.replace(/ /g, "\t "), name.replace(/ /g, "\u00a0"), name.replace(/'/g, "\u2019"));
      phrases.push(`last ${name}`, `next ${name}, 2019`, `this ${name} 2020`, `${name}s`, `mid-${name}`, `${name.replace(/ /g, "-")}`);
    }
    phrases.push("the new government", "it may rain", "good news on Monday", "in the New  York office", "the Fourth Estate", "July 4", "a labor dispute",
      "Martin Luther", "the eastern front", "a day in May", "Years of new", "Christ", "veterans affairs", "the memorial service", "Presidents' Club");
    const fillers = ["", "Rebels said ", "On ", "(", "the attack, ", "NEW ", "\n"];
    const texts: string[] = [];
    for (const phrase of phrases) {
      for (const before of fillers) for (const after of ["", ".", " the army said", ",", "-x", "'s"]) texts.push(`${before}${phrase}${after}`);
      for (let i = 0; i < phrase.length; i++) texts.push(phrase.slice(i), phrase.slice(0, i), phrase.slice(0, i) + phrase.slice(i + 1));
    }
    const { matched, closed } = checkGate(parser, gate, texts);
    // The samples must exercise both sides: texts the pattern matches, and texts the gate closes on.
    expect(matched).toBeGreaterThan(500);
    expect(closed).toBeGreaterThan(500);
  });
});
