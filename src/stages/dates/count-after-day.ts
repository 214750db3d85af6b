import type { Day } from "./calendar.js";
import type { DateTagger } from "./date-tagger.js";
import type { DateMatch } from "./normalise-result.js";

/** A date that ends in a comma and two digits ("Oct. 8, 12"). Anchored at the end of a short string: linear. */
const TWO_DIGIT_TAIL = /,\s*\d{2}$/;
/** What follows a count of people or things: a lower-case word ("12 soldiers", "14 were"). Bounded. */
const LOWER_CASE_WORD_AFTER = /^[ \t]+[a-z]/;

/**
 * "On Oct. 8, 12 soldiers were killed": the two digits after the day's comma open the next clause's
 * count, not a year ("Oct. 8, 12" is not 2012). When a lower-case word follows them, the date is read
 * again without them, as a year-less day (which the dateline then places). A dateline's "10 Jan 89 --"
 * or "May 6, 89 (EFE)" keeps its year.
 */
export function withoutCountAsYear(text: string, matches: DateMatch[], tagger: DateTagger, dateline: Day | null): DateMatch[] {
  // Almost every match keeps its year: the array is copied only when one does not.
  let out: DateMatch[] | null = null;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const tail = TWO_DIGIT_TAIL.exec(text.slice(m.start, m.end));
    if (!tail || !LOWER_CASE_WORD_AFTER.test(text.slice(m.end, m.end + 3))) {
      out?.push(m);
      continue;
    }
    out ??= matches.slice(0, i);
    const cut = m.start + tail.index;
    const again = tagger.tag(text.slice(m.start, cut), dateline).find((r) => r.start === 0 && r.end === cut - m.start);
    if (again) out.push({ ...again, start: m.start, end: cut });
  }
  return out ?? matches;
}
