import type { ParsingResult } from "chrono-node";
import type { DateData } from "../../core/layers.js";
import { formatDay, formatMonth, formatYear } from "./calendar.js";
import { RELATIVE_TAG } from "./refiners/past-leaning-refiner.js";
import { readQualifier } from "./refiners/qualifier-refiner.js";
import { hasSpec, readSpec, type TimexSpec } from "./timex-spec.js";

/** One normalised expression found in a piece of text, with offsets into that text. */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly data: DateData;
  readonly rule: string;
  /** A clock time whose day the text did not state ("at 7 p.m."): the sentence's day may be its day. */
  readonly dayUnstated?: boolean;
}

/** Words chrono keeps in front of a date that TimeML (and sitrep) leave out of the span. */
const LEADING_FUNCTION_WORDS = /^(?:[,(]\s*)?(?:(?:on|in|at(?!\s+(?:least|most)\b)|by|from|since|until|till|during|of|for)\s+)+/i;
// The look-behind starts the match only at the run's first character: linear on a long run.
const TRAILING_PUNCTUATION = /(?<![\s,.;:)])[\s,.;:)]+$/;
const ABBREVIATION_DOT = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|[ap]\.m)\.$/i;

/** A year or a comma, then a bare number of one or two digits at the end: the year (group 1) stays, the comma and the number go. */
const DATE_THEN_COUNT = /(\d{4}),?\s+\d{1,2}$|(?<=\S),\s+\d{1,2}$/;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Turns a chrono result into sitrep's date data: sitrep's own parsers carry a full spec; for
 * chrono's own parsers the precision comes from which components the text stated (chrono's
 * "known" values), never from the implied ones.
 */
export function normaliseResult(result: ParsingResult, hasDateline: boolean): DateMatch | null {
  let text = result.text;
  let start = result.index;
  const lead = LEADING_FUNCTION_WORDS.exec(text);
  if (lead && lead[0].length < text.length) { start += lead[0].length; text = text.slice(lead[0].length); }
  const trail = TRAILING_PUNCTUATION.exec(text);
  if (trail && !(trail[0] === "." && ABBREVIATION_DOT.test(text))) text = text.slice(0, text.length - trail[0].length);
  if (!text) return null;

  // "In mid-September, 30 people died": chrono reads "September, 30" as a day; the comma says it is a month.
  const monthThenCount = /^(.*[A-Za-z.]),\s*\d{1,2}$/.exec(text);
  if (monthThenCount && !hasSpec(result) && /MiddleEndian/.test([...result.tags()].join(" "))) {
    text = monthThenCount[1]!;
    const c = result.start;
    const spec: TimexSpec = { type: "DATE", value: formatMonth(c.get("year") ?? 0, c.get("month") ?? 1), precision: "month", relative: !c.isCertain("year") || result.start.tags().has(RELATIVE_TAG), rule: "chrono:month-before-comma" };
    return finish(result, start, text, spec, hasDateline);
  }
  // "On 4 May 2020, 15 militants were killed": chrono reads the count after the year as a clock hour
  // ("15:00"), and a clock time with no colon or am/pm is then refused whole. A bare number after a
  // year or a comma counts something: the date ends before it.
  const count = DATE_THEN_COUNT.exec(text);
  if (count && !hasSpec(result) && result.start.isCertain("hour") && result.start.isCertain("day")) {
    text = text.slice(0, count.index + (count[1]?.length ?? 0));
    const c = result.start;
    const relative = !c.isCertain("year") || c.tags().has(RELATIVE_TAG);
    const spec: TimexSpec = { type: "DATE", value: formatDay({ year: c.get("year") ?? 0, month: c.get("month") ?? 1, day: c.get("day") ?? 1 }), precision: "day", relative, rule: "chrono:date-before-count" };
    return finish(result, start, text, spec, hasDateline);
  }
  const spec = readSpec(result) ?? specOfChronoResult(result);
  if (!spec) return null;
  return finish(result, start, text, spec, hasDateline);
}

function finish(result: ParsingResult, start: number, text: string, spec: TimexSpec, hasDateline: boolean): DateMatch {
  const qualifier = readQualifier(result) ?? spec.qualifier;
  const unresolved = spec.relative && !hasDateline;
  const timexValue = timexValueOf(spec, unresolved);
  const data: DateData = {
    text,
    value: unresolved ? null : spec.value,
    precision: spec.precision,
    ...(qualifier ? { qualifier } : {}),
    relative: spec.relative,
    timexType: spec.type,
    ...(timexValue ? { timexValue } : {}),
  };
  const dayUnstated = spec.type === "TIME" && !hasSpec(result) && !result.start.isCertain("day") && !result.start.isCertain("weekday");
  return { start, end: start + text.length, data, rule: spec.rule, ...(dayUnstated ? { dayUnstated } : {}) };
}

function timexValueOf(spec: TimexSpec, unresolved: boolean): string | undefined {
  const own = spec.timexValue ?? spec.value ?? undefined;
  if (!unresolved) return own;
  // Without a dateline only values that do not depend on it survive: lengths, periods and the *_REF words.
  return spec.type === "DURATION" || spec.type === "SET" || own?.endsWith("_REF") ? own : undefined;
}

/** chrono's tags of the parts of a day, which only imply an hour (its casualReferences). */
const PART_OF_DAY_TAGS = new Set(["casualReference/morning", "casualReference/afternoon", "casualReference/evening", "casualReference/noon"]);

function specOfChronoResult(result: ParsingResult): TimexSpec | null {
  const c = result.start;
  const tags = c.tags();
  // chrono's parts of a day ("morning") set no day of their own: merged with a written date ("4 May
  // 2020 morning") the result is as absolute as that date, and its certain year says so below.
  const relative = tags.has(RELATIVE_TAG) || tags.has("result/relativeDate") || [...tags].some((t) => t.startsWith("casualReference/") && !PART_OF_DAY_TAGS.has(t)) || !c.isCertain("year");
  const parser = [...tags].find((t) => t.startsWith("parser/"))?.slice(7) ?? (c.isCertain("weekday") ? "weekday" : "merged");
  const rule = `chrono:${parser}${tags.has(RELATIVE_TAG) ? "+past-leaning" : ""}`;
  const year = c.get("year") ?? 0;
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  const dayText = formatDay({ year, month, day });
  if (tags.has("casualReference/now")) return { type: "DATE", value: dayText, timexValue: "PRESENT_REF", precision: "day", relative: true, rule };
  if (c.isCertain("hour")) {
    const hm = `${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;
    return { type: "TIME", value: dayText, timexValue: `${dayText}T${hm}`, precision: "time", relative: relative || !c.isCertain("day"), rule };
  }
  if (c.isCertain("day") || c.isCertain("weekday")) return { type: "DATE", value: dayText, precision: "day", relative, rule };
  if (c.isCertain("month")) return { type: "DATE", value: formatMonth(year, month), precision: "month", relative, rule };
  if (c.isCertain("year")) return { type: "DATE", value: formatYear(year), precision: "year", relative, rule };
  return null;
}
