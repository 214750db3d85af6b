/**
 * Calendar arithmetic on plain dates, in UTC so that no local time zone or daylight-saving
 * change can move a day. Months are 1-12, weekdays 0 (Sunday) to 6, as in JavaScript.
 */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Milliseconds since the epoch at UTC midnight of a day. Date.UTC reads years 0-99 as 1900-1999,
 * so the year is set on its own: a dateline in the year 100 must count back into the year 99.
 */
export function utcTime(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** Days from the first day to the second (negative when the second is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utcTime(to.year, to.month, to.day) - utcTime(from.year, from.month, from.day)) / 86_400_000);
}

export function makeDay(year: number, month: number, day: number): Day {
  const d = new Date(utcTime(year, month, day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return makeDay(d.year, d.month, d.day + n);
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function weekdayOf(d: Day): number {
  return new Date(utcTime(d.year, d.month, d.day)).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

/** ISO 8601 week: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOf(d: Day): { year: number; week: number } {
  const date = new Date(utcTime(d.year, d.month, d.day));
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow);
  const yearStart = utcTime(date.getUTCFullYear(), 1, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return { year: date.getUTCFullYear(), week };
}

export function formatWeek(d: Day): string {
  const w = isoWeekOf(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Parses "YYYY-MM-DD" (optionally followed by a time); null when it is not a real date. */
export function parseIsoDay(iso: string | undefined | null): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(iso.trim());
  if (!m) return null;
  const d = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return d.month === Number(m[2]) && d.day === Number(m[3]) ? d : null;
}
