// Whether two events' places, days and parties agree: the tests by which the stage merges, folds and splits its events.

import type { ActorData, DateData, Document, PlaceData } from "../../core/index.js";
import { findAnnotation } from "./find-annotation.js";

/** Two parties that may be one side of a fight: the same, or an armed group the text left unnamed ("militants") and a named armed group. */
export function maySameSide(doc: Document, a: string, b: string): boolean {
  if (a === b) return true;
  const x = findAnnotation(doc, "actor", a)?.data;
  const y = findAnnotation(doc, "actor", b)?.data;
  return !!x && !!y && x.kind === "armed group" && y.kind === "armed group" && (isUnnamedArmed(x) || isUnnamedArmed(y));
}

/** An armed group the text names only by a description ("militants", "gunmen"): no dictionary entry. */
function isUnnamedArmed(a: ActorData): boolean {
  return !a.dictionaryId && (a.partyType === "UAF" || a.partyType === "REB") && (a.acledName ?? "").startsWith("Unidentified Armed Group");
}

/** A party the actor dictionary matched or ACLED's naming names, not a bare name read from the text. */
export function isKnownParty(actor: ActorData | undefined): boolean {
  return actor !== undefined && (actor.dictionaryId !== undefined || !!actor.acledName);
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
    (outer.kind === "admin1" && outer.admin1 !== null && outer.admin1 === inner.admin1 && outer.country === inner.country);
}

const KIND_SPECIFICITY: Record<string, number> = { country: 1, region: 2, admin1: 3, admin2: 4, city: 5, feature: 5 };

export function placeSpecificity(doc: Document, id: string): number {
  return KIND_SPECIFICITY[findAnnotation(doc, "place", id)?.data.kind ?? "country"] ?? 0;
}

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
