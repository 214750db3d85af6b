import type { EventReport } from "../records.js";
import { dayOf, gapDays, intervalOf, isoDay, type DayInterval } from "./day-interval.js";
import { evidence, veto, type FieldComparison } from "./field-comparison.js";
import {
  DATE_ADJACENT_DATELINE,
  DATE_ADJACENT_DAY,
  DATE_INSIDE_PERIOD,
  DATE_LATE_FOLLOW_UP,
  DATE_NEAR_DATELINE,
  DATE_SAME_DATELINE,
  DATE_SAME_DAY,
  DATE_TWO_DAYS,
  DATE_WITHIN_LOOKBACK,
  DAY_MAX_GAP_DAYS,
  NO_DATE_LOOKBACK_DAYS,
  NO_DATE_MAX_LAG_DAYS,
  REPORTED_BEFORE_SLACK_DAYS,
} from "./heuristics.js";

type Dated = Pick<EventReport, "date" | "source">;

function label(r: Dated): string {
  return r.date?.value ?? `dateline ${r.source.published ?? "?"}`;
}

/** A dated report against one that only has its dateline: the event lies at or before the dateline. */
function againstDateline(dated: Dated, when: DayInterval, undated: Dated, published: number): FieldComparison {
  const what = () => `${label(dated)} vs no date, ${label(undated)}`;
  if (when.start > published + REPORTED_BEFORE_SLACK_DAYS) return veto(() => `${what()}: reported before it happened`);
  const lag = published - when.end;
  if (lag <= 1 && when.kind === "day") return evidence(DATE_NEAR_DATELINE, () => `${what()} (${Math.max(lag, 0)} day(s) before)`);
  if (lag <= NO_DATE_LOOKBACK_DAYS) return evidence(DATE_WITHIN_LOOKBACK, () => `${what()} (${lag} days before)`);
  if (lag <= NO_DATE_MAX_LAG_DAYS) return evidence(DATE_LATE_FOLLOW_UP, () => `${what()}: a follow-up ${lag} days later?`);
  return veto(() => `${what()}: ${lag} days later`);
}

/**
 * Dates, each at its own precision: two days must be within DAY_MAX_GAP_DAYS; a day must fall inside
 * a week or month; a report without an event date is placed before its dateline (news follows events).
 */
export function compareDate(a: Dated, b: Dated): FieldComparison {
  const ia = intervalOf(a.date);
  const ib = intervalOf(b.date);
  if (ia && ib) {
    const gap = gapDays(ia, ib);
    const what = () => `${label(a)} / ${label(b)}`;
    if (ia.kind === "day" && ib.kind === "day") {
      if (gap === 0) return evidence(DATE_SAME_DAY, () => `same day (${isoDay(ia.start)})`);
      if (gap === 1) return evidence(DATE_ADJACENT_DAY, () => `a day apart (${what()})`);
      if (gap <= DAY_MAX_GAP_DAYS) return evidence(DATE_TWO_DAYS, () => `${gap} days apart (${what()})`);
      return veto(() => `different days (${what()})`);
    }
    if (gap === 0) return evidence(ia.kind === "day" || ib.kind === "day" ? DATE_INSIDE_PERIOD : 0, () => `overlapping (${what()})`);
    if (gap <= 1) return evidence(0, () => `adjacent periods (${what()})`);
    return veto(() => `different periods (${what()})`);
  }
  const pa = dayOf(a.source.published);
  const pb = dayOf(b.source.published);
  if (ia && pb !== null) return againstDateline(a, ia, b, pb);
  if (ib && pa !== null) return againstDateline(b, ib, a, pa);
  if (ia || ib) return evidence(0, () => `only one date (${label(ia ? a : b)}), no dateline`);
  if (pa === null || pb === null) return evidence(0, "no dates");
  const gap = Math.abs(pa - pb);
  const what = () => `no dates, datelines ${isoDay(pa)} / ${isoDay(pb)}`;
  if (gap === 0) return evidence(DATE_SAME_DATELINE, what);
  if (gap === 1) return evidence(DATE_ADJACENT_DATELINE, what);
  if (gap <= NO_DATE_LOOKBACK_DAYS) return evidence(0, what);
  if (gap <= NO_DATE_MAX_LAG_DAYS) return evidence(DATE_LATE_FOLLOW_UP, what);
  return veto(() => `${what()}: ${gap} days apart`);
}

/** The days a report's event may lie in: its date, else the look-back before its dateline; null if neither. */
export function possibleDays(r: Dated): DayInterval | null {
  const i = intervalOf(r.date);
  if (i) return i;
  const p = dayOf(r.source.published);
  return p === null ? null : { start: p - NO_DATE_LOOKBACK_DAYS, end: p, kind: "period" };
}

/** Both reports date the event to the same day in their own words (not from a dateline). */
export function sameTellingDay(a: Dated, b: Dated): boolean {
  const ia = intervalOf(a.date);
  const ib = intervalOf(b.date);
  return ia !== null && ib !== null && ia.kind === "day" && ib.kind === "day" && gapDays(ia, ib) === 0;
}
