/**
 * The store, behind one interface: SQLite (better-sqlite3) embedded by default, PostgreSQL (pg) for
 * scale, both through one Kysely schema (src/store/schema.ts) so there is one set of queries.
 * Readers (export, the HTTP API, the web app) use `CorpusReader`; ingestion uses `Store`.
 *
 * Contract: every method that writes runs in one transaction, so an article killed mid-ingest leaves
 * nothing half-written; the contract tests (test/store) run the same suite against both stores.
 */
import type { DocumentJson } from "../app/present/document-schema.js";
import type { EventBrief } from "../corpus/event-brief.js";
import type { Correction, CorpusEvent, EventField, EventReport, MergeExplanation, QuoteRecord } from "../corpus/records.js";

/** The hash a near-duplicate check is for, and how many bits from it a near-duplicate may be. */
export interface SimhashNear {
  readonly simhash: string;
  readonly maxBits: number;
}

/** An article as the store keeps it (the document itself is fetched separately: it is large). */
export interface StoredArticle {
  readonly id: string;
  readonly url: string | null;
  /** Every URL and input this text arrived under (re-publications add here, not new articles). */
  readonly urls: readonly string[];
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** SHA-256 of the cleaned text: exact duplicates share it. */
  readonly contentHash: string;
  /** 64-bit SimHash of the text's shingles as 16 hex digits: near-duplicates differ in a few bits. */
  readonly simhash: string;
  /** The article this one is a near-duplicate of (its events are not counted twice), else null. */
  readonly duplicateOf: string | null;
  readonly pipelineVersion: string;
  /** ISO 8601 date-time of ingestion. */
  readonly ingestedAt: string;
  readonly eventCount: number;
  readonly quoteCount: number;
}

/** What ingestion hands the store for one analysed article. */
export interface ArticleAnalysis {
  readonly article: Omit<StoredArticle, "ingestedAt" | "eventCount" | "quoteCount" | "urls">;
  readonly document: DocumentJson;
  readonly reports: readonly EventReport[];
  readonly quotes: readonly QuoteRecord[];
}

export interface EventFilter {
  /** YYYY-MM-DD, inclusive, on the event's `day`. */
  readonly from?: string;
  readonly to?: string;
  /** ISO 3166-1 alpha-2 of the event's place. */
  readonly country?: string;
  readonly admin1?: string;
  /** PLOVER type, or several. */
  readonly type?: string | readonly string[];
  /** Substring of an actor's or target's name or ACLED name, case-insensitive. */
  readonly actor?: string;
  /** [west, south, east, north] in degrees. */
  readonly bbox?: readonly [number, number, number, number];
  /** On the ACLED figure (the lowest reported). */
  readonly minFatalities?: number;
  readonly modality?: string | readonly string[];
  /** Events reported by this article. */
  readonly articleId?: string;
}

export type EventSort = "date" | "-date" | "fatalities" | "-fatalities" | "sources" | "-sources";

export interface PageRequest {
  readonly limit?: number;
  /** Opaque cursor from a previous page's `next`. */
  readonly cursor?: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Cursor of the next page, null at the end. */
  readonly next: string | null;
}

export interface QuoteFilter {
  /** Substring of the speaker's name. */
  readonly speaker?: string;
  /** Full-text query over the quote's words. */
  readonly q?: string;
  readonly from?: string;
  readonly to?: string;
  readonly articleId?: string;
}

export interface ActorSummary {
  readonly name: string;
  readonly acledName: string | null;
  readonly kind: string;
  readonly country: string | null;
  readonly partyType: string | null;
  readonly eventCount: number;
  readonly quoteCount: number;
}

export interface SearchHit {
  readonly articleId: string;
  readonly title: string | null;
  readonly published: string | null;
  /** A short excerpt around the match, plain text. */
  readonly snippet: string;
}

/** The read side, shared by `sitrep export`, the HTTP API and the web app. */
export interface CorpusReader {
  listEvents(filter: EventFilter, sort?: EventSort, page?: PageRequest): Promise<Page<CorpusEvent>>;
  /** The same pages as listEvents, as briefs (the fields a map or a table shows): stored beside each summary, so cheap. */
  listEventBriefs(filter: EventFilter, sort?: EventSort, page?: PageRequest): Promise<Page<EventBrief>>;
  /**
   * The same pages as JSON text, each item as the store keeps it (a CorpusEvent, or with "brief" its
   * EventBrief): a server sends them as they are, without parsing and serialising each again.
   */
  listEventsJson(filter: EventFilter, sort: EventSort, page: PageRequest | undefined, view: "full" | "brief"): Promise<Page<string>>;
  /** Every event matching, in `sort` order, without holding them all in memory (exports). */
  iterateEvents(filter: EventFilter, sort?: EventSort): AsyncIterable<CorpusEvent>;
  countEvents(filter: EventFilter, by: "type" | "country" | "admin1" | "day"): Promise<ReadonlyArray<{ key: string | null; events: number; fatalities: number }>>;
  /**
   * Events and fatalities by type and day in one query (the timeline), by type then day; a null day
   * is an event with no day. The same counts as countEvents by day for each type.
   */
  countEventsByTypeAndDay(filter: EventFilter): Promise<ReadonlyArray<{ type: string; day: string | null; events: number; fatalities: number }>>;
  getEvent(id: string): Promise<CorpusEvent | undefined>;
  /** Newest first. */
  listArticles(page?: PageRequest): Promise<Page<StoredArticle>>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  getDocument(articleId: string): Promise<DocumentJson | undefined>;
  searchArticles(q: string, page?: PageRequest): Promise<Page<SearchHit>>;
  listQuotes(filter: QuoteFilter, page?: PageRequest): Promise<Page<QuoteRecord>>;
  iterateQuotes(filter: QuoteFilter): AsyncIterable<QuoteRecord>;
  listActors(filter: { q?: string; country?: string }, page?: PageRequest): Promise<Page<ActorSummary>>;
}

/** Which corpus events could be the same happening as a report (the identity rule's candidates). */
export interface CandidateQuery {
  /** Days either side of the report's day (its date's whole span at its precision, else its dateline). */
  readonly days?: number;
  /** At most this many events, nearest day first. */
  readonly limit?: number;
  /** The event types a report of `type` may merge with (its PLOVER family); null or absent: any type. */
  readonly types?: (type: string) => readonly string[] | null;
}

/** What `saveAnalysis` did. */
export interface SaveResult {
  readonly articleId: string;
  /** Events that got or lost a report (their summaries were recomputed), in the order first touched. */
  readonly events: readonly string[];
  /** Events created for reports that joined none. */
  readonly created: readonly string[];
}

export interface ArticleFilter {
  /** Only articles analysed by another pipeline version than this one (what `sitrep reprocess` redoes). */
  readonly notPipelineVersion?: string;
}

/** A unit of work in the store's job queue (issue 8 item 5: several workers share one store). */
export interface Job<P = unknown> {
  readonly id: string;
  readonly kind: string;
  readonly payload: P;
  readonly status: JobStatus;
  /** Claims so far (a claim whose lease expired counts). */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly worker: string | null;
  /** Epoch milliseconds when the current claim lapses, null unless running. */
  readonly leaseUntil: number | null;
  readonly lastError: string | null;
}

export type JobStatus = "pending" | "running" | "done" | "failed";

export interface NewJob<P = unknown> {
  /** The job's key: enqueueing a key already in the queue adds nothing (re-running an ingest is a no-op). */
  readonly id: string;
  readonly kind: string;
  readonly payload: P;
  /** Claims before the job is given up as failed (default 3). */
  readonly maxAttempts?: number;
}

/**
 * The job queue on the store. `claim` hands each pending job to exactly one worker for `leaseMs`
 * (PostgreSQL: SELECT ... FOR UPDATE SKIP LOCKED; SQLite: one writer at a time). A worker that dies
 * keeps its jobs only until their leases lapse: the next `claim` or `reclaimExpired` puts them back
 * (or marks them failed after `maxAttempts` claims).
 */
export interface JobQueue {
  /** Adds jobs whose id is not in the queue yet; returns how many were added. */
  enqueue(jobs: readonly NewJob[]): Promise<number>;
  /** Up to `n` pending jobs, oldest first, now owned by `workerId` until `now + leaseMs`. */
  claim(workerId: string, n: number, leaseMs: number): Promise<readonly Job[]>;
  /** Extends a running job's lease; false when the worker no longer owns it. */
  heartbeat(id: string, workerId: string, leaseMs: number): Promise<boolean>;
  /** Marks a job done; false when the worker no longer owns it (its lease lapsed and it went back). */
  complete(id: string, workerId: string): Promise<boolean>;
  /** Records a failure: back to pending while attempts remain, else failed. False when not owned. */
  fail(id: string, workerId: string, error: string): Promise<boolean>;
  /** Puts running jobs whose lease lapsed back to pending (or failed); returns how many. */
  reclaimExpired(): Promise<number>;
  getJob(id: string): Promise<Job | undefined>;
  jobCounts(kind?: string): Promise<Readonly<Record<JobStatus, number>>>;
}

/** The whole store: the read side plus ingestion, identity, corrections and the job queue. */
export interface Store extends CorpusReader, JobQueue {
  readonly dialect: "sqlite" | "postgres";
  /** Applies pending migrations (idempotent). Opening a store runs it. */
  migrate(): Promise<void>;
  /** Names of the migrations applied, in order. */
  appliedMigrations(): Promise<readonly string[]>;
  close(): Promise<void>;
  /**
   * Runs `fn` with a store whose every write goes into one transaction of this store, committed when
   * `fn` resolves: many small writes pay for one commit. Each write method stays all-or-nothing inside
   * it (a savepoint): one that throws is undone alone, and `fn` decides whether to go on; if `fn`
   * throws, or the process dies before the commit, none of the batch is kept. Reads through the
   * batch's store see its writes. The batch's store is not to be used after `fn` resolves, nor
   * closed; `batch` on it runs `fn` in the same transaction.
   */
  batch<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  findByContentHash(hash: string): Promise<StoredArticle | undefined>;
  /**
   * Articles sharing a 16-bit band with `simhash` (so every one within 3 bits), or with any of several
   * (one query for all of a near-duplicate check's probes), oldest first, at most 1,000, for the caller to check.
   * With `near`, only those within `near.maxBits` of `near.simhash` (the others are no near-duplicates).
   */
  findSimhashCandidates(simhash: string | readonly string[], near?: SimhashNear): Promise<readonly StoredArticle[]>;
  /** The article a URL (or input name) delivered, if any. */
  findByUrl(url: string): Promise<StoredArticle | undefined>;
  /** Records that `url` (or input name) delivered the same text as `articleId`. Idempotent. */
  addArticleUrl(articleId: string, url: string): Promise<void>;
  /**
   * Saves an analysed article, its document, reports and quotes, and assigns each report to a corpus
   * event with `assign` (cross-article identity) in the same transaction, then recomputes the summary
   * of every event touched. Saving an article id again replaces its analysis (re-analysis): a report
   * whose key recurs goes back to its event, so merges and corrections survive. The article's URL,
   * when it has one, goes into its URL list.
   */
  saveAnalysis(analysis: ArticleAnalysis, assign: AssignReports, candidates?: CandidateQuery): Promise<SaveResult>;
  /** The corpus events that could be the same happening as `report` (bounded, indexed). */
  findCandidates(report: EventReport, query?: CandidateQuery): Promise<readonly CorpusEvent[]>;
  /** Articles for re-analysis and maintenance, oldest first. */
  listArticleIds(filter: ArticleFilter, page?: PageRequest): Promise<Page<string>>;
  /** Takes a report out of its corpus event into an event of its own (undoes a merge); returns the new event's id. */
  splitReport(reportKey: string, by: string | null): Promise<string>;
  /** Moves a report into another corpus event (an analyst's merge). */
  mergeReport(reportKey: string, eventId: string, by: string | null): Promise<void>;
  correct(correction: Omit<Correction, "at">): Promise<void>;
  corrections(eventId: string): Promise<readonly Correction[]>;
}

/**
 * The cross-article identity rule as the store calls it: given a new report and the corpus events
 * that could be the same happening (the store's candidate query), the event it joins (with the
 * explanation) or null for a new event. It may return a promise.
 */
export type AssignReports = (
  report: EventReport,
  candidates: readonly CorpusEvent[],
) => AssignDecision | null | Promise<AssignDecision | null>;

export interface AssignDecision {
  readonly eventId: string;
  readonly explanation: MergeExplanation;
}

/**
 * A corpus event recomputed from its reports (src/corpus/identity/summarize-event.ts): what the store
 * keeps as the event's summary after every change. The event must carry the reports, merges and
 * corrections it was given (in any order): the store takes them back from a parsed summary instead
 * of re-reading the rows when a later report joins the event.
 */
export type SummarizeEvent = (
  id: string,
  reports: readonly EventReport[],
  merges: readonly MergeExplanation[],
  corrections: readonly Correction[],
) => CorpusEvent;

export type { EventField };
