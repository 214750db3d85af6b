/**
 * Versioned migrations, applied in order by Kysely's Migrator (its kysely_migration table records each
 * one, so each runs once; a lock keeps two processes from running them together). The tables are the
 * same on both dialects; only the integer surrogate keys and the full-text indexes differ (FTS5 virtual
 * tables in SQLite, a tsvector column and GIN indexes in PostgreSQL), and only here.
 *
 * Never edit a migration that has landed: add the next one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";

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

/** Every migration by name; names sort in the order they apply. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    "0001-initial": initial(dialect),
    "0002-event-version": eventVersion(),
    "0004-candidate-index": candidateIndex(),
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
