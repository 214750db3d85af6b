import { weekdaysFromToldDay, weekdaysNamedByDay } from "./weekday-with-day.js";
import { defineStage, type Document, type LayerAnnotation } from "../../core/index.js";
import { layer } from "../../core/document.js";
import { mapped } from "../../core/keep.js";
import { storyOpening } from "../../core/dateline.js";
import { parseIsoDay } from "./calendar.js";
import { DATELINE_STAMP_RULE, findDatelineStamp } from "./dateline-stamp.js";
import { withoutCountAsYear } from "./count-after-day.js";
import type { DateTagger } from "./date-tagger.js";
import type { DateMatch } from "./normalise-result.js";
import { MAX_CHUNK_CHARS } from "./heuristics.js";
import { anchorYearBackToQuarter } from "./quarter-anaphora.js";
import { offsetsFromDays } from "./offset-from-day.js";
import { daysFromRangeStart } from "./day-range.js";
import { pastTenseYear } from "./past-tense-year.js";
import { rejectsAsDate } from "./reject-non-date.js";
import { ANAPHORIC_DAY_RULE } from "./parsers/anaphoric-part-of-day-parser.js";

/**
 * Dates and times, normalised against the dateline (doc.meta.published) and leaning to the past
 * as news does. Without a dateline, relative expressions are kept with a null value. Each
 * sentence is first screened by a cheap regex, so chrono only runs where a date may be.
 *
 * Values are ISO prefixes at their precision: "2021-10-08" (day), "2021-W39" (week), "2021-08"
 * (month), "2021" (year), "199" (decade), "19" (century, precision decade); parts of a year use
 * precision "season": "2021-SU", "2021-Q3", "2021-H1". "now" is the dateline's day; "recently"
 * has no value. Durations and sets have no value; their TIMEX3 value ("P2D", "P1W") is in
 * `timexValue`, as are "PRESENT_REF" and parts of days ("2021-10-08TNI"). Spans leave out a
 * leading preposition ("Friday", not "on Friday"), as TimeML does.
 */
export const datesStage = defineStage({
  name: "dates",
  requires: ["sentence", "token"],
  provides: ["date"],
  run(doc, ctx) {
    const tagger = ctx.resources.dateTagger as DateTagger | undefined;
    if (!tagger) return { date: [] };
    return { date: findDates(doc, tagger) };
  },
});

export function findDates(doc: Document, tagger: DateTagger): LayerAnnotation<"date">[] {
  const tokens = layer(doc, "token");
  // With no publication date, the day of a dateline the story opens with stands in for it.
  const stamp = doc.meta.published ? null : findDatelineStamp(doc.text, openingOf(layer(doc, "sentence")), tagger);
  const dateline = parseIsoDay(doc.meta.published) ?? stamp?.day ?? null;
  const out: LayerAnnotation<"date">[] = [];
  let cursor = 0;
  for (const sentence of layer(doc, "sentence")) {
    while (cursor < tokens.length && tokens[cursor]!.end <= sentence.start) cursor++;
    let last = cursor;
    while (last < tokens.length && tokens[last]!.start < sentence.end) last++;
    // The sentence's tokens, sliced only for a sentence with a date (most have none).
    let sentenceTokens: LayerAnnotation<"token">[] | undefined;
    for (const chunk of chunksOf(doc.text, sentence.start, sentence.end)) {
      const text = doc.text.slice(chunk.start, chunk.end);
      if (!tagger.mayContainDate(text)) continue;
      for (const m of anchorTimesToSentenceDay(withoutCountAsYear(text, tagger.tag(text, dateline), tagger, dateline))) {
        sentenceTokens ??= tokens.slice(cursor, last);
        const match: DateMatch = pastTenseYear({ ...m, start: m.start + chunk.start, end: m.end + chunk.start }, doc.text, sentenceTokens, dateline, tagger.words);
        if (rejectsAsDate(match, doc.text, sentenceTokens)) continue;
        out.push({
          id: `d${out.length + 1}`,
          layer: "date",
          start: match.start,
          end: match.end,
          data: match.data,
          source: { stage: "dates", rule: stamp && match.start === stamp.start ? DATELINE_STAMP_RULE : match.rule },
        });
      }
    }
  }
  return offsetsFromDays(anchorYearBackToQuarter(anchorToDayTold(weekdaysFromToldDay(weekdaysNamedByDay(daysFromRangeStart(out, doc.text), doc.text), doc.text, layer(doc, "sentence"))), doc.text), doc.text);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "On Sunday ... a vigil was scheduled for that night", "Later in the day, Carter flew to ...": a day
 * or part of a day that points back (parsers/anaphoric-part-of-day-parser.ts) is the day of the
 * nearest date with a day told before it, in text order; with none, the dateline's day it has.
 */
function anchorToDayTold(dates: LayerAnnotation<"date">[]): LayerAnnotation<"date">[] {
  let told: string | null = null;
  // One elements kind (core/keep.ts mapped): the built-in map and an inlined one made packed and holey lists, and
  // findDates, reading this one through anchorYearBackToQuarter, was deoptimised for a "wrong map" (--trace-deopt).
  return mapped(dates, (d) => {
    if (d.source.rule !== ANAPHORIC_DAY_RULE) {
      if (d.data.precision === "day" && d.data.value && ISO_DAY.test(d.data.value)) told = d.data.value;
      return d;
    }
    if (told === null || told === d.data.value) return d;
    const clock = d.data.timexValue?.slice(10) ?? "";
    return { ...d, data: { ...d.data, value: told, ...(d.data.timexValue ? { timexValue: `${told}${clock}` } : {}) }, source: { ...d.source, rule: `${d.source.rule}+day-told` } };
  });
}

/** Cuts a run-on sentence into pieces of at most MAX_CHUNK_CHARS, at white space after punctuation where there is one. */
function chunksOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  while (end - from > MAX_CHUNK_CHARS) {
    const window = text.slice(from, from + MAX_CHUNK_CHARS);
    const cut = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "), window.lastIndexOf(": "));
    const at = cut > MAX_CHUNK_CHARS / 2 ? cut + 1 : window.lastIndexOf(" ") > 0 ? window.lastIndexOf(" ") : MAX_CHUNK_CHARS;
    out.push({ start: from, end: from + at });
    from += at;
  }
  out.push({ start: from, end });
  return out;
}

/**
 * "The battle began at 7 p.m. local time on Saturday": a clock time with no day of its own takes
 * the day named nearest to it in the same sentence, rather than the dateline's.
 */
function anchorTimesToSentenceDay(matches: DateMatch[]): DateMatch[] {
  const days = matches.filter((m) => m.data.timexType === "DATE" && m.data.precision === "day" && m.data.value && /^\d{4}-\d{2}-\d{2}$/.test(m.data.value));
  // A copy of one elements kind either way (core/keep.ts): the tagger's lists come in several, and findDates,
  // iterating this one, was deoptimised for a "wrong map" there in a 500-article run (--trace-deopt).
  if (days.length === 0) return mapped(matches, (m) => m);
  return mapped(matches, (m) => {
    if (!m.dayUnstated || !m.data.value) return m;
    const nearest = days.reduce((a, b) => (Math.abs(b.start - m.start) < Math.abs(a.start - m.start) ? b : a));
    const day = nearest.data.value!;
    const clock = m.data.timexValue?.slice(10) ?? "";
    return { ...m, data: { ...m.data, value: day, timexValue: `${day}${clock}` }, rule: `${m.rule}+sentence-day` };
  });
}

/** The sentence a wire story's dateline opens (core/dateline.ts storyOpening), or undefined in an empty text. */
function openingOf(sentences: readonly LayerAnnotation<"sentence">[]): LayerAnnotation<"sentence"> | undefined {
  return sentences[storyOpening(sentences)];
}
