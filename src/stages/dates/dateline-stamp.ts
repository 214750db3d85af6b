import { parseIsoDay, type Day } from "./calendar.js";
import type { DateTagger } from "./date-tagger.js";

/** Rule recorded on the date of a story's own dateline, found in its text when no publication date was given. */
export const DATELINE_STAMP_RULE = "date:dateline-stamp";

/** Characters from the story's start within which its dateline's date opens ("SAN SALVADOR, EL SALVADOR, 10 Jan 90": 28). */
const STAMP_MAX_START = 60;
/** Characters of the story's opening read for a dateline. */
const STAMP_HEAD_CHARS = 160;
/**
 * What precedes the date: nothing, or the filing place and a comma ("Ayacucho, ", "BOGOTA, Colombia, ");
 * no sentence punctuation, no digits (a figure is prose). Bounded, so linear.
 */
const BEFORE_STAMP = /^(?:[^\n.!?\d]{1,60}[,:]\s*)?$/;
/** What follows it: an optional agency in brackets, then the dash or colon that opens the story ("(EFE) --", " -"). Bounded. */
const AFTER_STAMP = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|—|–|-|:)/;

export interface DatelineStamp {
  readonly day: Day;
  /** Offsets of the date in the text. */
  readonly start: number;
  readonly end: number;
}

/**
 * The report's day written in the dateline that opens a wire story ("San Salvador, 10 Jan 90 --
 * [text] ...", "KABUL, Oct. 3, 2021 (Xinhua) --"), for a document that came without a publication
 * date: what "today", "last night" and a year-less "16 November" count from, as they would from the
 * given date. Only a full calendar day with its year counts (no weekday, no relative expression), and
 * only where a dateline stands: at the start, after at most the filing place, and before the dash.
 */
export function findDatelineStamp(text: string, firstSentence: { start: number; end: number } | undefined, tagger: DateTagger): DatelineStamp | null {
  if (!firstSentence) return null;
  const head = text.slice(firstSentence.start, Math.min(firstSentence.end, firstSentence.start + STAMP_HEAD_CHARS));
  if (!tagger.mayContainDate(head)) return null;
  for (const m of tagger.tag(head, null)) {
    if (m.start > STAMP_MAX_START) break;
    if (m.data.relative || m.data.precision !== "day" || m.data.value === null) continue;
    if (!BEFORE_STAMP.test(head.slice(0, m.start)) || !AFTER_STAMP.test(head.slice(m.end))) continue;
    const day = parseIsoDay(m.data.value);
    if (day) return { day, start: firstSentence.start + m.start, end: firstSentence.start + m.end };
  }
  return null;
}
