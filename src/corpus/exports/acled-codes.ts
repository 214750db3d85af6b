/**
 * ACLED's codes computed from sitrep's records: inter codes from the party type, the interaction of
 * two inter codes, the disorder type of an event type, civilian targeting, and the event date with
 * its time precision. The tables are data (data/mappings); this file only applies them.
 */
import { createHash } from "node:crypto";
import type { ReportActor, ReportDate } from "../records.js";
import type { ExportTables } from "./export-tables.js";
import { EVENT_NUMBER_HASH_BITS } from "./heuristics.js";

/** ACLED's inter code of state forces, and of external/other forces. */
const STATE_FORCES = 1;
const EXTERNAL_FORCES = 8;
const CIVILIANS = 7;

/**
 * The actor's ACLED inter code (1-8), or null when sitrep cannot tell (a person of no known body, a
 * named body's members). State forces acting outside their own country are external forces (8), as
 * ACLED codes foreign militaries; `eventCountry` is the ISO alpha-2 of where the event happened.
 */
export function interCode(actor: ReportActor | null, eventCountry: string | null, tables: ExportTables): number | null {
  if (!actor) return null;
  const code = (actor.partyType ? tables.interByParty.get(actor.partyType) : undefined) ?? tables.interByKind.get(actor.kind) ?? null;
  if (code === STATE_FORCES && actor.country && eventCountry && actor.country.toUpperCase() !== eventCountry.toUpperCase()) return EXTERNAL_FORCES;
  return code;
}

/** ACLED's interaction: the two inter codes, lower first ("17"); one actor alone is its code and 0 ("10"). */
export function interaction(inter1: number | null, inter2: number | null): number | null {
  if (inter1 === null && inter2 === null) return null;
  if (inter1 === null || inter2 === null) return (inter1 ?? inter2)! * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

export function disorderType(acled: { eventType: string; subEventType: string } | null, tables: ExportTables): string | null {
  if (!acled) return null;
  return tables.disorder.get(`${acled.eventType}/${acled.subEventType}`) ?? tables.disorder.get(`${acled.eventType}/`) ?? null;
}

/** Violence whose target is civilians, as ACLED flags it: every Violence against civilians event, and explosions or mob violence that hit civilians. */
export function civilianTargeting(acled: { eventType: string; subEventType: string } | null, inter2: number | null): string | null {
  if (!acled) return null;
  if (acled.eventType === "Violence against civilians") return "Civilian targeting";
  if ((acled.eventType === "Explosions/Remote violence" || acled.subEventType === "Mob violence") && inter2 === CIVILIANS) return "Civilian targeting";
  return null;
}

export interface AcledDate {
  /** YYYY-MM-DD. */
  readonly date: string | null;
  /** 1 a day, 2 a week (its midpoint), 3 a month (its midpoint) or less known. */
  readonly precision: 1 | 2 | 3 | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The event date as ACLED writes it: a day as is (precision 1); an ISO week as its midpoint, the
 * Thursday (2); a month as its 15th (3). A date known only to the season or year, or none, falls back
 * to `fallbackDay` (the corpus event's day: the earliest dateline) at precision 3, the coarsest ACLED
 * has: the event happened by then, and sitrep cannot say when within the month.
 */
export function acledDate(date: ReportDate | null, fallbackDay: string | null): AcledDate {
  const value = date?.value ?? null;
  if (value) {
    const d = DAY.exec(value);
    if (d) return { date: `${d[1]}-${d[2]}-${d[3]}`, precision: 1 };
    const w = WEEK.exec(value);
    if (w) {
      const thursday = isoWeekThursday(Number(w[1]), Number(w[2]));
      if (thursday) return { date: thursday, precision: 2 };
    }
    const m = MONTH.exec(value);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { date: `${m[1]}-${m[2]}-15`, precision: 3 };
  }
  const f = fallbackDay ? DAY.exec(fallbackDay) : null;
  return f ? { date: `${f[1]}-${f[2]}-${f[3]}`, precision: 3 } : { date: null, precision: null };
}

/** The Thursday of ISO week `week` of `year` (ISO weeks are Monday to Sunday; week 1 holds January 4th). */
function isoWeekThursday(year: number, week: number): string | null {
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  const thursday = new Date(mondayOfWeek1 + ((week - 1) * 7 + 3) * 86_400_000);
  return thursday.toISOString().slice(0, 10);
}

/**
 * The number of an event's `event_id_cnty` (ISO3 + number): the digits of sitrep's id when it ends in
 * them ("E123" -> 123), else a number hashed from the id, so the same event keeps its number in every
 * export.
 */
export function eventNumber(id: string): string {
  const digits = /^[A-Za-z_-]*(\d{1,15})$/.exec(id);
  if (digits) return String(Number(digits[1]));
  const hex = createHash("sha256").update(id).digest("hex").slice(0, EVENT_NUMBER_HASH_BITS / 4);
  return String(parseInt(hex, 16));
}
