import type * as chrono from "chrono-node";
// The English locale alone: the package index also builds the parsers of 15 other languages at import
// (~0.18 s of CPU at every start, measured with `node --cpu-prof`); `casual` is the same object.
import { casual } from "chrono-node/en";
import type { Day } from "./calendar.js";
import { compileWords, type CompiledWords } from "./compiled-words.js";
import type { DateLexicon } from "./date-lexicon.js";
import { normaliseResult, type DateMatch } from "./normalise-result.js";
import type { Holiday } from "./holiday-calendar.js";
import { DurationParser } from "./parsers/duration-parser.js";
import { HolidayParser } from "./parsers/holiday-parser.js";
import { OffsetParser } from "./parsers/offset-parser.js";
import { PartOfDayParser } from "./parsers/part-of-day-parser.js";
import { AnaphoricPartOfDayParser } from "./parsers/anaphoric-part-of-day-parser.js";
import { QuarterParser } from "./parsers/quarter-parser.js";
import type { SitrepParser } from "./parsers/sitrep-parser.js";
import { CHRONO_PARSER_GATES, gated } from "./parser-gates.js";
import { RelativePeriodParser } from "./parsers/relative-period-parser.js";
import { SetParser } from "./parsers/set-parser.js";
import { VagueReferenceParser } from "./parsers/vague-reference-parser.js";
import { YearParser } from "./parsers/year-parser.js";
import { PastLeaningRefiner } from "./refiners/past-leaning-refiner.js";
import { QualifierRefiner } from "./refiners/qualifier-refiner.js";
import { BareNumberTimeRefiner } from "./refiners/bare-number-time-refiner.js";
import { PartOfDayOfDateRefiner } from "./refiners/part-of-day-of-date-refiner.js";
import { hasSpec } from "./timex-spec.js";
import { compilePattern } from "../../lexicons/compile-pattern.js";

/** Finds and normalises the temporal expressions of one piece of text against a dateline. */
export interface DateTagger {
  readonly words: CompiledWords;
  /** A cheap test: does the text hold any word a date expression could start with? */
  mayContainDate(text: string): boolean;
  tag(text: string, dateline: Day | null): DateMatch[];
}

/**
 * chrono parsers that sitrep replaces: "within two days" and "the past two weeks" are lengths of
 * time in news (TIMEX3 DURATION), not dates; "this/last/next week|month|year" get week, month and
 * year precision from RelativePeriodParser instead of chrono's single day.
 */
const REPLACED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENRelativeDateFormatParser",
  // "three days later", "the day before": counted from an event, not from the dateline; TimeML marks
  // the length ("three days", DURATION), which DurationParser finds. "ago" is OffsetParser's.
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  // "the end of November" is November with a late qualifier (QualifierRefiner), not its last day.
  "ENEndOfCurrentMonthParser",
]);
/** "from Monday to Friday" stays two expressions, as TimeML marks them. */
const DROPPED_REFINERS = new Set(["ENMergeDateRangeRefiner", "ENEndOfPeriodRefiner"]);

/** When no dateline is given, relative expressions are parsed against this day, then their values dropped. */
const PLACEHOLDER_DATELINE: Day = { year: 2000, month: 6, day: 15 };

/**
 * chrono's refiners see only chrono's own results: its filters drop any bare number ("1998"), and
 * its merge refiners would glue a sitrep result, whose components are all implied, to a neighbour
 * ("the end of the year, three days"). Overlap removal still weighs both kinds against each other.
 */
function sparingSitrepResults(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const mine = results.filter(hasSpec);
      if (mine.length === 0) return filter.refine(context, results);
      const kept = filter.refine(context, results.filter((r) => !hasSpec(r)));
      return [...kept, ...mine].sort((a, b) => a.index - b.index);
    },
  };
}

export function createDateTagger(lexicon: DateLexicon, holidays: readonly Holiday[] = []): DateTagger {
  const words = compileWords(lexicon);
  const engine = casual.clone();
  // chrono's parsers that need a word or a digit run only where it is (parser-gates.ts): the same results.
  engine.parsers = engine.parsers.filter((p) => !REPLACED_PARSERS.has(p.constructor.name)).map((p) => {
    const gate = CHRONO_PARSER_GATES.get(p.constructor.name);
    return gate ? gated(p, gate) : p;
  });
  // sitrep's parsers go first: on a tie in span length chrono keeps the earlier parser's result.
  const mine: SitrepParser[] = [
    new PartOfDayParser(words),
    new AnaphoricPartOfDayParser(words),
    new HolidayParser(words, holidays),
    new OffsetParser(words),
    new RelativePeriodParser(words),
    new QuarterParser(words),
    new DurationParser(words),
    new SetParser(words),
    new YearParser(words),
    new VagueReferenceParser(words),
  ];
  // Each runs only where the words its pattern needs are (parser-gates.ts, SitrepParser.gate). Their
  // patterns are built here, not on a first open gate, so every one is built whatever the text (and
  // checked as built: test/redos).
  for (const p of mine) p.pattern();
  engine.parsers.unshift(...mine.map((p) => gated(p, p.gate())));

  engine.refiners = engine.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name)).map((r) => (r.constructor.name === "OverlapRemovalRefiner" ? r : sparingSitrepResults(r)));
  // Before chrono's date-time merges, which would keep the bare part of a day's day (part-of-day-of-date-refiner.ts).
  engine.refiners.unshift(new PartOfDayOfDateRefiner());
  // Before the merges too: a count read as a clock time ("wounded 20 on Monday") would take the weekday with it.
  engine.refiners.unshift(new BareNumberTimeRefiner());
  // After chrono's overlap removal and merges: first extend over qualifiers, then pick past or future.
  engine.refiners.push(new QualifierRefiner(words), new PastLeaningRefiner(words));

  // Digits alone ("60 people") are no reason to run chrono: a year, a clock time, a slash or
  // ordinal date, or a unit word must be there too. Two regexes rather than one alternation of both:
  // each is linear and recheck proves it, while it misjudges their union (test/redos).
  const digitTrigger = compilePattern(`(?:1\\d|20)\\d\\d|\\d\\s*(?:[:/]\\s*\\d|[ap]\\.?m\\b|o'clock)|\\d(?:st|nd|rd|th)\\b|'\\d0s`, "i", "dates: trigger digits");
  const wordTrigger = compilePattern(
    `\\b(?:nineteen|two\\s+thousand|${words.month}|${words.weekday}|${words.unit}|${words.season}|${words.partOfDay}|${[...lexicon.vague.keys(), ...lexicon.sets.keys()].map((w) => w.replace(/\s+/g, "\\s+")).join("|")}|today|tonight|tomorrow|yesterday|noon|midnight|weekend|fiscal|quarter|half|${holidays.map((h) => h.names[0]!.split(/[\s']/)[0]).join("|")}|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`,
    "i",
    "dates: trigger words",
  );

  return {
    words,
    mayContainDate: (text) => digitTrigger.test(text) || wordTrigger.test(text),
    tag(text, dateline) {
      const day = dateline ?? PLACEHOLDER_DATELINE;
      // Local noon, as chrono expects; the year is set on its own (the Date constructor reads 0-99 as 19xx).
      const reference = new Date(2000, day.month - 1, day.day, 12);
      reference.setFullYear(day.year, day.month - 1, day.day);
      const out: DateMatch[] = [];
      for (const result of engine.parse(text, reference)) {
        const match = normaliseResult(result as chrono.ParsingResult, dateline !== null);
        if (match) out.push(match);
      }
      return out;
    },
  };
}
