import { createHash } from "node:crypto";
import type { Correction, CorpusEvent, Count, EventField, EventReport, FieldValues, MergeExplanation, ReportActor, ReportDate, ReportPlace, SourcedValue, TollSummary } from "../records.js";
import { actorRelation, isDescription } from "./compare-actors.js";
import { comparePlace, placeLevel, PLACE_LEVEL_RANK, type PlaceLevel } from "./compare-place.js";
import { countsOverlap } from "./compare-tolls.js";
import { dayOf, gapDays, intervalOf, isoDay } from "./day-interval.js";
import { MODE_FAMILY } from "./heuristics.js";

/**
 * The id of the corpus event a report founds: "E" and 12 hex digits of a hash of its key. The event
 * keeps it when later reports join, and re-analysis in date order re-founds it from the same earliest
 * report, so ids survive where the same reports recur.
 */
export function eventIdFor(report: Pick<EventReport, "key">): string {
  return `E${createHash("sha256").update(report.key).digest("hex").slice(0, 12)}`;
}

/** The outlet a report is counted under: its outlet, else its article (an unknown outlet is not all the others). */
export function outletKey(r: EventReport): string {
  return r.source.outlet ?? `article:${r.articleId}`;
}

/** Reports in a fixed order whatever order they came in: by dateline, then key. */
export function canonicalOrder(reports: readonly EventReport[]): EventReport[] {
  return [...reports].sort((a, b) => {
    const pa = a.source.published ?? "";
    const pb = b.source.published ?? "";
    return pa < pb ? -1 : pa > pb ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}

/** The distinct non-null values of one field, each with the reports and outlets that gave it, in report order. */
function sourcedValues<T>(reports: readonly EventReport[], get: (r: EventReport) => T | null, key: (v: T) => string): SourcedValue<T>[] {
  const byKey = new Map<string, { value: T; reports: string[]; outlets: Set<string> }>();
  for (const r of reports) {
    const v = get(r);
    if (v === null || v === undefined) continue;
    const k = key(v);
    let entry = byKey.get(k);
    if (!entry) byKey.set(k, (entry = { value: v, reports: [], outlets: new Set() }));
    entry.reports.push(r.key);
    entry.outlets.add(outletKey(r));
  }
  return [...byKey.values()].map((e) => ({ value: e.value, reports: e.reports, outlets: [...e.outlets] }));
}

/** Whether any two values cannot both be true. */
function anyPair<T>(values: readonly SourcedValue<T>[], clash: (a: T, b: T) => boolean): boolean {
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) if (clash(values[i]!.value, values[j]!.value)) return true;
  return false;
}

/** The analyst's latest correction of a field, if any. */
function correctionOf(corrections: readonly Correction[], field: EventField): Correction | undefined {
  return corrections.filter((c) => c.field === field).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1);
}

/**
 * The value shown: an analyst's correction; else the one value all reports agree on; else, when the
 * values are compatible (a town and its province), the most specific; else the value of most outlets;
 * else, between equally backed values, the most specific, then the earliest reported.
 */
function chooseField<T>(values: SourcedValue<T>[], conflict: boolean, correction: Correction | undefined, specificity: (v: T) => number): Chosen<T> {
  if (correction) return { value: correction.value as T, chosenBy: "analyst", values, conflict };
  if (values.length === 0) return { value: null, chosenBy: "none", values, conflict: false };
  if (values.length === 1) return { value: values[0]!.value, chosenBy: "agreed", values, conflict };
  const mostSpecific = (vs: SourcedValue<T>[]) => vs.reduce((best, v) => (specificity(v.value) > specificity(best.value) ? v : best));
  if (!conflict) return { value: mostSpecific(values).value, chosenBy: "most-specific", values, conflict };
  const top = Math.max(...values.map((v) => v.outlets.length));
  const leaders = values.filter((v) => v.outlets.length === top);
  if (leaders.length === 1) return { value: leaders[0]!.value, chosenBy: "majority", values, conflict };
  const best = mostSpecific(leaders);
  const tied = leaders.filter((v) => specificity(v.value) === specificity(best.value));
  return { value: best.value, chosenBy: tied.length === 1 ? "most-specific" : "earliest", values, conflict };
}

const none = () => 0;

/** A field's values with the one shown, which may be null (no report gave one). */
type Chosen<T> = Omit<FieldValues<T | null>, "values"> & { readonly values: readonly SourcedValue<T>[] };

function actorKey(a: ReportActor): string {
  return `${a.name}|${a.acledName ?? ""}|${a.country ?? ""}`;
}

function placeKey(p: ReportPlace): string {
  return p.geonameid !== null ? String(p.geonameid) : `${p.name}|${p.lat}|${p.lon}`;
}

const DATE_SPECIFICITY: Readonly<Record<string, number>> = { time: 5, day: 4, week: 3, month: 2, year: 1 };

/** Tolls across reports: the range reported and the lowest figure, which ACLED codes. */
export function summarizeToll(reports: readonly EventReport[], get: (r: EventReport) => Count | null, correction?: Correction): TollSummary {
  const values = sourcedValues(reports, get, (c) => `${c.min}|${c.max}`);
  const conflict = anyPair(values, (a, b) => !countsOverlap(a, b));
  if (correction) {
    const c = correction.value as Count | null;
    return { acled: c ? (c.min ?? c.max) : null, min: c?.min ?? null, max: c?.max ?? null, values, conflict, chosenBy: "analyst" };
  }
  if (values.length === 0) return { acled: null, min: null, max: null, values, conflict: false, chosenBy: "none" };
  const counts = values.map((v) => v.value);
  const mins = counts.map((c) => c.min).filter((m): m is number => m !== null);
  const closedMaxes = counts.map((c) => c.max).filter((m): m is number => m !== null);
  // ACLED codes the most conservative figure: the lowest lower bound ("at least 12" and "15" give 12); with none, the lowest upper bound.
  const acled = mins.length > 0 ? Math.min(...mins) : closedMaxes.length > 0 ? Math.min(...closedMaxes) : null;
  const min = mins.length > 0 ? Math.min(...mins) : null;
  // The highest figure reported; open ("more than 20") when an open-ended report reaches past every closed one.
  const highestClosed = closedMaxes.length > 0 ? Math.max(...closedMaxes) : null;
  const openFrom = counts.filter((c) => c.max === null).map((c) => c.min ?? 0);
  const max = highestClosed === null || openFrom.some((m) => m >= highestClosed) ? null : highestClosed;
  return { acled, min, max, values, conflict, chosenBy: values.length === 1 ? "agreed" : "lowest" };
}

const GEO_PRECISION_OF_LEVEL: Readonly<Record<PlaceLevel, CorpusEvent["geoPrecision"]>> = { town: "exact", district: "region", province: "region", country: "country" };
const ACLED_GEO_OF_LEVEL: Readonly<Record<PlaceLevel, 1 | 2 | 3>> = { town: 1, district: 2, province: 3, country: 3 };

/** The day to sort and filter by: a day-precision date; else the earliest dateline inside the date's period; else the period's first day; else the earliest dateline. */
function dayOfEvent(date: ReportDate | null, reports: readonly EventReport[]): string | null {
  const interval = intervalOf(date);
  const datelines = reports.map((r) => dayOf(r.source.published)).filter((d): d is number => d !== null);
  if (interval?.kind === "day") return isoDay(interval.start);
  if (interval) {
    const inside = datelines.filter((d) => d >= interval.start && d <= interval.end);
    return isoDay(inside.length > 0 ? Math.min(...inside) : interval.start);
  }
  return datelines.length > 0 ? isoDay(Math.min(...datelines)) : null;
}

/**
 * A corpus event from its reports: every field's values per source with provenance, the value shown
 * and how it was chosen, conflicts marked; tolls as ranges with ACLED's lowest figure; counts of
 * outlets and articles. Pure: the same reports, merges and corrections give the same event in any order.
 */
export function summarizeEvent(id: string, reports: readonly EventReport[], merges: readonly MergeExplanation[] = [], corrections: readonly Correction[] = []): CorpusEvent {
  const ordered = canonicalOrder(reports);
  const place = (r: EventReport) => r.place;
  const levelOf = new Map<ReportPlace, PlaceLevel>(ordered.filter((r) => r.place).map((r) => [r.place!, placeLevel(r.place!, r.geoPrecision)]));
  const placeValues = sourcedValues(ordered, place, placeKey);
  const placeField = chooseField(
    placeValues,
    anyPair(placeValues, (a, b) => {
      const c = comparePlace({ place: a, geoPrecision: null }, { place: b, geoPrecision: null });
      return c.veto || c.score < 0;
    }),
    correctionOf(corrections, "place"),
    (p) => PLACE_LEVEL_RANK[levelOf.get(p) ?? placeLevel(p, null)],
  );
  const dateValues = sourcedValues(ordered, (r) => (r.date?.value ? r.date : null), (d) => `${d.value}|${d.precision}`);
  const dateField = chooseField(
    dateValues,
    anyPair(dateValues, (a, b) => {
      const ia = intervalOf(a);
      const ib = intervalOf(b);
      return ia !== null && ib !== null && gapDays(ia, ib) > 0;
    }),
    correctionOf(corrections, "date"),
    (d) => DATE_SPECIFICITY[d.precision] ?? 0,
  );
  const typeValues = sourcedValues(ordered, (r) => r.type, String);
  const typeField = chooseField(typeValues, typeValues.length > 1, correctionOf(corrections, "type"), none);
  const modeValues = sourcedValues(ordered, (r) => r.mode, String);
  const modeField = chooseField(
    modeValues,
    anyPair(modeValues, (a, b) => (MODE_FAMILY[a] ?? a) !== (MODE_FAMILY[b] ?? b)),
    correctionOf(corrections, "mode"),
    none,
  );
  const modalityValues = sourcedValues(ordered, (r) => r.modality, String);
  const modalityField = chooseField(modalityValues, modalityValues.length > 1, correctionOf(corrections, "modality"), none);
  const actorField = (get: (r: EventReport) => ReportActor | null, field: EventField) => {
    const values = sourcedValues(ordered, get, actorKey);
    return chooseField(values, anyPair(values, (a, b) => actorRelation(a, b) === "different"), correctionOf(corrections, field), (a) => (isDescription(a) ? 0 : 1));
  };

  // The report that speaks for the event's codes: the first with the type (and mode) shown, and the first with the place shown.
  const shownType = typeField.value ?? ordered[0]?.type ?? null;
  const typed = ordered.filter((r) => r.type === shownType);
  const representative = typed.find((r) => r.mode === modeField.value) ?? typed[0] ?? null;
  const placeCorrected = placeField.chosenBy === "analyst";
  const placed = placeField.value === null || placeCorrected ? null : ordered.find((r) => r.place !== null && placeKey(r.place) === placeKey(placeField.value!));
  const correctedLevel = placeCorrected && placeField.value ? placeLevel(placeField.value, null) : null;

  return {
    id,
    type: { ...typeField, value: shownType ?? "" },
    mode: modeField,
    modality: { ...modalityField, value: modalityField.value ?? "asserted" },
    actor: actorField((r) => r.actor, "actor"),
    target: actorField((r) => r.target, "target"),
    place: placeField,
    date: dateField,
    day: dayOfEvent(dateField.value, ordered),
    fatalities: summarizeToll(ordered, (r) => r.fatalities, correctionOf(corrections, "fatalities")),
    injuries: summarizeToll(ordered, (r) => r.injuries, correctionOf(corrections, "injuries")),
    geoPrecision: correctedLevel ? GEO_PRECISION_OF_LEVEL[correctedLevel] : (placed?.geoPrecision ?? null),
    acledGeoPrecision: correctedLevel ? ACLED_GEO_OF_LEVEL[correctedLevel] : (placed?.acledGeoPrecision ?? null),
    cameo: representative?.cameo ?? null,
    acled: representative?.acled ?? null,
    reports: ordered,
    sourceCount: new Set(ordered.map(outletKey)).size,
    articleCount: new Set(ordered.map((r) => r.articleId)).size,
    merges,
    corrections,
  };
}

