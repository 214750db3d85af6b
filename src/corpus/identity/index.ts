/**
 * Cross-article identity (docs/identity.md): which reports from different articles tell one
 * happening, and the corpus event they make. Pure functions over the records of src/corpus/records.ts;
 * the store persists what they return.
 */
export { matchReport, explainMerge, compareWithEvent, type IdentityDecision, type Match, type MatchOptions } from "./match-report.js";
export { compareReports, type ReportComparison } from "./compare-reports.js";
export { summarizeEvent, summarizeToll, eventIdFor, canonicalOrder, outletKey } from "./summarize-event.js";
export { splitReport, mergeReportInto, splitEventId, type SplitResult, type AnalystMerge } from "./split-report.js";
export { groupReports, candidateWindow, type GroupOptions } from "./group-reports.js";
