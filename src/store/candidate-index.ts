/**
 * The identity rule's candidate rows kept in memory for a run of batched saves on SQLite (issue 8
 * item 6). Each article's candidate statement walked the `events_candidates` index over its reports'
 * day windows: a day of news holds most of a run's events (1,637 of 2,335 in the ingest bench), so
 * every article re-read most of that day, about a tenth of the CPU of saving it. Here the rows of
 * every event in the day ranges asked for so far are read once, kept sorted by (day, id) as the index
 * is, and changed as this connection writes events; a report's candidate rows are then walked in
 * memory exactly as its statement walks the index (same conditions, same order, same limits).
 *
 * The index is only as true as what this connection has seen: the store clears it whenever another
 * connection has committed (SQLite's `data_version`), when one of its own writes is rolled back, and
 * before any write it does not track (src/store/kysely-store.ts, `StoreMemo`).
 */
import { compareDayId, firstOnOrAfter, matchesFilter, type CandidateFilter, type CandidateRow } from "./candidate-window.js";
import { addDays } from "./day-span.js";

/** Rows kept before the index is dropped and read again from the store (~250 bytes a row: 25 MB at most). */
export const CANDIDATE_INDEX_MAX_ROWS = 100_000;

/** A range of days the store is to be read for: each bound inclusive or exclusive (the edges of ranges already read). */
export interface DayRange {
  readonly from: string;
  readonly fromInclusive: boolean;
  readonly to: string;
  readonly toInclusive: boolean;
}

/** Reads the rows of events with sources in a range of days (null: the events with no day). */
export type ReadCandidateRows = (range: DayRange | null) => Promise<CandidateRow[]>;

export class CandidateIndex {
  /** Sorted by (day, id), no day first: the order of `events_candidates`. */
  private rows: CandidateRow[] = [];
  private readonly byId = new Map<string, CandidateRow>();
  /** Inclusive day ranges whose every event with sources is in `rows`; sorted, disjoint. */
  private covered: Array<{ from: string; to: string }> = [];
  private noDayCovered = false;

  get size(): number {
    return this.rows.length;
  }

  clear(): void {
    this.rows = [];
    this.byId.clear();
    this.covered = [];
    this.noDayCovered = false;
  }

  /**
   * The rows the store's candidate statement returns for these filters (each one's `limit + slack`
   * nearest rows on either side of its first day, or with no day), each row once. Ranges not read
   * yet are read first.
   */
  async rowsFor(filters: readonly CandidateFilter[], slack: number, read: ReadCandidateRows): Promise<CandidateRow[]> {
    for (const f of filters) {
      if (!f.span) await this.cover(null, read);
      else await this.cover({ from: addDays(f.span[0], -f.days), to: addDays(f.span[1], f.days) }, read);
    }
    const out = new Map<string, CandidateRow>();
    for (const f of filters) for (const r of this.walk(f, f.limit + slack)) out.set(r.id, r);
    return [...out.values()];
  }

  /**
   * An event as written: its row replaces the old one, in its place by (day, id); an event without
   * sources, or removed (null), leaves the index. A row outside the ranges read is left to the store.
   */
  put(id: string, row: (CandidateRow & { readonly sourceCount: number }) | null): void {
    const old = this.byId.get(id);
    if (old) {
      this.rows.splice(this.position(old), 1);
      this.byId.delete(id);
    }
    if (!row || row.sourceCount <= 0 || !this.isCovered(row.day)) return;
    const kept: CandidateRow = { id: row.id, day: row.day, type: row.type, country: row.country, version: row.version };
    this.rows.splice(this.position(kept), 0, kept);
    this.byId.set(id, kept);
  }

  private isCovered(day: string | null): boolean {
    if (day === null) return this.noDayCovered;
    return this.covered.some((c) => c.from <= day && day <= c.to);
  }

  /** Index of the first row not before `row` by (day, id). */
  private position(row: CandidateRow): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareDayId(this.rows[mid]!, row) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Reads what of the range (null: no day) is not in memory yet. */
  private async cover(range: { from: string; to: string } | null, read: ReadCandidateRows): Promise<void> {
    if (range === null) {
      if (this.noDayCovered) return;
      this.add(await read(null));
      this.noDayCovered = true;
      return;
    }
    const { from, to } = range;
    // The gaps of [from, to] between ranges already read, bounded by their edges.
    const gaps: DayRange[] = [];
    let at = from;
    let atInclusive = true;
    for (const c of this.covered) {
      if (c.to < at) continue;
      if (c.from > to) break;
      // Days from `at` up to this range's first (which it holds) are not read yet.
      if (c.from > at) gaps.push({ from: at, fromInclusive: atInclusive, to: c.from, toInclusive: false });
      at = c.to;
      atInclusive = false;
    }
    if (at < to || (at === to && atInclusive)) gaps.push({ from: at, fromInclusive: atInclusive, to, toInclusive: true });
    if (gaps.length === 0) return;
    for (const gap of gaps) this.add(await read(gap));
    // The union of [from, to] and the ranges it touches is now one range read.
    const merged = { from, to };
    const kept: Array<{ from: string; to: string }> = [];
    for (const c of this.covered) {
      if (c.to < from || c.from > to) kept.push(c);
      else {
        if (c.from < merged.from) merged.from = c.from;
        if (c.to > merged.to) merged.to = c.to;
      }
    }
    kept.push(merged);
    this.covered = kept.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    if (this.rows.length > CANDIDATE_INDEX_MAX_ROWS) this.clear();
  }

  private add(rows: readonly CandidateRow[]): void {
    const fresh = rows.filter((r) => !this.byId.has(r.id));
    for (const r of fresh) this.byId.set(r.id, r);
    this.rows = this.rows.concat(fresh).sort(compareDayId);
  }

  /**
   * One filter's rows as its statement walks the index: with no span, the first `n` events with no
   * day by id; else the first `n` on or after its first day up to the window's end, by (day, id), and
   * the first `n` before it down to the window's start, by (day, id) descending.
   */
  private walk(f: CandidateFilter, n: number): CandidateRow[] {
    const rows = this.rows;
    const out: CandidateRow[] = [];
    if (!f.span) {
      for (let i = 0; i < rows.length && out.length < n; i++) {
        const r = rows[i]!;
        if (r.day !== null) break;
        if (matchesFilter(r, f)) out.push(r);
      }
      return out;
    }
    const first = f.span[0];
    const until = addDays(f.span[1], f.days);
    const since = addDays(f.span[0], -f.days);
    const lo = firstOnOrAfter(rows, first);
    let later = 0;
    for (let i = lo; i < rows.length && later < n; i++) {
      const r = rows[i]!;
      if (r.day! > until) break;
      if (matchesFilter(r, f)) {
        out.push(r);
        later++;
      }
    }
    let earlier = 0;
    for (let i = lo - 1; i >= 0 && earlier < n; i--) {
      const r = rows[i]!;
      if (r.day === null || r.day < since) break;
      if (matchesFilter(r, f)) {
        out.push(r);
        earlier++;
      }
    }
    return out;
  }
}
