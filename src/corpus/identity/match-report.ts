import type { CorpusEvent, EventReport, MergeExplanation, ReportDate, ReportPlace } from "../records.js";
import { compareDate } from "./compare-date.js";
import { comparePlace } from "./compare-place.js";
import { compareReports, type ReportComparison } from "./compare-reports.js";
import { compareType } from "./compare-type.js";
import { MERGE_THRESHOLD } from "./heuristics.js";

/**
 * An analyst's decision about one report, which the store keeps and hands back on every assignment
 * (and after `sitrep reprocess`) so that the automatic rule never undoes it: "split" keeps the report
 * out of the event, "merge" puts it in.
 */
export interface IdentityDecision {
  readonly kind: "split" | "merge";
  readonly reportKey: string;
  readonly eventId: string;
  readonly by: string | null;
  /** ISO 8601 date-time. */
  readonly at: string;
}

export interface MatchOptions {
  readonly decisions?: readonly IdentityDecision[];
}

export interface Match {
  readonly eventId: string;
  readonly explanation: MergeExplanation;
}

interface PairResult {
  readonly matched: EventReport;
  readonly comparison: ReportComparison;
}

/** compareReports' options, made once: it is called for every report of every candidate event. */
const ALL = { all: true } as const;
const QUICK = { all: false } as const;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Analysts' corrections of type, place and date bind the event: a report that contradicts them cannot join. */
function contradictsCorrections(report: EventReport, event: CorpusEvent): string | null {
  for (const c of event.corrections) {
    if (c.field === "type" && typeof c.value === "string" && compareType(report, { type: c.value, mode: null }).veto) return `type corrected to ${c.value}`;
    if (c.field === "place" && c.value && comparePlace(report, { place: c.value as ReportPlace, geoPrecision: null }).veto) return `place corrected to ${(c.value as ReportPlace).name}`;
    if (c.field === "date" && c.value && compareDate(report, { date: c.value as ReportDate, source: { ...report.source, published: null } }).veto) return `date corrected to ${(c.value as ReportDate).value}`;
  }
  return null;
}

/**
 * The report of `event` that `report` matches best, and whether any report of the event vetoes it:
 * an event is one happening, so every one of its reports must be compatible with the newcomer, and
 * the score is that of the closest one.
 */
export function compareWithEvent(report: EventReport, event: CorpusEvent, all = false): PairResult | null {
  let best: PairResult | null = null;
  let vetoed: PairResult | null = null;
  for (const r of event.reports) {
    if (r.key === report.key) continue;
    const comparison = compareReports(report, r, all ? ALL : QUICK);
    if (comparison.vetoedBy !== null) {
      vetoed ??= { matched: r, comparison };
      if (!all) break;
      continue;
    }
    if (best === null || comparison.score > best.comparison.score || (comparison.score === best.comparison.score && r.key < best.matched.key)) best = { matched: r, comparison };
  }
  return vetoed ?? best;
}

/** The explanation of putting `report` into `event`, whatever the rule says (for analysts' merges too). */
export function explainMerge(report: EventReport, event: CorpusEvent, by: string): MergeExplanation {
  const pair = compareWithEvent(report, event, true);
  if (pair === null) return { report: report.key, matched: report.key, score: 0, fields: {}, by };
  const { comparison } = pair;
  const fields = comparison.vetoedBy === null ? comparison.fields : { ...comparison.fields, veto: comparison.vetoedBy };
  return { report: report.key, matched: pair.matched.key, score: Number.isFinite(comparison.score) ? round(comparison.score) : 0, fields, by };
}

/**
 * The corpus event `report` joins among `candidates`, with why, or null for a new event. A candidate
 * qualifies when no report of it vetoes the newcomer and its closest report scores MERGE_THRESHOLD or
 * more; the best score wins (ties: the smaller event id, so the answer does not depend on the order
 * of the candidates). An analyst's decision about the report wins over the rule.
 */
export function matchReport(report: EventReport, candidates: readonly CorpusEvent[], options: MatchOptions = {}): Match | null {
  const decisions = (options.decisions ?? []).filter((d) => d.reportKey === report.key);
  const keptOut = new Set(decisions.filter((d) => d.kind === "split").map((d) => d.eventId));
  const forced = decisions.filter((d) => d.kind === "merge").at(-1);
  if (forced) {
    const event = candidates.find((c) => c.id === forced.eventId);
    if (event) return { eventId: event.id, explanation: explainMerge(report, event, "analyst") };
  }
  let best: { event: CorpusEvent; pair: PairResult } | null = null;
  for (const event of candidates) {
    if (keptOut.size > 0 && keptOut.has(event.id)) continue;
    if (event.corrections.length > 0 && contradictsCorrections(report, event) !== null) continue;
    const pair = compareWithEvent(report, event);
    if (pair === null || pair.comparison.vetoedBy !== null || pair.comparison.score < MERGE_THRESHOLD) continue;
    if (best === null || pair.comparison.score > best.pair.comparison.score || (pair.comparison.score === best.pair.comparison.score && event.id < best.event.id)) best = { event, pair };
  }
  if (best === null) return null;
  return {
    eventId: best.event.id,
    explanation: { report: report.key, matched: best.pair.matched.key, score: round(best.pair.comparison.score), fields: best.pair.comparison.fields, by: "identity" },
  };
}
