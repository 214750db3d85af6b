/**
 * The identity rule's candidate query, answered in memory. Saving an article asked the store twice
 * per report for the events near that report's days (on PostgreSQL, two round trips each), and each
 * query waited for the summaries the article had changed to be written. Now the store reads every
 * report's query in one statement, once per article, and `pickCandidates` chooses each report's
 * candidates from those rows exactly as its own query would: same filters, same nearest-day order,
 * same limit. The rows of events the article has changed meanwhile come from memory
 * (src/store/events-in-progress.ts).
 */
import type { EventReport } from "../corpus/records.js";
import type { CandidateQuery } from "./store.js";
import { addDays, daysApart, reportDaySpan } from "./day-span.js";

/** Candidate query defaults: a week either side covers "last Monday" in a report filed days later. */
export const DEFAULT_CANDIDATE_DAYS = 7;
export const DEFAULT_CANDIDATE_LIMIT = 50;

/** An event as the candidate query sees it: the columns it filters and sorts on, and the summary's version. */
export interface CandidateRow {
  readonly id: string;
  readonly day: string | null;
  readonly type: string;
  readonly country: string | null;
  readonly version: string;
}

/** One report's candidate query. */
export interface CandidateFilter {
  /** The days the report's date covers (else its dateline's); null: only events with no day. */
  readonly span: readonly [string, string] | null;
  readonly days: number;
  readonly limit: number;
  /** Event types it may join; null: any. */
  readonly types: readonly string[] | null;
  /** Its country: events there or with none; null: any country. */
  readonly country: string | null;
}

export function candidateFilterOf(report: EventReport, query: CandidateQuery): CandidateFilter {
  const types = query.types?.(report.type) ?? null;
  return {
    span: reportDaySpan(report),
    days: query.days ?? DEFAULT_CANDIDATE_DAYS,
    limit: query.limit ?? DEFAULT_CANDIDATE_LIMIT,
    types: types && types.length > 0 ? types : null,
    country: report.place?.country || null,
  };
}

/** Event ids and days compare as the stores compare them (byte order: SQLite's BINARY, PostgreSQL's C collation, ASCII text). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareDayId(a: CandidateRow, b: CandidateRow): number {
  return compare(a.day ?? "", b.day ?? "") || compare(a.id, b.id);
}

/**
 * Whether the row passes the filter's type and country conditions. SQL semantics: a null type is in
 * no list.
 */
export function matchesFilter(row: CandidateRow, filter: CandidateFilter): boolean {
  if (filter.types && !filter.types.includes(row.type)) return false;
  if (filter.country && row.country !== filter.country && row.country !== null) return false;
  return true;
}

/** Candidate rows in the order the candidate queries walk them: by day (none first), then id. */
export function sortCandidateRows(rows: CandidateRow[]): CandidateRow[] {
  return rows.sort(compareDayId);
}

/**
 * The report's candidates among `rows` (any superset of what its query reads), as the store's
 * per-report query orders them: the `limit` nearest days at or after the span's first day (by day,
 * then id) and the `limit` nearest before it (by day and id descending), together by distance in
 * days, then id, the first `limit`. With no span: events with no day, by id.
 */
export function pickCandidates(rows: Iterable<CandidateRow>, filter: CandidateFilter): CandidateRow[] {
  return pickSortedCandidates(sortCandidateRows([...rows]), filter);
}

/**
 * pickCandidates for rows already in sortCandidateRows order (ids unique): each side is walked from
 * the span's first day outwards and stops at `limit` rows, so a dense day costs no sort.
 */
export function pickSortedCandidates(rows: readonly CandidateRow[], filter: CandidateFilter): CandidateRow[] {
  return pickSortedCandidatesOfTwo(rows, undefined, NO_ROWS, filter);
}

const NO_ROWS: readonly CandidateRow[] = [];

/**
 * pickSortedCandidates over two lists, each in sortCandidateRows order, as if they were one: the rows
 * of `stored` that `replaced` names left out (an article's candidate rows, less the events it has
 * changed), and `more` (those events' rows in memory). Each side of the span is walked in both lists
 * and the two walks merged in the same order, so the rows picked, and their order, are those of the
 * merged list; the article's rows (often most of a run's events, on one day) are not copied for each
 * of its reports.
 */
export function pickSortedCandidatesOfTwo(stored: readonly CandidateRow[], replaced: ((row: CandidateRow) => boolean) | undefined, more: readonly CandidateRow[], filter: CandidateFilter): CandidateRow[] {
  const { span, days, limit } = filter;
  if (!span) {
    // Rows with no day come first, by id.
    return mergeFirst(noDayRows(stored, replaced, filter, limit), noDayRows(more, undefined, filter, limit), compareDayId, limit);
  }
  const last = addDays(span[1], days);
  const first = addDays(span[0], -days);
  const loStored = firstOnOrAfter(stored, span[0]);
  const loMore = firstOnOrAfter(more, span[0]);
  const later = mergeFirst(laterRows(stored, loStored, last, replaced, filter, limit), laterRows(more, loMore, last, undefined, filter, limit), compareDayId, limit);
  const earlier = mergeFirst(earlierRows(stored, loStored, first, replaced, filter, limit), earlierRows(more, loMore, first, undefined, filter, limit), (a, b) => compareDayId(b, a), limit);
  // Many events share a day: each day's distance is computed once.
  const distances = new Map<string, number>();
  const distance = (day: string) => {
    let d = distances.get(day);
    if (d === undefined) distances.set(day, (d = daysApart(span, day)));
    return d;
  };
  return [...later, ...earlier]
    .map((r) => ({ r, d: distance(r.day!) }))
    .sort((a, b) => a.d - b.d || compare(a.r.id, b.r.id))
    .slice(0, limit)
    .map((x) => x.r);
}

/** The first `limit` rows with no day that pass the filter (rows with no day sort first). */
function noDayRows(rows: readonly CandidateRow[], skip: ((row: CandidateRow) => boolean) | undefined, filter: CandidateFilter, limit: number): CandidateRow[] {
  const kept: CandidateRow[] = [];
  for (const r of rows) {
    if (r.day !== null || kept.length >= limit) break;
    if (skip?.(r)) continue;
    if (matchesFilter(r, filter)) kept.push(r);
  }
  return kept;
}

/** The index of the first row on or after `day` (rows with no day sort before every day). */
export function firstOnOrAfter(rows: readonly { readonly day: string | null }[], day: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = rows[mid]!.day;
    if (d === null || d < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** From `lo` on, the first `limit` rows up to day `last` that pass the filter, in order. */
function laterRows(rows: readonly CandidateRow[], lo: number, last: string, skip: ((row: CandidateRow) => boolean) | undefined, filter: CandidateFilter, limit: number): CandidateRow[] {
  const kept: CandidateRow[] = [];
  for (let i = lo; i < rows.length && kept.length < limit; i++) {
    const r = rows[i]!;
    if (r.day! > last) break;
    if (skip?.(r)) continue;
    if (matchesFilter(r, filter)) kept.push(r);
  }
  return kept;
}

/** Before `lo`, walking back, the first `limit` rows down to day `first` that pass the filter. */
function earlierRows(rows: readonly CandidateRow[], lo: number, first: string, skip: ((row: CandidateRow) => boolean) | undefined, filter: CandidateFilter, limit: number): CandidateRow[] {
  const kept: CandidateRow[] = [];
  for (let i = lo - 1; i >= 0 && kept.length < limit; i--) {
    const r = rows[i]!;
    if (r.day === null || r.day < first) break;
    if (skip?.(r)) continue;
    if (matchesFilter(r, filter)) kept.push(r);
  }
  return kept;
}

/** The first `limit` rows of two lists each in `order`, merged in that order. */
function mergeFirst(a: CandidateRow[], b: readonly CandidateRow[], order: (x: CandidateRow, y: CandidateRow) => number, limit: number): CandidateRow[] {
  if (b.length === 0) return a;
  const out: CandidateRow[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && order(a[i]!, b[j]!) < 0)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
