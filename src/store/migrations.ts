/**
 * Versioned migrations, applied in order by Kysely's Migrator (its kysely_migration table records each
 * one, so each runs once; a lock keeps two processes from running them together). The tables are the
 * same on both dialects; only the integer surrogate keys and the full-text indexes differ (FTS5 virtual
 * tables in SQLite, a tsvector column and GIN indexes in PostgreSQL), and only here.
 *
 * Never edit a migration that has landed: add the next one.
 */
import type { Kysely, Migration, MigrationProvider } from "kysely";
import { sql } from "./kysely-runtime.js";
import { briefOf } from "../corpus/event-brief.js";
import type { CorpusEvent } from "../corpus/records.js";

export type Dialect = "sqlite" | "postgres";

// The surrogate integer key: SQLite's rowid alias, PostgreSQL's bigserial (int8 is parsed to a number).
function seqType(dialect: Dialect) {
  return dialect === "sqlite" ? "integer" : "bigserial";
}

function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      const seq = seqType(dialect);
      await db.schema
        .createTable("articles")
        .addColumn("seq", seq, (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("url", "text")
        .addColumn("outlet", "text")
        .addColumn("title", "text")
        .addColumn("published", "text")
        .addColumn("content_hash", "text", (c) => c.notNull().unique())
        .addColumn("simhash", "text", (c) => c.notNull())
        .addColumn("simhash_b0", "text", (c) => c.notNull())
        .addColumn("simhash_b1", "text", (c) => c.notNull())
        .addColumn("simhash_b2", "text", (c) => c.notNull())
        .addColumn("simhash_b3", "text", (c) => c.notNull())
        .addColumn("duplicate_of", "text")
        .addColumn("pipeline_version", "text", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .addColumn("event_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("quote_count", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      for (const band of ["simhash_b0", "simhash_b1", "simhash_b2", "simhash_b3"]) {
        await db.schema.createIndex(`articles_${band}`).on("articles").column(band).execute();
      }
      await db.schema.createIndex("articles_published").on("articles").columns(["published", "seq"]).execute();

      await db.schema
        .createTable("article_urls")
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("url", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("article_urls_pk", ["article_id", "url"])
        .execute();
      await db.schema.createIndex("article_urls_url").on("article_urls").column("url").execute();

      await db.schema
        .createTable("documents")
        .addColumn("article_id", "text", (c) => c.primaryKey().references("articles.id").onDelete("cascade"))
        .addColumn("json", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("day", "text")
        .addColumn("country", "text")
        .addColumn("admin1", "text")
        .addColumn("lat", "double precision")
        .addColumn("lon", "double precision")
        .addColumn("fatalities_acled", "integer")
        .addColumn("source_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("article_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("modality", "text", (c) => c.notNull())
        .addColumn("actor_text", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("summary_json", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("events_day").on("events").columns(["day", "id"]).execute();
      await db.schema.createIndex("events_type_day").on("events").columns(["type", "day"]).execute();
      await db.schema.createIndex("events_country_day").on("events").columns(["country", "day"]).execute();
      await db.schema.createIndex("events_fatalities").on("events").columns(["fatalities_acled", "id"]).execute();
      await db.schema.createIndex("events_sources").on("events").columns(["source_count", "id"]).execute();
      await db.schema.createIndex("events_lat_lon").on("events").columns(["lat", "lon"]).execute();

      await db.schema
        .createTable("reports")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("event_id", "text", (c) => c.notNull().references("events.id"))
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("day", "text")
        .addColumn("country", "text")
        .addColumn("admin1", "text")
        .addColumn("pipeline_version", "text", (c) => c.notNull())
        .addColumn("json", "text", (c) => c.notNull())
        .addColumn("merge_json", "text")
        .execute();
      await db.schema.createIndex("reports_article").on("reports").column("article_id").execute();
      await db.schema.createIndex("reports_event").on("reports").column("event_id").execute();

      await db.schema
        .createTable("corrections")
        .addColumn("seq", seq, (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
        .addColumn("field", "text", (c) => c.notNull())
        .addColumn("value_json", "text", (c) => c.notNull())
        .addColumn("by", "text")
        .addColumn("note", "text")
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("corrections_event").on("corrections").columns(["event_id", "seq"]).execute();

      await db.schema
        .createTable("quotes")
        .addColumn("seq", seq, (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn("key", "text", (c) => c.notNull().unique())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("speaker_name", "text")
        .addColumn("speaker_lower", "text")
        .addColumn("date", "text")
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("json", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("quotes_article").on("quotes").column("article_id").execute();
      await db.schema.createIndex("quotes_speaker").on("quotes").column("speaker_lower").execute();
      await db.schema.createIndex("quotes_date").on("quotes").columns(["date", "seq"]).execute();

      await db.schema
        .createTable("actor_mentions")
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("ref", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("name_lower", "text", (c) => c.notNull())
        .addColumn("acled_name", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("country", "text")
        .addColumn("party_type", "text")
        .execute();
      await db.schema.createIndex("actor_mentions_name").on("actor_mentions").column("name").execute();
      await db.schema.createIndex("actor_mentions_article").on("actor_mentions").column("article_id").execute();
      await db.schema.createIndex("actor_mentions_ref").on("actor_mentions").column("ref").execute();

      await db.schema
        .createTable("jobs")
        .addColumn("seq", seq, (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("payload_json", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("max_attempts", "integer", (c) => c.notNull())
        .addColumn("worker", "text")
        .addColumn("lease_until", "bigint")
        .addColumn("last_error", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("jobs_status").on("jobs").columns(["status", "seq"]).execute();
      await db.schema.createIndex("jobs_lease").on("jobs").columns(["status", "lease_until"]).execute();

      // Full text: the only dialect-specific DDL.
      if (dialect === "sqlite") {
        // Row ids are articles.seq and quotes.seq; the text is kept in the index for snippets.
        await sql`create virtual table article_fts using fts5(title, body, tokenize = 'porter unicode61')`.execute(db);
        await sql`create virtual table quote_fts using fts5(text, tokenize = 'porter unicode61')`.execute(db);
      } else {
        await sql`create table article_search (
          article_seq bigint primary key references articles(seq) on delete cascade,
          title text,
          body text not null,
          tsv tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || body)) stored
        )`.execute(db);
        await sql`create index article_search_tsv on article_search using gin (tsv)`.execute(db);
        await sql`create index quotes_tsv on quotes using gin (to_tsvector('english', text))`.execute(db);
      }
    },
  };
}

/** A version stamp per event summary, so a process can keep parsed summaries and know when they are stale. */
function eventVersion(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable("events").addColumn("version", "text", (c) => c.notNull().defaultTo("")).execute();
    },
  };
}

/**
 * An index that answers saveAnalysis's candidate window by itself: the days it ranges over, then
 * every column the window reads or filters on, the version last (the summary's text and the version
 * after it sit in the row's overflow pages, which reading the row for the version had to walk).
 */
function candidateIndex(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex("events_candidates").on("events").columns(["day", "id", "type", "country", "source_count", "version"]).execute();
    },
  };
}

/**
 * The event list's read path at 100,000 events (issue 9 item 5; docs/store.md "Reading").
 *
 * - `day_key` and `fatalities_key`: the sort keys without nulls (`coalesce(day, '')`,
 *   `coalesce(fatalities_acled, -1)`) as real columns, so an index delivers the order and the page
 *   cursor is a row-value range (`(day_key, id) < (?, ?)`) both dialects search in the index.
 * - One covering index per sort key and per equality filter the API takes (type, country, admin1,
 *   modality), each carrying every other filter column: a page is found in the index alone, with no
 *   read of the (large) event rows until its 50 summaries are fetched, and with no sort where the
 *   index gives the order. The indexes are partial, `where article_count > 0` (every recomputed event
 *   has a report; a placeholder inside a save has none), the condition lists use instead of
 *   `summary_json <> 'null'`, which made every candidate row a read.
 * - `actor_names` (each distinct lower-cased actor or target name or ACLED name) and `event_actors`
 *   (event, name): the actor filter scans the distinct names (tens of thousands of short strings)
 *   instead of every event's actor text, then reaches the events through the (name, event) index.
 * - The old single-purpose list indexes this replaces go; `events_day`, `events_type_day` and
 *   `events_country_day` stay (the identity candidate query's).
 */
function eventListIndexes(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable("events").addColumn("day_key", "text", (c) => c.notNull().defaultTo("")).execute();
      await db.schema.alterTable("events").addColumn("fatalities_key", "integer", (c) => c.notNull().defaultTo(-1)).execute();
      await sql`update events set day_key = coalesce(day, ''), fatalities_key = coalesce(fatalities_acled, -1)`.execute(db);
      for (const old of ["events_fatalities", "events_sources", "events_lat_lon"]) await db.schema.dropIndex(old).execute();
      // The filter columns every list index carries after its key, so filters are checked in the index.
      // article_count is there although the indexes are partial on it: SQLite counts an index covering only
      // when it holds every column the query names.
      const rest = (key: readonly string[]) => ["article_count", "type", "modality", "country", "admin1", "day_key", "fatalities_key", "source_count", "lat", "lon"].filter((c) => !key.includes(c));
      const indexes: Record<string, readonly string[]> = {
        events_list_date: ["day_key", "id"],
        events_list_fatalities: ["fatalities_key", "id"],
        events_list_sources: ["source_count", "id"],
        events_list_type: ["type", "day_key", "id"],
        events_list_country: ["country", "day_key", "id"],
        events_list_admin1: ["admin1", "day_key", "id"],
        events_list_modality: ["modality", "day_key", "id"],
        events_list_lat: ["lat", "lon", "day_key", "id"],
        // Events reached by id (the actor filter's and the article filter's subqueries) are checked
        // and sorted from this index, not from their rows.
        events_list_id: ["id"],
      };
      for (const [name, key] of Object.entries(indexes)) {
        // Partial: a placeholder (article_count 0, inside a save) is never listed, so it costs these indexes nothing.
        await db.schema
          .createIndex(name)
          .on("events")
          .columns([...key, ...rest(key)])
          .where(sql.ref("article_count"), ">", 0)
          .execute();
      }

      await db.schema
        .createTable("actor_names")
        .addColumn("id", seqType(dialect), (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn("name", "text", (c) => c.notNull().unique())
        .execute();
      await db.schema
        .createTable("event_actors")
        .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
        .addColumn("name_id", dialect === "sqlite" ? "integer" : "bigint", (c) => c.notNull().references("actor_names.id"))
        .addPrimaryKeyConstraint("event_actors_pk", ["event_id", "name_id"])
        .execute();
      await db.schema.createIndex("event_actors_name").on("event_actors").columns(["name_id", "event_id"]).execute();
      // Existing events: their actor_text lines (the same names, lower case) become the two tables' rows.
      let after = "";
      for (;;) {
        const rows = (await db.selectFrom("events").select(["id", "actor_text"]).where("id", ">", after).where("actor_text", "<>", "").orderBy("id").limit(500).execute()) as Array<{ id: string; actor_text: string }>;
        if (rows.length === 0) break;
        after = rows[rows.length - 1]!.id;
        const pairs = rows.flatMap((r) => [...new Set(r.actor_text.split("\n").filter(Boolean))].map((name) => ({ event_id: r.id, name })));
        if (pairs.length === 0) continue;
        const names = [...new Set(pairs.map((p) => p.name))];
        for (let i = 0; i < names.length; i += 200) {
          await db.insertInto("actor_names").values(names.slice(i, i + 200).map((name) => ({ name }))).onConflict((oc) => oc.column("name").doNothing()).execute();
        }
        const ids = new Map<string, number>();
        for (let i = 0; i < names.length; i += 500) {
          for (const r of (await db.selectFrom("actor_names").select(["id", "name"]).where("name", "in", names.slice(i, i + 500)).execute()) as Array<{ id: number; name: string }>) ids.set(r.name, Number(r.id));
        }
        for (let i = 0; i < pairs.length; i += 200) {
          await db.insertInto("event_actors").values(pairs.slice(i, i + 200).map((p) => ({ event_id: p.event_id, name_id: ids.get(p.name)! }))).execute();
        }
      }
      // The planner's statistics, so it weighs these indexes by what the store holds (SQLite keeps
      // them until the next ANALYZE; `close` runs `PRAGMA optimize`, which refreshes them as tables grow).
      await sql`analyze`.execute(db);
    },
  };
}

/**
 * `brief_json`: each event's brief (src/corpus/event-brief.ts: the fields a map or a table shows), kept
 * beside its summary at every recompute, so a map's page of 500 events reads ~300 bytes an event
 * instead of parsing 2-3 KB. Filled here for the events already stored. A later change of the brief's
 * shape needs a migration that fills it again (or sets it to null: readers then derive it from the
 * summary).
 */
function eventBrief(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable("events").addColumn("brief_json", "text").execute();
      let after = "";
      for (;;) {
        const rows = (await db.selectFrom("events").select(["id", "summary_json"]).where("id", ">", after).orderBy("id").limit(500).execute()) as Array<{ id: string; summary_json: string }>;
        if (rows.length === 0) break;
        after = rows[rows.length - 1]!.id;
        for (const r of rows) {
          if (r.summary_json === "null") continue;
          await db.updateTable("events").set({ brief_json: JSON.stringify(briefOf(JSON.parse(r.summary_json) as CorpusEvent)) }).where("id", "=", r.id).execute();
        }
      }
    },
  };
}

/**
 * The identity candidate query's first indexes go: `events_day` (day, id) is the head of
 * `events_candidates`, and with `events_type_day` and `events_country_day` there SQLite's planner
 * took the type's index for a report's candidate window, then read every event row in it for the
 * columns it lacks (the version sits behind the summary's overflow pages) and sorted them, where
 * `events_candidates` answers the same window from the index alone, in order. The event lists and
 * counts have their own indexes (0005). Each event written updated these three for nothing else:
 * saving an article costs less without them (docs/ingest.md, "Where the time goes").
 */
function dropSupersededEventIndexes(): Migration {
  return {
    async up(db: Kysely<any>) {
      for (const name of ["events_day", "events_type_day", "events_country_day"]) await db.schema.dropIndex(name).ifExists().execute();
    },
  };
}

/**
 * Two indexes no read uses (EXPLAIN QUERY PLAN of every actor and quote list the API makes, on a
 * stored corpus): `quotes_speaker` (`speaker_lower`), since the speaker filter is a substring match
 * (`like '%...%'`), which no B-tree answers; `actor_mentions_ref` (`ref`), since the actor list joins
 * a mention to its report by the reports' key, never a mention by its ref, and a re-analysis deletes
 * mentions by `article_id`. Each quote and actor mention saved updated them for nothing. The indexes
 * that stay on those tables: `quotes_article` and `actor_mentions_article` (a re-analysis's deletes),
 * `quotes_date` (the quote list's date range), `actor_mentions_name` (the actor list's grouping order).
 */
function dropUnusedMentionAndQuoteIndexes(): Migration {
  return {
    async up(db: Kysely<any>) {
      for (const name of ["quotes_speaker", "actor_mentions_ref"]) await db.schema.dropIndex(name).ifExists().execute();
    },
  };
}

/** Every migration by name; names sort in the order they apply. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    "0001-initial": initial(dialect),
    "0002-event-version": eventVersion(),
    "0004-candidate-index": candidateIndex(),
    "0005-event-list-indexes": eventListIndexes(dialect),
    "0006-event-brief": eventBrief(),
    "0007-drop-superseded-event-indexes": dropSupersededEventIndexes(),
    "0008-drop-unused-quote-and-mention-indexes": dropUnusedMentionAndQuoteIndexes(),
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
