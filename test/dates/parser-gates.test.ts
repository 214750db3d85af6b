import { describe, expect, it } from "vitest";
import { casual } from "chrono-node/en";
// chrono's dictionaries are not exported by its package map: read from the installed files, so an upgrade that adds a word fails here.
import { MONTH_DICTIONARY, WEEKDAY_DICTIONARY } from "../../node_modules/chrono-node/dist/esm/locales/en/constants.js";
import { CHRONO_PARSER_GATES, MONTH_STEMS, WEEKDAY_STEMS, gateOpen } from "../../src/stages/dates/parser-gates.js";
import { QUARTER_GATE } from "../../src/stages/dates/parsers/quarter-parser.js";

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
});
