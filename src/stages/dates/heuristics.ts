/**
 * Tunable thresholds of the dates stage, with their units. Tuned on the whole of TimeBank +
 * AQUAINT (TempEval-3 training data, `sitrep eval time`), never on one file.
 */

/** Bare four-digit numbers read as years only inside this range (years). Outside it, "2500 troops" and "1250 metres" stay numbers. */
export const MIN_BARE_YEAR = 1900;
export const MAX_BARE_YEAR = 2099;

/**
 * How far before a date expression a future-tense cue ("will", "next", "scheduled") is looked for,
 * in words, within the same sentence. Eight words cover "the ministers will meet again in Doha on
 * Friday" while staying out of an earlier clause.
 */
export const FUTURE_CUE_WORDS_BEFORE = 8;

/** Words after the expression that are also searched for a future cue ("Friday's vote will ..."). */
export const FUTURE_CUE_WORDS_AFTER = 3;

/**
 * A quarter named without a year ("the third quarter") is in the dateline's year: company results
 * are reported in the following weeks, and forecasts speak of the current fiscal year.
 * "the quarter" alone is the last completed one: earnings reports come after the quarter ends.
 */
export const QUARTER_REPORT_LAG_QUARTERS = 1;

/**
 * A date written without a year ("Dec. 7", "in March") is the nearest one leaning to the past:
 * this year's if it falls on or before the dateline or at most this many days after it, else
 * last year's; a future cue ("will", "next") always picks the next one. In TimeBank + AQUAINT
 * 68% of such dates lie before the dateline and most of the rest within two months after it
 * (wire stories announce meetings and votes), almost none more than four months ahead.
 */
export const YEARLESS_FUTURE_WINDOW_DAYS = 120;

/**
 * Longest piece of text handed to chrono at once, in UTF-16 code units. chrono copies the rest of
 * the text after every match, so its cost grows with the square of a run-on "sentence" (a table,
 * a list without full stops); news sentences are far shorter, so only such runs get cut, at a space.
 */
export const MAX_CHUNK_CHARS = 1000;

/**
 * Largest count read as a length of time, per unit size. Above them a number is a figure or a
 * year written before a unit: "the 1988 second quarter" is no 1988 seconds, "1000 days" can be.
 */
export const MAX_COUNT_OF_SHORT_UNITS = 10_000;
export const MAX_COUNT_OF_LONG_UNITS = 999;

/** Largest count of units before "ago" ("3000 years ago" is fine; "99999 days ago" is a typo or a figure). */
export const MAX_COUNT_AGO = 5000;
