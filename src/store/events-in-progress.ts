/**
 * The corpus events one `saveAnalysis` changes, kept in memory until the end of its transaction.
 * Each report that joined an event used to cost re-reading and re-parsing all of that event's
 * reports, a corrections query, a summary and an UPDATE, before the next report's candidate query;
 * now an event's reports, merges and corrections are taken from the parsed summary the store already
 * holds (src/store/event-cache.ts, when its version is the stored one) or read once, the summary is
 * recomputed in memory when the next candidate query needs it, and each event is written once.
 *
 * Summaries are computed by the same function from the same inputs, in the same order, at the same
 * moments as before (before each candidate query and at the end), so they equal a full recomputation
 * from the stored rows (tested: test/store/summaries-equal-recomputation.test.ts).
 */
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { briefOf } from "../corpus/event-brief.js";
import type { Correction, CorpusEvent, EventReport, MergeExplanation } from "../corpus/records.js";
import { actorNames, writeEventActors } from "./event-actors.js";
import type { CandidateRow } from "./candidate-window.js";
import type { EventCache } from "./event-cache.js";
import type { StoreSchema } from "./schema.js";
import { insertRows, type QueryShapes } from "./query-shapes.js";
import type { SummarizeEvent } from "./store.js";

type Db = Kysely<StoreSchema>;

/** One report of an event with the explanation that put it there (null when it founded the event). */
export interface EventEntry {
  readonly report: EventReport;
  readonly merge: MergeExplanation | null;
}

/**
 * The summary of an event from its entries and corrections: reports and merges in report-key order
 * (byte order, as `order by key` gives them on both stores), corrections in the order they were made.
 */
export function summarizeEntries(summarize: SummarizeEvent, id: string, entries: Iterable<EventEntry>, corrections: readonly Correction[]): CorpusEvent {
  const sorted = [...entries].sort((a, b) => (a.report.key < b.report.key ? -1 : a.report.key > b.report.key ? 1 : 0));
  return summarize(
    id,
    sorted.map((e) => e.report),
    sorted.flatMap((e) => (e.merge ? [e.merge] : [])),
    corrections,
  );
}

/** The entries a parsed summary holds, or undefined when its merges cannot be told apart by report. */
function entriesOfSummary(event: CorpusEvent): Map<string, EventEntry> | undefined {
  const merges = new Map<string, MergeExplanation>();
  for (const m of event.merges) {
    if (merges.has(m.report)) return undefined;
    merges.set(m.report, m);
  }
  const entries = new Map<string, EventEntry>();
  for (const report of event.reports) entries.set(report.key, { report, merge: merges.get(report.key) ?? null });
  // Every merge belongs to a report of the event, and in key order they are the summary's merges.
  const inOrder = [...entries.values()].sort((a, b) => (a.report.key < b.report.key ? -1 : a.report.key > b.report.key ? 1 : 0)).flatMap((e) => (e.merge ? [e.merge] : []));
  if (inOrder.length !== event.merges.length || inOrder.some((m, i) => m !== event.merges[i])) return undefined;
  return entries;
}

export function correctionOfRow(r: { event_id: string; field: string; value_json: string; by: string | null; note: string | null; at: string }): Correction {
  return { eventId: r.event_id, field: r.field as Correction["field"], value: JSON.parse(r.value_json) as unknown, by: r.by, note: r.note, at: r.at };
}

/**
 * Random bytes drawn 4 KB at a time: a stamp is 8 of them, and asking the system for 8 bytes per
 * event written cost more than the rest of making its row.
 */
let pool = Buffer.alloc(0);
let poolAt = 0;

/** A new version stamp: random, so a version never recurs (not even after a rolled-back transaction). */
export function newVersion(): string {
  if (poolAt + 8 > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  poolAt += 8;
  return pool.toString("hex", poolAt - 8, poolAt);
}

/** The events row of a summary (every column but the id). */
export function eventColumns(event: CorpusEvent, json: string, version: string, at: string) {
  return {
    type: event.type.value,
    day: event.day,
    day_key: event.day ?? "",
    country: event.place.value?.country ?? null,
    admin1: event.place.value?.admin1 ?? null,
    lat: event.place.value?.lat ?? null,
    lon: event.place.value?.lon ?? null,
    fatalities_acled: event.fatalities.acled,
    fatalities_key: event.fatalities.acled ?? -1,
    source_count: event.sourceCount,
    article_count: event.articleCount,
    modality: event.modality.value,
    actor_text: actorNames(event).join("\n"),
    updated_at: at,
    summary_json: json,
    brief_json: JSON.stringify(briefOf(event)),
    version,
  };
}

interface EventState {
  readonly id: string;
  /** Its row was in the store when the save began. */
  readonly stored: boolean;
  /** Deleted during this save (it had no report left when recomputed): its row and corrections go. */
  removed: boolean;
  /** It exists now (not removed, or founded again after). */
  live: boolean;
  entries: Map<string, EventEntry>;
  corrections: Correction[];
  /** The summary of the current entries (JSON as it will be stored, and parsed back); null when behind. */
  summary: { readonly json: string; readonly event: CorpusEvent } | null;
}

/** An event as `write` left it: its candidate row and source count, or null when it was deleted. */
export interface WrittenEvent {
  readonly id: string;
  readonly row: (CandidateRow & { readonly sourceCount: number }) | null;
}

/**
 * Updates an event's row through a kept query shape: an event that gains a report is rewritten
 * whole, and building and compiling Kysely's UPDATE of its 18 columns each time cost more than
 * SQLite's own work for it (one per merged report).
 */
async function updateEventRow(shapes: QueryShapes, db: Db, id: string, columns: ReturnType<typeof eventColumns>): Promise<void> {
  const names = Object.keys(columns) as Array<keyof typeof columns>;
  const values: unknown[] = names.map((name) => columns[name]);
  values.push(id);
  await shapes.execute(db, `update events (${names.join(",")})`, values, (v) =>
    db
      .updateTable("events")
      .set(Object.fromEntries(names.map((name, i) => [name, v[i]])) as typeof columns)
      .where("id", "=", v[names.length] as string),
  );
}

/** Rows per multi-row INSERT of events (18 columns: well under both stores' bound-parameter limits). */
const EVENT_INSERT_CHUNK = 50;

export class EventsInProgress {
  private readonly states = new Map<string, EventState>();
  /** Founding ids of the article's reports that were taken when the save began. */
  private foundingTaken: Set<string> | undefined;

  constructor(
    private readonly db: Db,
    private readonly cache: EventCache,
    private readonly summarize: SummarizeEvent,
    private readonly shapes: QueryShapes,
  ) {}

  /** How many events this save holds (the bound on stale rows a store query may return). */
  get size(): number {
    return this.states.size;
  }

  has(id: string): boolean {
    return this.states.has(id);
  }

  /** Whether the event exists now: as this save left it, else as stored. */
  async exists(id: string): Promise<boolean> {
    const state = this.states.get(id);
    if (state) return state.live;
    const { rows } = await this.shapes.execute(this.db, "event exists", [id], ([v]) => this.db.selectFrom("events").select("id").where("id", "=", v as string));
    return rows.length > 0;
  }

  /**
   * Loads a stored event to change it: from the parsed summary when `version` (or the stored one)
   * is cached, else from its report rows. `fresh` reads the rows whatever the cache holds (the
   * article's own old reports were just deleted from it).
   */
  async load(id: string, options: { version?: string; fresh?: boolean } = {}): Promise<void> {
    if (this.states.has(id)) return;
    let entries: Map<string, EventEntry> | undefined;
    let corrections: Correction[] | undefined;
    if (!options.fresh) {
      const version =
        options.version ?? (await this.shapes.execute<{ version: string }>(this.db, "event version", [id], ([v]) => this.db.selectFrom("events").select("version").where("id", "=", v as string))).rows[0]?.version;
      if (version === undefined) throw new Error(`no event ${id} to add a report to`);
      const cached = this.cache.get(id, version);
      if (cached) {
        entries = entriesOfSummary(cached);
        corrections = [...cached.corrections];
      }
    }
    if (!entries || !corrections) {
      const rows = await this.db.selectFrom("reports").select(["key", "json", "merge_json"]).where("event_id", "=", id).execute();
      if (rows.length === 0 && !(await this.exists(id))) throw new Error(`no event ${id} to add a report to`);
      entries = new Map(rows.map((r) => [r.key, { report: JSON.parse(r.json) as EventReport, merge: r.merge_json ? (JSON.parse(r.merge_json) as MergeExplanation) : null }]));
      corrections = (await this.db.selectFrom("corrections").selectAll().where("event_id", "=", id).orderBy("seq").execute()).map(correctionOfRow);
    }
    // A fresh load has lost reports: its summary is behind.
    this.states.set(id, { id, stored: true, removed: false, live: true, entries, corrections, summary: null });
  }

  /** Adds a report (as stored: parsed back from its JSON) to a loaded or founded event. */
  add(id: string, entry: EventEntry): void {
    const state = this.states.get(id);
    if (!state || !state.live) throw new Error(`no event ${id} to add a report to`);
    state.entries.set(entry.report.key, entry);
    state.summary = null;
  }

  /** An id for an event a report founds: a hash of its key (so workers agree) unless that id is taken. */
  async newEventId(foundingId: string, allFoundingIds: readonly string[]): Promise<string> {
    if (!this.foundingTaken) {
      const ids = [...new Set(allFoundingIds)];
      const rows = ids.length > 0 ? (await this.shapes.execute<{ id: string }>(this.db, `events by id x${ids.length}`, ids, (v) => this.db.selectFrom("events").select("id").where("id", "in", v as string[]))).rows : [];
      this.foundingTaken = new Set(rows.map((r) => r.id));
    }
    const state = this.states.get(foundingId);
    // Taken when the report's key founded an event before and was later split or moved out of it.
    const taken = state ? state.live : this.foundingTaken.has(foundingId);
    return taken ? `E${randomBytes(8).toString("hex")}` : foundingId;
  }

  /** A new event founded by one report. An id removed earlier in this save is founded again, without its corrections. */
  found(id: string, entry: EventEntry): void {
    const before = this.states.get(id);
    const stored = before?.stored ?? this.foundingTaken?.has(id) ?? false;
    this.states.set(id, { id, stored, removed: before?.removed ?? false, live: true, entries: new Map([[entry.report.key, entry]]), corrections: [], summary: null });
  }

  /** Recomputes every event behind its reports; one left with no report is removed. */
  settle(): void {
    for (const state of this.states.values()) {
      if (!state.live || state.summary) continue;
      if (state.entries.size === 0) {
        state.live = false;
        state.removed = state.stored || state.removed;
        state.corrections = [];
        continue;
      }
      // Stored as JSON and read back as parsed JSON: what a candidate query later hands the identity rule.
      const json = JSON.stringify(summarizeEntries(this.summarize, state.id, state.entries.values(), state.corrections));
      state.summary = { json, event: JSON.parse(json) as CorpusEvent };
    }
  }

  /** The candidate-query rows of the events this save holds that exist (call settle first). */
  rows(): CandidateRow[] {
    const rows: CandidateRow[] = [];
    for (const s of this.states.values()) {
      if (!s.live || !s.summary) continue;
      const e = s.summary.event;
      rows.push({ id: s.id, day: e.day, type: e.type.value, country: e.place.value?.country ?? null, version: "" });
    }
    return rows;
  }

  /** The current summary of an event this save holds (call settle first). */
  summaryOf(id: string): CorpusEvent | undefined {
    return this.states.get(id)?.summary?.event;
  }

  /**
   * Writes every event once: removed ones deleted (their corrections with them), new ones inserted,
   * changed ones updated; each gets a new version, and its parsed summary goes into the cache.
   * Called after settle, before the reports that point at the new events are inserted. Returns each
   * event's candidate row as written (null: deleted), for the store's memo (src/store/store-memo.ts).
   */
  async write(at: string): Promise<WrittenEvent[]> {
    const removed = [...this.states.values()].filter((s) => s.removed).map((s) => s.id);
    if (removed.length > 0) await this.db.deleteFrom("events").where("id", "in", removed).execute();
    const inserts: Array<ReturnType<typeof eventColumns> & { id: string }> = [];
    const done: Array<{ id: string; version: string; event: CorpusEvent }> = [];
    for (const s of this.states.values()) {
      if (!s.live || !s.summary) continue;
      const version = newVersion();
      const columns = eventColumns(s.summary.event, s.summary.json, version, at);
      if (s.stored && !s.removed) await updateEventRow(this.shapes, this.db, s.id, columns);
      else inserts.push({ id: s.id, ...columns });
      done.push({ id: s.id, version, event: s.summary.event });
    }
    for (let i = 0; i < inserts.length; i += EVENT_INSERT_CHUNK) await insertRows(this.shapes, this.db, "events", inserts.slice(i, i + EVENT_INSERT_CHUNK));
    // The actor filter's rows of every event written, in a few statements (an updated event's old rows first).
    const updated = [...this.states.values()].filter((s) => s.live && s.summary && s.stored && !s.removed).map((s) => s.id);
    await writeEventActors(
      this.shapes,
      this.db,
      done.map((d) => ({ id: d.id, names: actorNames(d.event) })),
      updated,
    );
    for (const d of done) this.cache.set(d.id, d.version, d.event);
    return [
      ...removed.map((id) => ({ id, row: null })),
      ...done.map(({ id, version, event }) => ({ id, row: { id, day: event.day, type: event.type.value, country: event.place.value?.country ?? null, version, sourceCount: event.sourceCount } })),
    ];
  }
}
