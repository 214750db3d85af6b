import { SitrepError } from "../core/errors.js";
import { utcTime } from "../stages/dates/calendar.js";

/**
 * Reads a publication date given by a user or a page: "2021-10-10" or an ISO 8601 date-time
 * ("2021-10-10T08:15:00+05:30", whose calendar date as written is kept). Throws BAD_DATE otherwise.
 */
export function parsePublishedDate(value: string): string {
  if (typeof value !== "string") throw new SitrepError("BAD_DATE", `${String(value)} is not a string`);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) throw new SitrepError("BAD_DATE", value);
  const [, y, mo, d] = m;
  const date = new Date(utcTime(Number(y), Number(mo), Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) {
    throw new SitrepError("BAD_DATE", `${value} is not a calendar date`);
  }
  return `${y}-${mo}-${d}`;
}
