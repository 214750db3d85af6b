import type { CorpusEvent, EventReport } from "../records.js";
import { explainMerge, type IdentityDecision } from "./match-report.js";
import { eventIdFor, summarizeEvent } from "./summarize-event.js";

export interface SplitResult {
  /** The event without the report: same id, its corrections kept, the report's merge explanation dropped. */
  readonly remaining: CorpusEvent;
  /** A new event of the report alone. */
  readonly split: CorpusEvent;
  /** What the store records so that the automatic rule never puts the report back into `remaining`. */
  readonly decision: IdentityDecision;
}

/** The id of an event split off `from`: its report's own id, unless that is `from`'s (it founded it). */
export function splitEventId(report: Pick<EventReport, "key">, from: string): string {
  const own = eventIdFor(report);
  return own === from ? eventIdFor({ key: `split:${report.key}` }) : own;
}

/**
 * Undoes a merge: takes the report out of the event into an event of its own. Null when the report is
 * not in the event or is its only report (nothing to undo). `at` is the ISO date-time of the decision.
 */
export function splitReport(event: CorpusEvent, reportKey: string, by: string | null, at: string): SplitResult | null {
  const report = event.reports.find((r) => r.key === reportKey);
  if (!report || event.reports.length < 2) return null;
  const rest = event.reports.filter((r) => r.key !== reportKey);
  const remaining = summarizeEvent(event.id, rest, event.merges.filter((m) => m.report !== reportKey), event.corrections);
  const split = summarizeEvent(splitEventId(report, event.id), [report]);
  return { remaining, split, decision: { kind: "split", reportKey, eventId: event.id, by, at } };
}

export interface AnalystMerge {
  /** The target event with the report in it, the merge explained (by "analyst"). */
  readonly event: CorpusEvent;
  /** The event the report came from without it, or null when it was that event's only report. */
  readonly from: CorpusEvent | null;
  readonly decision: IdentityDecision;
}

/**
 * An analyst's merge: puts the report (taken from the event `from`, if any) into `into`, whatever the
 * rule says; the explanation still shows how each field compares.
 */
export function mergeReportInto(into: CorpusEvent, report: EventReport, from: CorpusEvent | null, by: string | null, at: string): AnalystMerge {
  const explanation = explainMerge(report, into, "analyst");
  const event = summarizeEvent(into.id, [...into.reports.filter((r) => r.key !== report.key), report], [...into.merges, explanation], into.corrections);
  const rest = from ? from.reports.filter((r) => r.key !== report.key) : [];
  const remainder = from && rest.length > 0 ? summarizeEvent(from.id, rest, from.merges.filter((m) => m.report !== report.key), from.corrections) : null;
  return { event, from: remainder, decision: { kind: "merge", reportKey: report.key, eventId: into.id, by, at } };
}
