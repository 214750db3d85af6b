import { findSpanAt, type LayerAnnotation, type Span } from "../../core/index.js";
import { addDays, formatDay, makeDay, parseIsoDay, weekdayOf } from "./calendar.js";
import { WEEKDAYS } from "./compiled-words.js";

type DateAnnotation = LayerAnnotation<"date">;

/** What may stand between a weekday and the calendar day that names it: "Sunday (16 February)", "Sunday, 16 February". */
const BETWEEN_WEEKDAY_AND_DAY = /^\s{0,2}[(,\u2013\u2014-]?\s{0,2}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years back a written day's year is moved to agree with the weekday named with it ("Wednesday (April 4th)" filed years later: 6). */
const YEARS_BACK = 6;

/**
 * "In the early hours of Sunday (16 February)": the tagger reads the weekday and the bracketed day apart, the
 * weekday as the one nearest the dateline (weeks off when the story is filed later). A weekday followed at once by
 * a calendar day of its own is that day: the weekday takes the day's value (an explicit date wins, issue 6). When
 * the day's year was not written and that day does not fall on the weekday, the latest earlier year in which it
 * does is the year meant ("Wednesday (April 4th)" in a story filed in 2021 is 4 April 2018); both take it.
 * Dates in text order; each is compared with the next one only.
 */
export function weekdaysNamedByDay(dates: readonly DateAnnotation[], text: string): DateAnnotation[] {
  const out = [...dates];
  for (let k = 0; k + 1 < out.length; k++) {
    const d = out[k]!, next = out[k + 1]!;
    const ymd = next.data.value ? ISO_DAY.exec(next.data.value) : null;
    const dayText = text.slice(next.start, next.end);
    // The next date must write its day as a number ("16 February"), not be a word of its own ("yesterday").
    if (!d.source.rule.includes("weekday") || next.data.precision !== "day" || !ymd || !/\d/.test(dayText)) continue;
    if (!BETWEEN_WEEKDAY_AND_DAY.test(text.slice(d.end, next.start))) continue;
    const named = WEEKDAYS.get(text.slice(d.start, d.end).trim().toLowerCase().replace(/[^a-z]/g, ""));
    let value = next.data.value!;
    if (named !== undefined && !/\d{4}/.test(dayText)) {
      const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
      for (let y = year; y >= year - YEARS_BACK; y--) {
        if (weekdayOf(makeDay(y, month, day)) === named) { value = formatDay(makeDay(y, month, day)); break; }
      }
    }
    if (value !== next.data.value) out[k + 1] = withValue(next, value, "+weekday-year");
    if (value !== d.data.value) out[k] = withValue(d, value, "+named-day");
  }
  return out;
}

/**
 * "On 13 May 2024, the death toll from Friday's attack rose to 25": a weekday leaning to the past, in a sentence that
 * wrote an explicit calendar day before it, is the latest such weekday on or before that day (10 May), not the one
 * before the dateline: the sentence tells its time from the day it wrote. Dates in text order, in `sentences` (the
 * sentence layer).
 */
export function weekdaysFromToldDay(dates: readonly DateAnnotation[], text: string, sentences: readonly Span[]): DateAnnotation[] {
  let out: DateAnnotation[] | null = null;
  let told: DateAnnotation | null = null;
  let toldIn = -1;
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    const sentence = findSpanAt(sentences, d.start);
    if (told && sentence !== toldIn) told = null;
    // Only a weekday the dateline placed: with no dateline its value stays unknown, as the text's other relative dates do.
    if (told && d.data.value && d.source.rule.includes("weekday") && d.source.rule.includes("+past-leaning") && d.data.precision === "day") {
      const named = WEEKDAYS.get(text.slice(d.start, d.end).trim().toLowerCase().replace(/[^a-z]/g, ""));
      const from = parseIsoDay(told.data.value);
      if (named !== undefined && from) {
        const value = formatDay(addDays(from, -((weekdayOf(from) - named + 7) % 7)));
        if (value !== d.data.value) (out ??= [...dates])[k] = withValue(d, value, "+told-day");
      }
    }
    if (!d.data.relative && d.data.precision === "day" && d.data.value && ISO_DAY.test(d.data.value)) { told = d; toldIn = sentence; }
  }
  return out ?? [...dates];
}

function withValue(d: DateAnnotation, value: string, rule: string): DateAnnotation {
  return { ...d, data: { ...d.data, value, ...(d.data.timexValue ? { timexValue: value + d.data.timexValue.slice(10) } : {}) }, source: { ...d.source, rule: `${d.source.rule}${rule}` } };
}
