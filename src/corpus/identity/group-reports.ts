import type { CorpusEvent, EventReport, MergeExplanation } from "../records.js";
import { possibleDays } from "./compare-date.js";
import { typesMayBeCompatible } from "./compare-type.js";
import { isoDay } from "./day-interval.js";
import { DAY_MAX_GAP_DAYS, NO_DATE_LOOKBACK_DAYS, NO_DATE_MAX_LAG_DAYS } from "./heuristics.js";
import { matchReport, type IdentityDecision } from "./match-report.js";
import { canonicalOrder, eventIdFor, summarizeEvent } from "./summarize-event.js";

/** How far from a report's own possible days an event it could join may lie. */
const REACH_DAYS = NO_DATE_MAX_LAG_DAYS + NO_DATE_LOOKBACK_DAYS + DAY_MAX_GAP_DAYS;

/**
 * The days (YYYY-MM-DD, inclusive, on CorpusEvent.day) where the store should look for candidate
 * events of a report; null when the report has neither a date nor a dateline (every event is a candidate).
 */
export function candidateWindow(report: EventReport): { from: string; to: string } | null {
  const days = possibleDays(report);
  return days === null ? null : { from: isoDay(days.start - REACH_DAYS), to: isoDay(days.end + REACH_DAYS) };
}

interface Group {
  event: CorpusEvent;
  reports: EventReport[];
  merges: MergeExplanation[];
  start: number;
  end: number;
  types: Set<string>;
}

export interface GroupOptions {
  /** "canonical" (default): reports in date order, then key, whatever order they came in; "given": as they came (as a store ingests). */
  readonly order?: "canonical" | "given";
  readonly decisions?: readonly IdentityDecision[];
}

/**
 * Every report assigned to a corpus event, one report at a time exactly as a store does it
 * (matchReport over the candidate events, then summarizeEvent). In canonical order the result does
 * not depend on the order of `reports`; events come back in the order they were founded.
 */
export function groupReports(reports: readonly EventReport[], options: GroupOptions = {}): CorpusEvent[] {
  const stream = options.order === "given" ? reports : canonicalOrder(reports);
  const groups: Group[] = [];
  const byId = new Map<string, Group>();
  // Groups by each type among their reports, so a report looks only at events it could join.
  const byType = new Map<string, Set<Group>>();
  const typesSeen: string[] = [];
  const index = (g: Group, type: string) => {
    let set = byType.get(type);
    if (!set) {
      byType.set(type, (set = new Set()));
      typesSeen.push(type);
    }
    set.add(g);
  };
  for (const report of stream) {
    const days = possibleDays(report);
    const pool = new Set<Group>();
    for (const t of typesSeen) {
      if (!typesMayBeCompatible(t, report.type)) continue;
      for (const g of byType.get(t)!) if (days === null || (g.start <= days.end + REACH_DAYS && g.end >= days.start - REACH_DAYS)) pool.add(g);
    }
    const candidates: CorpusEvent[] = [];
    for (const g of pool) candidates.push(g.event);
    const match = matchReport(report, candidates, { decisions: options.decisions });
    const group = match ? byId.get(match.eventId)! : undefined;
    if (group && match) {
      group.reports.push(report);
      group.merges.push(match.explanation);
      group.event = summarizeEvent(group.event.id, group.reports, group.merges);
      group.types.add(report.type);
      index(group, report.type);
      if (days) {
        group.start = Math.min(group.start, days.start);
        group.end = Math.max(group.end, days.end);
      }
      continue;
    }
    const id = eventIdFor(report);
    const g: Group = {
      event: summarizeEvent(id, [report]),
      reports: [report],
      merges: [],
      start: days?.start ?? Number.NEGATIVE_INFINITY,
      end: days?.end ?? Number.POSITIVE_INFINITY,
      types: new Set([report.type]),
    };
    groups.push(g);
    byId.set(id, g);
    index(g, report.type);
  }
  return groups.map((g) => g.event);
}
