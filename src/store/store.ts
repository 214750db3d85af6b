/**
 * The store, behind one interface: SQLite (better-sqlite3) embedded by default, PostgreSQL (pg) for
 * scale, both through one Kysely schema (src/store/schema.ts) so there is one set of queries.
 * Readers (export, the HTTP API, the web app) use `CorpusReader`; ingestion uses `Store`.
 *
 * Contract: every method that writes runs in one transaction, so an article killed mid-ingest leaves
 * nothing half-written; the contract tests (test/store) run the same suite against both stores.
 */
import type { DocumentJson } from "../app/present/document-schema.js";
import type { Correction, CorpusEvent, EventField, EventReport, QuoteRecord } from "../corpus/records.js";

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
  /** Every event matching, in `sort` order, without holding them all in memory (exports). */
  iterateEvents(filter: EventFilter, sort?: EventSort): AsyncIterable<CorpusEvent>;
  countEvents(filter: EventFilter, by: "type" | "country" | "admin1" | "day"): Promise<ReadonlyArray<{ key: string | null; events: number; fatalities: number }>>;
  getEvent(id: string): Promise<CorpusEvent | undefined>;
  listArticles(page?: PageRequest): Promise<Page<StoredArticle>>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  getDocument(articleId: string): Promise<DocumentJson | undefined>;
  searchArticles(q: string, page?: PageRequest): Promise<Page<SearchHit>>;
  listQuotes(filter: QuoteFilter, page?: PageRequest): Promise<Page<QuoteRecord>>;
  iterateQuotes(filter: QuoteFilter): AsyncIterable<QuoteRecord>;
  listActors(filter: { q?: string; country?: string }, page?: PageRequest): Promise<Page<ActorSummary>>;
}

/** The whole store: the read side plus ingestion, identity and corrections. */
export interface Store extends CorpusReader {
  readonly dialect: "sqlite" | "postgres";
  /** Applies pending migrations (idempotent). Opening a store runs it. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  findByContentHash(hash: string): Promise<StoredArticle | undefined>;
  /** Articles whose SimHash could be within `maxBits` of this one (banded lookup), for the caller to check. */
  findSimhashCandidates(simhash: string): Promise<readonly StoredArticle[]>;
  /** Records that `url` (or input name) delivered the same text as `articleId`. Idempotent. */
  addArticleUrl(articleId: string, url: string): Promise<void>;
  /**
   * Saves an analysed article, its document, reports and quotes, and assigns each report to a corpus
   * event with `assign` (cross-article identity) in the same transaction. Idempotent on article id.
   */
  saveAnalysis(analysis: ArticleAnalysis, assign: AssignReports): Promise<void>;
  /** Takes a report out of its corpus event into an event of its own (undoes a merge). */
  splitReport(reportKey: string, by: string | null): Promise<string>;
  /** Moves a report into another corpus event (an analyst's merge). */
  mergeReport(reportKey: string, eventId: string, by: string | null): Promise<void>;
  correct(correction: Omit<Correction, "at">): Promise<void>;
  corrections(eventId: string): Promise<readonly Correction[]>;
}

/**
 * The cross-article identity rule as the store calls it: given a new report and the corpus events
 * that could be the same happening (the store's candidate query), the event it joins (with the
 * explanation) or null for a new event.
 */
export type AssignReports = (report: EventReport, candidates: readonly CorpusEvent[]) => { eventId: string; explanation: import("../corpus/records.js").MergeExplanation } | null;

export type { EventField };
