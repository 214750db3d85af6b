import { compilePattern } from "../lexicons/compile-pattern.js";
import { utcTime } from "../stages/dates/calendar.js";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH_DAY_YEAR = compilePattern(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i", "app: stamp month day year");
const DAY_MONTH_YEAR = compilePattern(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i", "app: stamp day month year");

/**
 * The calendar date written in a page's timestamp line ("This story is from March 10, 2002",
 * "Published: 10 Oct 2021, 08:15 IST", "Updated 2021-10-10"), as YYYY-MM-DD; undefined if none.
 */
export function findStampDate(line: string): string | undefined {
  const iso = ISO.exec(line);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(line);
  if (mdy) return validDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(line);
  if (dmy) return validDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  return undefined;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(utcTime(year, month, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
