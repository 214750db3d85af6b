import { readFileSync } from "node:fs";
import { SitrepError } from "../../core/errors.js";
import { addDays, makeDay, weekdayOf, type Day } from "./calendar.js";

/** One row of data/lexicons/dates/holidays.tsv: a holiday's names and the rule for its day. */
export interface Holiday {
  readonly id: string;
  readonly names: readonly string[];
  readonly rule: string;
}

export const HOLIDAYS_URL = new URL("../../../data/lexicons/dates/holidays.tsv", import.meta.url);

export function parseHolidays(tsv: string, origin = "holidays.tsv"): Holiday[] {
  const out: Holiday[] = [];
  let sawHeader = false;
  for (const [i, line] of tsv.split(/\r?\n/).entries()) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!sawHeader) { sawHeader = true; continue; }
    const [id, names, rule] = line.split("\t");
    if (!id || !names || !rule || !/^(fixed:\d\d-\d\d|nth:\d+:\d:-?\d|easter:-?\d+)$/.test(rule)) {
      throw new SitrepError("MODEL_MISSING", `${origin}:${i + 1}: expected "id, names, rule" with a known rule`);
    }
    out.push({ id, names: names.split("|"), rule });
  }
  return out;
}

export function loadHolidays(url: URL = HOLIDAYS_URL): Holiday[] {
  try {
    return parseHolidays(readFileSync(url, "utf8"), url.pathname);
  } catch (e) {
    if (e instanceof SitrepError) throw e;
    throw new SitrepError("MODEL_MISSING", `holiday table not found at ${url.pathname}`);
  }
}

/** The holiday's day in a given year. */
export function holidayIn(holiday: Holiday, year: number): Day {
  const [kind, ...args] = holiday.rule.split(":");
  if (kind === "fixed") {
    const [m, d] = args[0]!.split("-").map(Number);
    return makeDay(year, m!, d!);
  }
  if (kind === "nth") {
    const [month, weekday, n] = args.map(Number) as [number, number, number];
    if (n > 0) {
      const first = makeDay(year, month, 1);
      return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
    }
    const last = makeDay(year, month + 1, 0);
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  return addDays(easterSunday(year), Number(args[0]));
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day);
}
