/**
 * The days a report's date covers, for the candidate query: a day is itself, an ISO week its seven
 * days, a month or a year all of its days. A report with no resolved date falls back to its
 * dateline (news reports events of the last few days).
 */
import type { EventReport } from "../corpus/records.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Days already shifted, by shift then day: saving an article asks for the same few (its reports' days,
 * a week either side) a hundred times over (every report's candidate window, in memory and in the
 * store's statement), and a Date made and printed each time was a few percent of the save path's CPU.
 * Bounded: a shift's map is emptied when it holds ADD_DAYS_MEMO_MAX days.
 */
const shifted = new Map<number, Map<string, string>>();
const ADD_DAYS_MEMO_MAX = 4096;

export function addDays(day: string, n: number): string {
  let byDay = shifted.get(n);
  if (!byDay) shifted.set(n, (byDay = new Map()));
  let out = byDay.get(day);
  if (out === undefined) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    out = iso(d);
    if (byDay.size >= ADD_DAYS_MEMO_MAX) byDay.clear();
    byDay.set(day, out);
  }
  return out;
}

/** [first, last] day (YYYY-MM-DD) an ISO 8601 date prefix covers, or null if it is not one. */
export function spanOf(value: string): [string, string] | null {
  let m = DAY.exec(value);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  m = WEEK.exec(value);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
    return [iso(monday), addDays(iso(monday), 6)];
  }
  m = MONTH.exec(value);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0));
    return [`${m[1]}-${m[2]}-01`, iso(last)];
  }
  m = YEAR.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  return null;
}

/** The report's span of days: its date's, else its dateline's; null when it has neither. */
export function reportDaySpan(report: EventReport): [string, string] | null {
  const own = report.date?.value ? spanOf(report.date.value) : null;
  if (own) return own;
  return report.source.published ? spanOf(report.source.published) : null;
}

/** The day a report is filed under (the reports table's `day`): the first day of its span. */
export function reportDay(report: EventReport): string | null {
  return reportDaySpan(report)?.[0] ?? null;
}

const DAY_MS = 86_400_000;

/** Whole days between a span and the span of `day` (0 when they overlap); Infinity for no or no valid day. */
export function daysApart(span: readonly [string, string], day: string | null): number {
  const other = day ? spanOf(day) : null;
  if (!other) return Infinity;
  const gap = Math.max(0, Date.parse(other[0]) - Date.parse(span[1]), Date.parse(span[0]) - Date.parse(other[1]));
  return gap / DAY_MS;
}
