/**
 * The store's tables as Kysely sees them: one schema for SQLite and PostgreSQL, so every query is
 * written once (src/store/kysely-store.ts). The DDL is in src/store/migrations.ts; docs/store.md
 * describes each table.
 *
 * Conventions that keep one set of queries valid on both: booleans are integers 0/1, JSON is text,
 * times of day are ISO 8601 text (they sort as text), lease deadlines are epoch milliseconds in a
 * 64-bit integer (PostgreSQL's int8 is parsed to a number by the pg pool, src/store/open-store.ts).
 */
import type { Generated } from "kysely";

export interface ArticlesTable {
  /** Surrogate integer key: the full-text index's row id (SQLite FTS5 needs an integer). */
  seq: Generated<number>;
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  content_hash: string;
  simhash: string;
  /** The SimHash's four 16-bit bands (4 hex digits each): two texts within 3 bits share at least one. */
  simhash_b0: string;
  simhash_b1: string;
  simhash_b2: string;
  simhash_b3: string;
  duplicate_of: string | null;
  pipeline_version: string;
  ingested_at: string;
  event_count: number;
  quote_count: number;
}

export interface ArticleUrlsTable {
  article_id: string;
  url: string;
}

export interface DocumentsTable {
  article_id: string;
  /** The public document JSON (docs/output.md). */
  json: string;
}

export interface ReportsTable {
  key: string;
  article_id: string;
  event_id: string;
  type: string;
  day: string | null;
  country: string | null;
  admin1: string | null;
  pipeline_version: string;
  /** The EventReport. */
  json: string;
  /** The MergeExplanation that put the report into its event, null when it founded it. */
  merge_json: string | null;
}

export interface EventsTable {
  id: string;
  type: string;
  day: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  fatalities_acled: number | null;
  source_count: number;
  article_count: number;
  modality: string;
  /** Actor and target names and ACLED names, lower case, one per line: the `actor` filter's haystack. */
  actor_text: string;
  updated_at: string;
  /** The CorpusEvent. */
  summary_json: string;
  /** Random stamp of this summary, new at every recompute (keys the parse cache). */
  version: string;
  /** `day` with no null (''): the date sort's key and the day filters' column (migration 0005). */
  day_key: string;
  /** `fatalities_acled` with no null (-1): the toll sort's key and the minimum-toll filter's column. */
  fatalities_key: number;
  /** The EventBrief (src/corpus/event-brief.ts), written with the summary (migration 0006); null: derive it from the summary. */
  brief_json: string | null;
}

/** Each distinct actor name an event carries (lower case; names and ACLED names): the actor filter's haystack. */
export interface ActorNamesTable {
  id: Generated<number>;
  name: string;
}

/** Which names each event carries: actor_text's lines, reachable by name. */
export interface EventActorsTable {
  event_id: string;
  name_id: number;
}

export interface CorrectionsTable {
  seq: Generated<number>;
  event_id: string;
  field: string;
  value_json: string;
  by: string | null;
  note: string | null;
  at: string;
}

export interface QuotesTable {
  seq: Generated<number>;
  key: string;
  article_id: string;
  speaker_name: string | null;
  speaker_lower: string | null;
  date: string | null;
  text: string;
  /** The QuoteRecord. */
  json: string;
}

/** Every actor a report or quote names: the source of the actor list (listActors). */
export interface ActorMentionsTable {
  article_id: string;
  /** "report" or "quote". */
  source: string;
  /** The report's or quote's key. */
  ref: string;
  name: string;
  name_lower: string;
  acled_name: string | null;
  kind: string;
  country: string | null;
  party_type: string | null;
}

export interface JobsTable {
  seq: Generated<number>;
  id: string;
  kind: string;
  payload_json: string;
  /** pending | running | done | failed */
  status: string;
  attempts: number;
  max_attempts: number;
  worker: string | null;
  lease_until: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface StoreSchema {
  articles: ArticlesTable;
  article_urls: ArticleUrlsTable;
  documents: DocumentsTable;
  reports: ReportsTable;
  events: EventsTable;
  corrections: CorrectionsTable;
  quotes: QuotesTable;
  actor_mentions: ActorMentionsTable;
  actor_names: ActorNamesTable;
  event_actors: EventActorsTable;
  jobs: JobsTable;
}
