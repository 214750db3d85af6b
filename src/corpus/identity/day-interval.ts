/**
 * Dates as intervals of whole days (days since 1970-01-01, UTC), so dates of any precision compare by
 * the gap between their intervals: "2021-10-08" is one day, "2021-W40" seven, "2021-10" a month.
 */
import type { ReportDate } from "../records.js";

export interface DayInterval {
  readonly start: number;
  readonly end: number;
  /** "day" for a single day (time of day included), else "period" (a week, month or year). */
  readonly kind: "day" | "period";
}

const MS_PER_DAY = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Day numbers of the date strings seen, kept because one report is compared with many (bounded). */
const DAYS = new Map<string, number | null>();
const DAYS_CACHE_LIMIT = 50_000;

/** "YYYY-MM-DD" (or a longer ISO date-time) as a day number; null if it is not one. */
export function dayOf(value: string | null | undefined): number | null {
  if (!value) return null;
  const cached = DAYS.get(value);
  if (cached !== undefined) return cached;
  if (DAYS.size >= DAYS_CACHE_LIMIT) DAYS.clear();
  const day = parseDay(value);
  DAYS.set(value, day);
  return day;
}

function parseDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const n = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  return Number.isFinite(n) ? n : null;
}

/** A day number as YYYY-MM-DD. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const INTERVALS = new WeakMap<ReportDate, DayInterval | null>();

/** The days an event date covers; null when it has no value or a precision too coarse to use (a decade). */
export function intervalOf(date: ReportDate | null): DayInterval | null {
  if (date === null) return null;
  const cached = INTERVALS.get(date);
  if (cached !== undefined) return cached;
  const interval = parseInterval(date.value);
  INTERVALS.set(date, interval);
  return interval;
}

function parseInterval(value: string | null): DayInterval | null {
  if (!value) return null;
  const day = dayOf(value);
  if (day !== null) return { start: day, end: day, kind: "day" };
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = dayNumber(Number(week[1]), 1, 4);
    const weekday = (new Date(jan4 * MS_PER_DAY).getUTCDay() + 6) % 7;
    const start = jan4 - weekday + (Number(week[2]) - 1) * 7;
    return { start, end: start + 6, kind: "period" };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const y = Number(month[1]);
    const mo = Number(month[2]);
    return { start: dayNumber(y, mo, 1), end: dayNumber(y, mo + 1, 1) - 1, kind: "period" };
  }
  const year = /^(\d{4})$/.exec(value);
  if (year) {
    const y = Number(year[1]);
    return { start: dayNumber(y, 1, 1), end: dayNumber(y + 1, 1, 1) - 1, kind: "period" };
  }
  return null;
}

/** Days between two intervals: 0 when they overlap. */
export function gapDays(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}
