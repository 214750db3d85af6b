// Whether two events' places, days and parties agree: the tests by which the stage merges, folds and splits its events.

import type { ActorData, DateData, Document, PlaceData } from "../../core/index.js";
import { distanceKm } from "../../core/great-circle.js";
import { findAnnotation } from "./find-annotation.js";
import { DISTRICT_REACH_KM, REGION_REACH_KM } from "./heuristics.js";

/** Two parties that may be one side of a fight: the same, or an armed group the text left unnamed ("militants") and a named armed group. */
export function maySameSide(doc: Document, a: string, b: string): boolean {
  if (a === b) return true;
  const x = findAnnotation(doc, "actor", a)?.data;
  const y = findAnnotation(doc, "actor", b)?.data;
  return !!x && !!y && x.kind === "armed group" && y.kind === "armed group" && (isUnnamedArmed(x) || isUnnamedArmed(y));
}

/**
 * Two parties that are one party: the same annotation, or two mentions the actor dictionary or ACLED's naming gives one
 * name ("U.S. service members" and "U.S. fighter jets": Military Forces of the United States).
 */
export function isSameParty(doc: Document, a: string, b: string): boolean {
  if (a === b) return true;
  const x = findAnnotation(doc, "actor", a)?.data;
  const y = findAnnotation(doc, "actor", b)?.data;
  if (!x || !y) return false;
  if ((x.dictionaryId !== undefined && x.dictionaryId === y.dictionaryId) || (!!x.acledName && x.acledName === y.acledName)) return true;
  // "a U.S. base" (the government's) and "U.S. fighter jets" (its military): one state, one side.
  return x.country !== null && x.country === y.country && STATE_KINDS.has(x.kind) && STATE_KINDS.has(y.kind);
}

/** Kinds of actor that act for a state: the country named for its government, the government and its forces. */
const STATE_KINDS: ReadonlySet<string> = new Set(["country", "government", "military", "police"]);

/** An armed group the text names only by a description ("militants", "gunmen"): no dictionary entry. */
function isUnnamedArmed(a: ActorData): boolean {
  return !a.dictionaryId && (a.partyType === "UAF" || a.partyType === "REB") && (a.acledName ?? "").startsWith("Unidentified Armed Group");
}

/** A party the actor dictionary matched or ACLED's naming names, not a bare name read from the text. */
export function isKnownParty(actor: ActorData | undefined): boolean {
  return actor !== undefined && (actor.dictionaryId !== undefined || !!actor.acledName);
}

/** ACLED's party type of an armed group no report identified ("gunmen", "armed men"). */
const UNIDENTIFIED_PARTY_TYPE = "UAF";
/** Kinds of actor that name an armed group as the doer of an attack. */
const ARMED_KINDS: ReadonlySet<string> = new Set(["armed group"]);

/** Whether `named` is an armed group with a name of its own that may be the one `unnamed` left unidentified. */
export function namesUnidentifiedGroup(unnamed: ActorData | undefined, named: ActorData | undefined): boolean {
  if (!unnamed || !named || unnamed.partyType !== UNIDENTIFIED_PARTY_TYPE || named.partyType === UNIDENTIFIED_PARTY_TYPE) return false;
  if (!ARMED_KINDS.has(named.kind)) return false;
  // "Gunmen (Nigeria)" and a group of another country are not one doer.
  return !unnamed.country || !named.country || unnamed.country === named.country;
}

/** Two place annotations agree when they are one gazetteer entry or one lies in the other (a city in its country or province). */
export function placesAgree(doc: Document, a: string, b: string): boolean {
  const pa = findAnnotation(doc, "place", a)?.data;
  const pb = findAnnotation(doc, "place", b)?.data;
  if (!pa || !pb) return a === b;
  if (gazetteerKey(pa) === gazetteerKey(pb)) return true;
  // A name placed at its enclosing place ("Kisima", at Isiolo's point) lies in that place; districts
  // have no GeoNames id in the gazetteer, so the encloser is matched by name as any place is ("Dhuhulle
  // area", placed at Waajid district, and "Wajid District").
  if (enclosedIn(pa, pb) || enclosedIn(pb, pa)) return true;
  return containsPlace(pa, pb) || containsPlace(pb, pa);
}

/*
 * placesAgree's tests, as module functions: it runs for many pairs of events, and under the bundler's
 * keepNames (and tsx) each closure bound to a name costs a defineProperty of the name per call.
 */
function gazetteerKey(p: { readonly geonameid: number | null; readonly name: string }): string {
  return String(p.geonameid ?? p.name.toLowerCase());
}
function enclosedIn(inner: PlaceData, outer: PlaceData): boolean {
  return inner.resolution === "enclosing" && inner.enclosedBy !== undefined && gazetteerKey(inner.enclosedBy) === gazetteerKey(outer);
}
function containsPlace(outer: PlaceData, inner: PlaceData): boolean {
  return (outer.kind === "country" && outer.country !== null && outer.country === inner.country) ||
    (outer.kind === "admin1" && outer.admin1 !== null && outer.admin1 === inner.admin1 && outer.country === inner.country) ||
    districtHolds(outer, inner) || reachesInto(outer, inner);
}
/**
 * A district or province of the second level and a town of its first-level division near its point: "a clash in the
 * southern province of Sulu" and "the firefight in the town of Patikul". Places keep no second-level division, so a
 * town counts as inside when it lies in the same first-level division within DISTRICT_REACH_KM of the district's point.
 */
function districtHolds(district: PlaceData, inner: PlaceData): boolean {
  return district.kind === "admin2" && district.resolution !== "enclosing" && (inner.kind === "city" || inner.kind === "feature") &&
    district.country !== null && district.country === inner.country && district.admin1 !== null && district.admin1 === inner.admin1 &&
    distanceKm(district, inner) <= DISTRICT_REACH_KM;
}
/**
 * A named region (Kashmir, Darfur, Donbas; not a continent, a sea or a place given its encloser's point) and a town or
 * district near its point: "fired on a bus in Indian-controlled Kashmir" and "the attack in the Reasi district". The
 * gazetteer has no borders for regions, so a town counts as inside when it lies within the reach of the region's point
 * and, for a region in one country, in that country.
 */
function reachesInto(region: PlaceData, inner: PlaceData): boolean {
  return region.kind === "region" && region.feature === "RGN" && region.resolution !== "enclosing" &&
    (inner.kind === "city" || inner.kind === "admin2" || inner.kind === "feature") &&
    (region.country === null || region.country === inner.country) && distanceKm(region, inner) <= REGION_REACH_KM;
}

const KIND_SPECIFICITY: Record<string, number> = { country: 1, region: 2, admin1: 3, admin2: 4, city: 5, feature: 5 };

export function placeSpecificity(doc: Document, id: string): number {
  const p = findAnnotation(doc, "place", id)?.data;
  // "Mitambo village", placed at Cabo Delgado's point for want of an entry of its own: a place the text puts inside
  // its container is more specific than the container, whatever point it was given.
  // A facility named after its town ("Hartford Hospital") is where a victim was taken as often as where it happened: no such rise.
  if (p?.resolution === "enclosing" && p.enclosedBy && p.enclosedBy.from !== "name") return (KIND_SPECIFICITY[p.enclosedBy.kind] ?? 0) + ENCLOSED_SPECIFICITY;
  return KIND_SPECIFICITY[p?.kind ?? "country"] ?? 0;
}
/** What a name placed inside its container adds to the container's specificity: more than the container, less than the next kind down. */
const ENCLOSED_SPECIFICITY = 0.5;

/**
 * Two date annotations agree when one lies inside the other ("in March" and "on 4 March", "7 p.m."
 * and "on Saturday"); a week or a part of a year ("this weekend", "2021-Q3") is compared by its
 * year only, as its days are not spelt out. An unresolved date rules nothing out.
 */
export function datesAgree(doc: Document, a: string, b: string, reportDay: string | null = null, type?: string): boolean {
  const da = findAnnotation(doc, "date", a)?.data;
  const db = findAnnotation(doc, "date", b)?.data;
  // "The attack occurred after midnight" after "clashes ... on Friday": a time of day put on the report day (for want
  // of a day of its own, or "today") rules no other day out.
  if (isReportDayTime(da, reportDay) || isReportDayTime(db, reportDay)) return true;
  const va = da?.value;
  const vb = db?.value;
  // "raids early Monday" and "Saturday's terror attack" in a story with no date of its own: two weekdays
  // that no anchor resolves are still two different days for an attack, which ACLED codes by the day
  // (a meeting or a protest may last several days: "its three-day meeting", "Wednesday's sessions").
  if (!va && !vb) return !(type === SINGLE_DAY_TYPE && differentWeekdays(da?.text, db?.text));
  if (!va || !vb) return true;
  const calendar = (v: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(v)?.[0] ?? v;
  const plain = (v: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v.slice(0, 10));
  if (!plain(va) || !plain(vb)) return va.slice(0, 4) === vb.slice(0, 4) || va.length < 4 || vb.length < 4;
  const x = calendar(va), y = calendar(vb);
  return x.startsWith(y) || y.startsWith(x);
}

/** The type whose happenings are told one day each (an ACLED event is one actor pair, one place, one day; attacks rarely span days). */
const SINGLE_DAY_TYPE = "ASSAULT";
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Whether two date texts each name a weekday and the two differ ("early Monday", "Saturday"). */
function differentWeekdays(a: string | undefined, b: string | undefined): boolean {
  const x = a ? WEEKDAY.exec(a)?.[1]?.toLowerCase() : undefined;
  const y = b ? WEEKDAY.exec(b)?.[1]?.toLowerCase() : undefined;
  return x !== undefined && y !== undefined && x !== y;
}

/** A relative time of day ("midnight", "7 p.m.") resolved to the report day. */
function isReportDayTime(d: DateData | undefined, reportDay: string | null): boolean {
  return d !== undefined && reportDay !== null && d.precision === "time" && d.relative === true && d.value === reportDay;
}

/**
 * Days before the report that a lead told with only the report's day ("police said on Thursday") may be about: a
 * wire story's lead tells what happened in the days before it was filed, not an attack of another year ("after an
 * attack on the town in 2021"). A month covers "last month" and a late report.
 */
const REPORT_REACH_DAYS = 31;
const DAY_MS = 86_400_000;

/**
 * Whether date `id` ends more than REPORT_REACH_DAYS before the report day (the document's publication day): a
 * happening of another time than the one a report-dated lead tells. Unresolved or non-calendar values say no.
 */
export function longBeforeReport(doc: Document, id: string, reportDay: string | null): boolean {
  const value = findAnnotation(doc, "date", id)?.data.value;
  if (!value || !reportDay) return false;
  const report = Date.parse(reportDay.slice(0, 10));
  const last = lastDayOf(value);
  return !Number.isNaN(report) && last !== null && last < report - REPORT_REACH_DAYS * DAY_MS;
}

/** A calendar day at the start of a value ("2021-03-04", "2021-03-04T19:00"). */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Whether a date annotation's value is one calendar day, nothing finer or coarser. */
export function isCalendarDay(doc: Document, id: string): boolean {
  const value = findAnnotation(doc, "date", id)?.data.value ?? "";
  return value.length === 10 && CALENDAR_DAY.test(value);
}

/** The calendar day of a date annotation, or of a report day given as "YYYY-MM-DD"; null for other values. */
function calendarDayOf(doc: Document, idOrDay: string): string | null {
  const value = CALENDAR_DAY.test(idOrDay) ? idOrDay : findAnnotation(doc, "date", idOrDay)?.data.value ?? "";
  return CALENDAR_DAY.test(value) ? value.slice(0, 10) : null;
}

/** Whether `b` (a date id, or a report day) falls on the day of date `a` (an id or a report day) or the day after it. */
export function isSameDayOrDayAfter(doc: Document, a: string, b: string | null): boolean {
  const da = calendarDayOf(doc, a), db = b === null ? null : calendarDayOf(doc, b);
  if (da === null || db === null) return false;
  const gap = Date.parse(db) - Date.parse(da);
  return gap >= 0 && gap <= DAY_MS;
}

/** The last day (UTC ms) a calendar value "2021", "2021-03" or "2021-03-04..." may mean; null for other forms ("2021-W40", "2021-Q3"). */
function lastDayOf(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m || /^\d{4}-[A-Z]/.test(value)) return null;
  const year = Number(m[1]);
  if (m[3]) return Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
  if (m[2]) return Date.UTC(year, Number(m[2]), 0);
  return Date.UTC(year, 11, 31);
}
