/**
 * The store on Kysely: one implementation of `Store` for SQLite and PostgreSQL (src/store/store.ts).
 * Every query is written once against src/store/schema.ts; the few dialect differences (full-text
 * search, row locking in the job queue, how a write transaction starts) are branches on `dialect`
 * inside the method that needs them.
 */
import { randomBytes, createHash } from "node:crypto";
import type { RawBuilder, Expression, ExpressionBuilder, Insertable, Kysely, SqlBool, Selectable } from "kysely";
import { Migrator, sql } from "./kysely-runtime.js";
import { SitrepError } from "../core/errors.js";
import type { DocumentJson } from "../app/present/document-schema.js";
import type { Correction, CorpusEvent, EventReport, MergeExplanation, QuoteRecord, ReportActor } from "../corpus/records.js";
import { decodeCursor, decodeOffset, pageOfRows } from "./cursor.js";
import { addDays, reportDay } from "./day-span.js";
import { candidateFilterOf, pickCandidates, pickSortedCandidatesOfTwo, sortCandidateRows, type CandidateFilter, type CandidateRow } from "./candidate-window.js";
import { correctionOfRow, eventColumns, EventsInProgress, newVersion, summarizeEntries } from "./events-in-progress.js";
import { actorNames, writeEventActors } from "./event-actors.js";
import { briefOf, type EventBrief } from "../corpus/event-brief.js";
import { EventCache } from "./event-cache.js";
import { insertRows, QueryShapes, withDirectStatements, type DirectStatements } from "./query-shapes.js";
import { migrationProvider, type Dialect } from "./migrations.js";
import type { ActorMentionsTable, ArticlesTable, JobsTable, ReportsTable, StoreSchema } from "./schema.js";
import { simhashBands } from "./simhash-bands.js";
import { StoreMemo } from "./store-memo.js";
import { hammingDistance } from "../corpus/near-duplicates/simhash.js";
import type { DayRange } from "./candidate-index.js";
import type {
  ActorSummary,
  ArticleAnalysis,
  ArticleFilter,
  AssignReports,
  CandidateQuery,
  EventFilter,
  EventSort,
  Job,
  JobStatus,
  NewJob,
  Page,
  PageRequest,
  QuoteFilter,
  SaveResult,
  SearchHit,
  SimhashNear,
  Store,
  StoredArticle,
  SummarizeEvent,
} from "./store.js";
import { fts5Query, likeSubstring, searchWords } from "./text-query.js";

/** Page size when the caller gives none, and the most a page may hold. */
export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 1000;
/** Rows fetched per query by the iterators (exports): large enough to amortise, small enough to stream. */
const ITERATE_BATCH = 500;

/**
 * A page whose order no filter's index gives is first looked for in this many pages' worth of the
 * sort key's list index (at most SORT_INDEX_PROBE_MAX_ROWS entries): a narrow index entry costs about
 * a microsecond, so the probe is bounded at a few milliseconds whatever the store's size, and a filter
 * that one event in twenty passes still fills its page from it. A rarer filter's page comes from the
 * planner's query after the probe (its matches sorted).
 */
const SORT_INDEX_PROBE_PAGES = 20;
const SORT_INDEX_PROBE_MAX_ROWS = 10_000;

/** The columns every event list index holds (migration 0005): a query naming only these reads the index alone. */
const LIST_INDEX_COLUMNS = ["id", "article_count", "type", "modality", "country", "admin1", "day_key", "fatalities_key", "source_count", "lat", "lon"] as const;

/**
 * Whether a page is looked for in the sort key's index first: not when a list index of one of the
 * filter's equality columns (or the date index, for a date range) gives the page in its order (they
 * all hold (column, day_key, id): a date sort with one value of the column), and not for an actor or
 * an article, whose few events are reached by id and sorted (a probe would run the actor's name
 * search twice when it fails).
 */
function worthAProbe(filter: EventFilter, sortColumn: string): boolean {
  if (filter.actor || filter.articleId) return false;
  return !orderedByAFilterIndex(filter, sortColumn);
}

function orderedByAFilterIndex(filter: EventFilter, sortColumn: string): boolean {
  if (sortColumn !== "day_key") return false;
  const one = (v: string | readonly string[] | undefined) => v !== undefined && (typeof v === "string" || v.length === 1);
  if (filter.country || filter.admin1 || one(filter.type) || one(filter.modality)) return true;
  // No equality filter: the date index (a date range included) unless another filter leaves most of it out.
  return !filter.bbox && filter.minFatalities === undefined && asList(filter.type) === undefined && asList(filter.modality) === undefined;
}
export { DEFAULT_CANDIDATE_DAYS, DEFAULT_CANDIDATE_LIMIT } from "./candidate-window.js";
/** Claims before a job is given up as failed, unless it says otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** One transaction-scoped advisory lock serialises identity assignment across PostgreSQL workers. */
const IDENTITY_LOCK = 8_020_008;

export interface KyselyStoreOptions {
  /** Recomputes an event from its reports (the identity helper's summarizeEvent). */
  readonly summarize: SummarizeEvent;
  /** Defaults of the candidate query `saveAnalysis` runs for each report. */
  readonly candidates?: CandidateQuery;
  /** Extra work at close (ending the pg pool is Kysely's; nothing else today). */
  readonly onClose?: () => Promise<void>;
  /**
   * SQLite: keep the candidate rows and SimHash bands in memory across a run's batches
   * (src/store/store-memo.ts); default true. false reads them from the store for every article.
   */
  readonly memo?: boolean;
  /** SQLite: the connection's prepared statements (the database Kysely was given), run directly inside a transaction (query-shapes.ts). */
  readonly statements?: DirectStatements;
}

type Db = Kysely<StoreSchema>;
type ArticleRow = Selectable<ArticlesTable>;
type JobRow = Selectable<JobsTable>;

function pageLimit(page: PageRequest | undefined): number {
  const limit = page?.limit ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1) throw new SitrepError("BAD_ARGUMENT", `page limit must be a positive whole number, got ${limit}`);
  return Math.min(limit, MAX_PAGE);
}

function asList(v: string | readonly string[] | undefined): readonly string[] | undefined {
  if (v === undefined) return undefined;
  return typeof v === "string" ? [v] : v;
}

function now(): string {
  return new Date().toISOString();
}


/** An event id for a report that founds an event: a hash of its key, so two workers agree. */
function foundingEventId(reportKey: string): string {
  return `E${createHash("sha256").update(reportKey).digest("hex").slice(0, 16)}`;
}

/** An actor mention row (the actor list's source). */
type MentionRow = Insertable<ActorMentionsTable>;

function mentionRow(articleId: string, source: "report" | "quote", ref: string, actor: ReportActor): MentionRow {
  return {
    article_id: articleId,
    source,
    ref,
    name: actor.name,
    name_lower: actor.name.toLowerCase(),
    acled_name: actor.acledName,
    kind: actor.kind,
    country: actor.country,
    party_type: actor.partyType,
  };
}

/**
 * Rows per multi-row INSERT: each statement stays far below SQLite's (32,766) and PostgreSQL's
 * (65,535) bound-parameter limits, and the few row counts that occur keep the statement cache small.
 */
const QUOTE_INSERT_CHUNK = 100;
const REPORT_INSERT_CHUNK = 100;
const MENTION_INSERT_CHUNK = 100;
/** An article's candidate queries: its reports' filters, how many rows of events in memory may be stale, and the rows once read. */
interface CandidateSource {
  readonly filters: readonly CandidateFilter[];
  readonly slack: number;
  rows?: CandidateRow[];
}

async function insertChunked<T extends "reports" | "actor_mentions">(shapes: QueryShapes, db: Db, table: T, rows: ReadonlyArray<Insertable<StoreSchema[T]>>, chunk: number): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await insertRows(shapes, db, table, rows.slice(i, i + chunk));
}

export class KyselyStore implements Store {
  private readonly eventCache: EventCache;
  /** Compiled queries of the save path, kept per shape (src/store/query-shapes.ts); shared with a batch's store. */
  private readonly shapes: QueryShapes;
  /** Savepoints taken so far by a store inside a batch's transaction (their names must differ only while nested). */
  private savepoints = 0;
  /** SQLite: what the connection keeps in memory across batches (shared with a batch's store), else undefined. */
  private readonly sharedMemo: StoreMemo | undefined;
  constructor(
    readonly db: Db,
    readonly dialect: Dialect,
    private readonly options: KyselyStoreOptions,
    /** Set for the store a `batch` hands out: `db` is inside its transaction, and each write takes a savepoint of it. */
    private readonly inBatch?: { readonly eventCache: EventCache; readonly shapes: QueryShapes; readonly memo: StoreMemo | undefined },
  ) {
    this.eventCache = inBatch?.eventCache ?? new EventCache();
    this.shapes = inBatch?.shapes ?? new QueryShapes();
    this.sharedMemo = inBatch ? inBatch.memo : dialect === "sqlite" && options.memo !== false ? new StoreMemo() : undefined;
  }

  /** The memo, used only by a batch's store: its transaction holds the write lock and was checked against other writers. */
  private get memo(): StoreMemo | undefined {
    return this.inBatch ? this.sharedMemo : undefined;
  }

  /**
   * Migrations may land out of name order when two branches each add one (a store migrated with
   * 0004 before 0003 landed): the missing one still runs, instead of the migrator refusing the
   * store. Each migration stands alone (none depends on another landed beside it).
   */
  private migrator(): Migrator {
    return new Migrator({ db: this.db, provider: migrationProvider(this.dialect), allowUnorderedMigrations: true });
  }

  async migrate(): Promise<void> {
    const migrator = this.migrator();
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === "Error")?.migrationName;
      throw new Error(`store migration ${failed ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  async appliedMigrations(): Promise<readonly string[]> {
    const migrator = this.migrator();
    return (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined).map((m) => m.name);
  }

  async close(): Promise<void> {
    // SQLite: refresh the planner's statistics where tables grew since they were taken (cheap when nothing did).
    if (this.dialect === "sqlite") await sql`pragma optimize`.execute(this.db).catch(() => undefined);
    await this.db.destroy();
    await this.options.onClose?.();
  }

  /**
   * One write transaction. SQLite starts it IMMEDIATE (the write lock at once, so two processes on one
   * file wait for each other through busy_timeout instead of failing when a read turns into a write).
   */
  async transaction<T>(fn: (trx: Db) => Promise<T>, forBatch = false): Promise<T> {
    if (this.inBatch) return this.savepoint(fn);
    if (this.dialect === "postgres") return this.db.transaction().execute(fn);
    return this.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        if (this.sharedMemo) {
          // A batch's saves keep the memo up to date; any other write is not tracked, so it goes.
          if (forBatch) this.sharedMemo.sync(Number((await sql<{ data_version: number }>`pragma data_version`.execute(conn)).rows[0]?.data_version));
          else this.sharedMemo.clear();
        }
        // `conn` holds the connection until the commit: its kept shapes run straight on SQLite's statements.
        const result = await withDirectStatements(conn, this.options.statements, () => fn(conn));
        await sql`commit`.execute(conn);
        return result;
      } catch (e) {
        this.sharedMemo?.clear();
        await sql`rollback`.execute(conn);
        throw e;
      }
    });
  }

  /**
   * Inside a batch's transaction: the write as a savepoint of it, so a write that fails is undone
   * alone and the batch goes on. Both stores speak the same SAVEPOINT statements.
   */
  private async savepoint<T>(fn: (trx: Db) => Promise<T>): Promise<T> {
    const name = sql.raw(`sitrep_write_${++this.savepoints}`);
    try {
      await this.shapes.execute(this.db, `savepoint ${this.savepoints}`, [], () => sql`savepoint ${name}`.compile(this.db));
      try {
        const result = await fn(this.db);
        await this.shapes.execute(this.db, `release savepoint ${this.savepoints}`, [], () => sql`release savepoint ${name}`.compile(this.db));
        return result;
      } catch (e) {
        // What the memo learnt from the undone writes is no longer true.
        this.sharedMemo?.clear();
        await sql`rollback to savepoint ${name}`.execute(this.db);
        await sql`release savepoint ${name}`.execute(this.db);
        throw e;
      }
    } finally {
      this.savepoints--;
    }
  }

  async batch<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.inBatch) return fn(this);
    return this.transaction((trx) => fn(new KyselyStore(trx, this.dialect, this.options, { eventCache: this.eventCache, shapes: this.shapes, memo: this.sharedMemo })), true);
  }

  // ---- articles -----------------------------------------------------------------------------

  private async articlesFromRows(db: Db, rows: readonly ArticleRow[]): Promise<StoredArticle[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const { rows: urls } = await this.shapes.execute<{ article_id: string; url: string }>(db, `article urls x${ids.length}`, ids, (v) =>
      db
        .selectFrom("article_urls")
        .select(["article_id", "url"])
        .where("article_id", "in", v as string[])
        .orderBy("article_id")
        .orderBy("url"),
    );
    const byArticle = new Map<string, string[]>();
    for (const u of urls) {
      const list = byArticle.get(u.article_id) ?? [];
      list.push(u.url);
      byArticle.set(u.article_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      url: r.url,
      urls: byArticle.get(r.id) ?? [],
      outlet: r.outlet,
      title: r.title,
      published: r.published,
      contentHash: r.content_hash,
      simhash: r.simhash,
      duplicateOf: r.duplicate_of,
      pipelineVersion: r.pipeline_version,
      ingestedAt: r.ingested_at,
      eventCount: Number(r.event_count),
      quoteCount: Number(r.quote_count),
    }));
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const rows = await this.db.selectFrom("articles").selectAll().where("id", "=", id).execute();
    return (await this.articlesFromRows(this.db, rows))[0];
  }

  async findByContentHash(hash: string): Promise<StoredArticle | undefined> {
    const { rows } = await this.shapes.execute<ArticleRow>(this.db, "article by content hash", [hash], ([h]) => this.db.selectFrom("articles").selectAll().where("content_hash", "=", h as string));
    return (await this.articlesFromRows(this.db, rows))[0];
  }

  async findByUrl(url: string): Promise<StoredArticle | undefined> {
    const rows = await this.db
      .selectFrom("articles")
      .selectAll()
      .where((eb) => eb.or([eb("url", "=", url), eb("id", "in", eb.selectFrom("article_urls").select("article_id").where("url", "=", url))]))
      .orderBy("seq")
      .limit(1)
      .execute();
    return (await this.articlesFromRows(this.db, rows))[0];
  }

  async findSimhashCandidates(simhashes: string | readonly string[], near?: SimhashNear): Promise<readonly StoredArticle[]> {
    // One query for every probe (findDuplicate sends 65): each band's column against the values any
    // probe has in it, which is the union of the probes' own band lookups.
    const probes = typeof simhashes === "string" ? [simhashes] : simhashes;
    if (probes.length === 0) return [];
    const memo = this.memo;
    if (memo) return this.simhashCandidatesFromMemo(memo, probes, near);
    const bands: [Set<string>, Set<string>, Set<string>, Set<string>] = [new Set(), new Set(), new Set(), new Set()];
    for (const probe of probes) simhashBands(probe).forEach((b, i) => bands[i]!.add(b));
    const lists = bands.map((b) => [...b]);
    const lengths = lists.map((l) => l.length);
    const { rows } = await this.shapes.execute<ArticleRow>(this.db, `articles by simhash bands ${lengths.join(",")}`, lists.flat(), (v) => {
      const [b0, b1, b2, b3] = lengths.map((n, i) => v.slice(lengths.slice(0, i).reduce((a, b) => a + b, 0), lengths.slice(0, i + 1).reduce((a, b) => a + b, 0)) as string[]);
      // SQLite: each band's lookup on its own index, their rows joined by key; as one OR of the four
      // lists, its multi-index OR took ~5x the CPU for the same rows on a store with statistics (the
      // query runs once per article). PostgreSQL plans the OR as one bitmap OR of the four indexes.
      const band = (column: "simhash_b0" | "simhash_b1" | "simhash_b2" | "simhash_b3", values: string[]) => this.db.selectFrom("articles").select("seq").where(column, "in", values);
      const articles = this.db.selectFrom("articles").selectAll();
      const matching =
        this.dialect === "sqlite"
          ? articles.where("seq", "in", band("simhash_b0", b0!).unionAll(band("simhash_b1", b1!)).unionAll(band("simhash_b2", b2!)).unionAll(band("simhash_b3", b3!)))
          : articles.where((eb) => eb.or([eb("simhash_b0", "in", b0!), eb("simhash_b1", "in", b1!), eb("simhash_b2", "in", b2!), eb("simhash_b3", "in", b3!)]));
      return matching.orderBy("seq").limit(MAX_PAGE);
    });
    return this.articlesFromRows(this.db, near ? rows.filter((r) => hammingDistance(r.simhash, near.simhash) <= near.maxBits) : rows);
  }

  /** findSimhashCandidates from the memo's bands: the same articles, only their rows read. */
  private async simhashCandidatesFromMemo(memo: StoreMemo, probes: readonly string[], near: SimhashNear | undefined): Promise<readonly StoredArticle[]> {
    if (memo.simhashesBehind) {
      const after = memo.simhashes.maxSeq;
      const { rows } = await this.shapes.execute<{ seq: number; simhash: string }>(this.db, "article simhashes after", [after], ([s]) =>
        this.db.selectFrom("articles").select(["seq", "simhash"]).where("seq", ">", s as number).orderBy("seq"),
      );
      for (const r of rows) memo.simhashes.add(Number(r.seq), r.simhash);
      memo.simhashesBehind = false;
    }
    const seqs = memo.simhashes.seqsSharingABand(probes, near).slice(0, MAX_PAGE);
    if (seqs.length === 0) return [];
    const { rows } = await this.shapes.execute<ArticleRow>(this.db, `articles by seq x${seqs.length}`, seqs, (v) => this.db.selectFrom("articles").selectAll().where("seq", "in", v as number[]).orderBy("seq"));
    return this.articlesFromRows(this.db, rows);
  }

  async addArticleUrl(articleId: string, url: string): Promise<void> {
    await insertRows(this.shapes, this.db, "article_urls", [{ article_id: articleId, url }], { onConflictDoNothing: ["article_id", "url"] });
  }

  async listArticles(page?: PageRequest): Promise<Page<StoredArticle>> {
    const limit = pageLimit(page);
    let q = this.db.selectFrom("articles").selectAll().orderBy("seq", "desc").limit(limit + 1);
    if (page?.cursor) {
      const [seq] = decodeCursor(page.cursor, 1);
      q = q.where("seq", "<", Number(seq));
    }
    const { kept, next } = pageOfRows(await q.execute(), limit, (last) => [Number(last.seq)]);
    return { items: await this.articlesFromRows(this.db, kept), next };
  }

  async listArticleIds(filter: ArticleFilter, page?: PageRequest): Promise<Page<string>> {
    const limit = pageLimit(page);
    let q = this.db.selectFrom("articles").select(["id", "seq"]).orderBy("seq").limit(limit + 1);
    if (filter.notPipelineVersion !== undefined) q = q.where("pipeline_version", "<>", filter.notPipelineVersion);
    if (page?.cursor) {
      const [seq] = decodeCursor(page.cursor, 1);
      q = q.where("seq", ">", Number(seq));
    }
    const { kept, next } = pageOfRows(await q.execute(), limit, (last) => [Number(last.seq)]);
    return { items: kept.map((r) => r.id), next };
  }

  async getDocument(articleId: string): Promise<DocumentJson | undefined> {
    const row = await this.db.selectFrom("documents").select("json").where("article_id", "=", articleId).executeTakeFirst();
    return row ? (JSON.parse(row.json) as DocumentJson) : undefined;
  }

  async searchArticles(q: string, page?: PageRequest): Promise<Page<SearchHit>> {
    const words = searchWords(q);
    const limit = pageLimit(page);
    const offset = decodeOffset(page?.cursor);
    if (words.length === 0) return { items: [], next: null };
    let rows: Array<{ id: string; title: string | null; published: string | null; snippet: string | null }>;
    if (this.dialect === "sqlite") {
      const result = await sql<{ id: string; title: string | null; published: string | null; snippet: string | null }>`
        select a.id, a.title, a.published, snippet(article_fts, 1, '', '', '…', 24) as snippet
        from article_fts join articles a on a.seq = article_fts.rowid
        where article_fts match ${fts5Query(words)}
        order by article_fts.rank, a.seq
        limit ${limit + 1} offset ${offset}`.execute(this.db);
      rows = result.rows;
    } else {
      const result = await sql<{ id: string; title: string | null; published: string | null; snippet: string | null }>`
        select a.id, a.title, a.published,
          ts_headline('english', s.body, query, 'StartSel="", StopSel="", MaxWords=30, MinWords=12, FragmentDelimiter=" … "') as snippet
        from article_search s join articles a on a.seq = s.article_seq, plainto_tsquery('english', ${words.join(" ")}) query
        where s.tsv @@ query
        order by ts_rank(s.tsv, query) desc, a.seq
        limit ${limit + 1} offset ${offset}`.execute(this.db);
      rows = result.rows;
    }
    const { kept, next } = pageOfRows(rows, limit, () => [offset + limit]);
    return { items: kept.map((r) => ({ articleId: r.id, title: r.title, published: r.published, snippet: (r.snippet ?? "").replace(/\s+/g, " ").trim() })), next };
  }

  // ---- saving an analysis -------------------------------------------------------------------

  async saveAnalysis(analysis: ArticleAnalysis, assign: AssignReports, candidates?: CandidateQuery): Promise<SaveResult> {
    const { article, document, reports, quotes } = analysis;
    const [b0, b1, b2, b3] = simhashBands(article.simhash);
    const query = { ...this.options.candidates, ...candidates };
    return this.transaction(async (trx) => {
      const touched = new Set<string>();
      const created: string[] = [];
      // A re-analysis: drop the old analysis but remember where each report was, so it goes back.
      const previous = new Map<string, { eventId: string; merge: string | null }>();
      const existing = (await this.shapes.execute<{ seq: number }>(trx, "article seq", [article.id], ([id]) => trx.selectFrom("articles").select(["seq"]).where("id", "=", id as string))).rows[0];
      const at = now();
      const row = {
        id: article.id,
        url: article.url,
        outlet: article.outlet,
        title: article.title,
        published: article.published,
        content_hash: article.contentHash,
        simhash: article.simhash.toLowerCase(),
        simhash_b0: b0,
        simhash_b1: b1,
        simhash_b2: b2,
        simhash_b3: b3,
        duplicate_of: article.duplicateOf,
        pipeline_version: article.pipelineVersion,
        ingested_at: at,
        event_count: reports.length,
        quote_count: quotes.length,
      };
      let seq: number;
      if (existing) {
        seq = Number(existing.seq);
        for (const r of await trx.selectFrom("reports").select(["key", "event_id", "merge_json"]).where("article_id", "=", article.id).execute()) {
          previous.set(r.key, { eventId: r.event_id, merge: r.merge_json });
          touched.add(r.event_id);
        }
        await this.deleteArticleRows(trx, article.id, seq);
        await trx.updateTable("articles").set(row).where("id", "=", article.id).execute();
      } else {
        const inserted = (await insertRows<{ seq: number }>(this.shapes, trx, "articles", [row], { returning: ["seq"] })).rows[0];
        if (!inserted) throw new Error(`article ${article.id} was not inserted`);
        seq = Number(inserted.seq);
        // Read up to the article before it: the memo's bands stay whole (else the next lookup reads this one).
        const memo = this.memo;
        if (memo && !memo.simhashesBehind) memo.simhashes.add(seq, row.simhash);
      }
      await insertRows(this.shapes, trx, "documents", [{ article_id: article.id, json: JSON.stringify(document) }]);
      if (article.url) await insertRows(this.shapes, trx, "article_urls", [{ article_id: article.id, url: article.url }], { onConflictDoNothing: ["article_id", "url"] });
      if (this.dialect === "sqlite") {
        await this.shapes.execute(trx, "article fts", [seq, article.title ?? "", document.text], ([s, title, text]) => sql`insert into article_fts (rowid, title, body) values (${s}, ${title}, ${text})`.compile(trx));
      } else {
        await this.shapes.execute(trx, "article search", [seq, article.title, document.text], ([s, title, text]) => sql`insert into article_search (article_seq, title, body) values (${s}, ${title}, ${text})`.compile(trx));
      }
      const mentions: MentionRow[] = await this.insertQuotes(trx, quotes);

      // The identity step (candidates, events, reports) runs one article at a time across PostgreSQL
      // workers, from here to the commit; the article's own rows above are written side by side (no two
      // workers write one article's rows: its id is unique, and a second save of it waits for the first
      // and fails on that key, its job retried). Taken at the start, the lock also held every worker
      // through the other's article, document, search text and quotes: with two workers, a save was
      // waiting on it 60% of the time (bench/pg-workers-bench.ts).
      if (this.dialect === "postgres") await sql`select pg_advisory_xact_lock(${IDENTITY_LOCK})`.execute(trx);
      // The events this article changes stay in memory until the end (src/store/events-in-progress.ts);
      // the events its old analysis was in have lost reports, so they are read again.
      const events = new EventsInProgress(trx, this.eventCache, this.options.summarize, this.shapes);
      for (const id of touched) await events.load(id, { fresh: true });
      const filters = reports.map((r) => candidateFilterOf(r, query));
      const foundingIds = reports.map((r) => foundingEventId(r.key));
      // Events in memory at any time: the old analysis's, and one per report at most.
      const window: CandidateSource = { filters, slack: touched.size + reports.length };
      const reportRows: Array<Insertable<ReportsTable>> = [];
      for (const [i, report] of reports.entries()) {
        const before = previous.get(report.key);
        const reportJson = JSON.stringify(report);
        let eventId: string;
        let mergeJson: string | null = null;
        let founded = false;
        if (before && (await events.exists(before.eventId))) {
          // The same report of a re-analysed article goes back where it was (merges and corrections survive).
          eventId = before.eventId;
          mergeJson = before.merge;
        } else {
          // The candidates see this article's earlier reports: their events are brought up to date first.
          events.settle();
          const found = await this.candidatesFor(trx, filters[i]!, events, window);
          const decision = await assign(report, found.events);
          if (decision) {
            eventId = decision.eventId;
            mergeJson = JSON.stringify(decision.explanation);
            await events.load(eventId, { version: found.fromStore.find((r) => r.id === eventId)?.version });
          } else {
            eventId = await events.newEventId(foundingIds[i]!, foundingIds);
            founded = true;
            created.push(eventId);
          }
        }
        // The event is summarised from the report as stored (its JSON read back), as a full recomputation would.
        const entry = { report: JSON.parse(reportJson) as EventReport, merge: mergeJson ? (JSON.parse(mergeJson) as MergeExplanation) : null };
        if (founded) events.found(eventId, entry);
        else events.add(eventId, entry);
        reportRows.push({
          key: report.key,
          article_id: article.id,
          event_id: eventId,
          type: report.type,
          day: reportDay(report),
          country: report.place?.country ?? null,
          admin1: report.place?.admin1 ?? null,
          pipeline_version: report.pipelineVersion,
          json: reportJson,
          merge_json: mergeJson,
        });
        for (const actor of [report.actor, report.target]) if (actor) mentions.push(mentionRow(article.id, "report", report.key, actor));
        touched.add(eventId);
      }
      events.settle();
      // Events first (the reports point at them), then the reports and every actor mention, many rows per statement.
      const written = await events.write(at);
      const memo = this.memo;
      if (memo) for (const w of written) memo.candidates.put(w.id, w.row);
      await insertChunked(this.shapes, trx, "reports", reportRows, REPORT_INSERT_CHUNK);
      await insertChunked(this.shapes, trx, "actor_mentions", mentions, MENTION_INSERT_CHUNK);
      return { articleId: article.id, events: [...touched], created };
    });
  }

  private async deleteArticleRows(trx: Db, articleId: string, seq: number): Promise<void> {
    if (this.dialect === "sqlite") {
      await sql`delete from quote_fts where rowid in (select seq from quotes where article_id = ${articleId})`.execute(trx);
      await sql`delete from article_fts where rowid = ${seq}`.execute(trx);
    } else {
      await sql`delete from article_search where article_seq = ${seq}`.execute(trx);
    }
    await trx.deleteFrom("actor_mentions").where("article_id", "=", articleId).execute();
    await trx.deleteFrom("quotes").where("article_id", "=", articleId).execute();
    await trx.deleteFrom("reports").where("article_id", "=", articleId).execute();
    await trx.deleteFrom("documents").where("article_id", "=", articleId).execute();
  }

  /** Inserts the quotes (and on SQLite their full-text rows) in order, many per statement; returns their speakers' actor mentions. */
  private async insertQuotes(trx: Db, quotes: readonly QuoteRecord[]): Promise<MentionRow[]> {
    const seqOf = new Map<string, number>();
    for (let i = 0; i < quotes.length; i += QUOTE_INSERT_CHUNK) {
      const chunk = quotes.slice(i, i + QUOTE_INSERT_CHUNK);
      const { rows: inserted } = await insertRows<{ seq: number; key: string }>(
        this.shapes,
        trx,
        "quotes",
        chunk.map((quote) => ({
          key: quote.key,
          article_id: quote.articleId,
          speaker_name: quote.speaker?.name ?? null,
          speaker_lower: quote.speaker?.name.toLowerCase() ?? null,
          date: quote.date,
          text: quote.text,
          json: JSON.stringify(quote),
        })),
        { returning: ["seq", "key"] },
      );
      for (const r of inserted) seqOf.set(r.key, Number(r.seq));
    }
    if (this.dialect === "sqlite") {
      for (let i = 0; i < quotes.length; i += QUOTE_INSERT_CHUNK) {
        const chunk = quotes.slice(i, i + QUOTE_INSERT_CHUNK);
        const values = chunk.flatMap((q) => [seqOf.get(q.key)!, q.text]);
        await this.shapes.execute(trx, `quote fts x${chunk.length}`, values, (v) => sql`insert into quote_fts (rowid, text) values ${sql.join(chunk.map((_, k) => sql`(${v[2 * k]}, ${v[2 * k + 1]})`))}`.compile(trx));
      }
    }
    return quotes.flatMap((q) => (q.speaker ? [mentionRow(q.articleId, "quote", q.key, q.speaker)] : []));
  }

  /** Recomputes an event's summary from its stored reports, merges and corrections; deletes it when it has no report left. */
  private async recomputeEvent(trx: Db, id: string): Promise<void> {
    const rows = await trx.selectFrom("reports").select(["key", "json", "merge_json"]).where("event_id", "=", id).execute();
    if (rows.length === 0) {
      await trx.deleteFrom("events").where("id", "=", id).execute();
      return;
    }
    const entries = rows.map((r) => ({ report: JSON.parse(r.json) as EventReport, merge: r.merge_json ? (JSON.parse(r.merge_json) as MergeExplanation) : null }));
    const event = summarizeEntries(this.options.summarize, id, entries, await this.correctionsIn(trx, id));
    await trx.updateTable("events").set(eventColumns(event, JSON.stringify(event), newVersion(), now())).where("id", "=", id).execute();
    await writeEventActors(this.shapes, trx, [{ id, names: actorNames(event) }], [id]);
  }

  /** The placeholder row of an event being founded (summarised before its transaction ends). */
  private async insertPlaceholderEvent(trx: Db, id: string, report: EventReport): Promise<void> {
    await trx
      .insertInto("events")
      .values({
        id,
        type: report.type,
        day: reportDay(report),
        day_key: reportDay(report) ?? "",
        country: report.place?.country ?? null,
        admin1: report.place?.admin1 ?? null,
        lat: null,
        lon: null,
        fatalities_acled: null,
        fatalities_key: -1,
        source_count: 0,
        // 0 marks a placeholder (every summarised event has an article): event lists skip it.
        article_count: 0,
        modality: report.modality,
        actor_text: "",
        updated_at: now(),
        summary_json: "null",
        brief_json: null,
        version: newVersion(),
      })
      .execute();
  }

  // ---- candidates for identity --------------------------------------------------------------

  async findCandidates(report: EventReport, query?: CandidateQuery): Promise<readonly CorpusEvent[]> {
    const filter = candidateFilterOf(report, { ...this.options.candidates, ...query });
    const rows = pickCandidates(await this.candidateRowsOfAll(this.db, [filter], 0), filter);
    const parsed = await this.eventsById(this.db, rows);
    return rows.flatMap((r) => parsed.get(r.id) ?? []);
  }

  /**
   * A report's candidates while an article is being saved. The first need reads, in one statement,
   * every report's own candidate query (each distinct one once), each `slack` rows longer than its
   * limit; a report's candidates are then picked from those rows, with the rows of events this save
   * changed replaced by their state in memory. At most `slack` events are in memory, so dropping
   * their stale rows still leaves every row a report's query would return: the pick is exact.
   */
  private async candidatesFor(trx: Db, filter: CandidateFilter, events: EventsInProgress, source: CandidateSource): Promise<{ events: CorpusEvent[]; fromStore: CandidateRow[] }> {
    // Sorted once an article; each report picks from them and from the rows of the events changed so far.
    const memo = this.memo;
    source.rows ??= sortCandidateRows(memo ? await memo.candidates.rowsFor(source.filters, source.slack, (range) => this.candidateRowsInRange(trx, range)) : await this.candidateRowsOfAll(trx, source.filters, source.slack));
    const picked = pickSortedCandidatesOfTwo(source.rows, (r) => events.has(r.id), sortCandidateRows(events.rows()), filter);
    const fromStore = picked.filter((r) => !events.has(r.id));
    const parsed = await this.eventsById(trx, fromStore);
    const found: CorpusEvent[] = [];
    for (const r of picked) {
      if (events.has(r.id)) found.push(events.summaryOf(r.id)!);
      else {
        const event = parsed.get(r.id);
        if (event) found.push(event);
      }
    }
    return {
      events: found,
      // Their versions, read for the one event a report joins (most join none).
      fromStore,
    };
  }

  /** The candidate queries of several reports (each distinct one once) as one UNION ALL, each `slack` rows longer; rows once per event. */
  private async candidateRowsOfAll(db: Db, filters: readonly CandidateFilter[], slack: number): Promise<CandidateRow[]> {
    const distinct = [...new Map(filters.map((f) => [JSON.stringify([f.span, f.days, f.limit, f.types, f.country]), f])).values()];
    if (distinct.length === 0) return [];
    // The statement's shape: per filter, how many types, whether a country, whether days; its values in that order.
    const shapes = distinct.map((f) => `${f.types ? f.types.length : "-"}${f.country ? "c" : "-"}${f.span ? "d" : "-"}`);
    const values = distinct.flatMap((f) => [
      f.limit + slack,
      ...(f.types ?? []),
      ...(f.country ? [f.country] : []),
      ...(f.span ? [f.span[0], addDays(f.span[1], f.days), addDays(f.span[0], -f.days)] : []),
    ]);
    const { rows } = await this.shapes.execute<CandidateRow>(db, `candidates ${shapes.join(" ")}`, values, (v) => {
      let at = 0;
      const take = (n: number) => v.slice(at, (at += n));
      const parts = distinct.flatMap((f) => {
        const [limit] = take(1);
        const types = f.types ? take(f.types.length) : null;
        const [country] = f.country ? take(1) : [null];
        const days = f.span ? (take(3) as [unknown, unknown, unknown]) : null;
        return this.candidateQueries(db, types, country, days, limit);
      });
      // Each part is a subquery: SQLite allows ORDER BY and LIMIT only on a whole compound select.
      const [first, ...rest] = parts.map((q, i) => db.selectFrom(q.as(`c${i}`)).selectAll());
      return rest.reduce((all, q) => all.unionAll(q), first!);
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return [...byId.values()];
  }

  /** Every candidate row in a range of days (null: with no day), for the memo's candidate index. */
  private async candidateRowsInRange(db: Db, range: DayRange | null): Promise<CandidateRow[]> {
    const base = db.selectFrom("events").select(["id", "day", "type", "country", "version"]).where("source_count", ">", 0);
    if (!range) return (await base.where("day", "is", null).execute()) as CandidateRow[];
    const { rows } = await this.shapes.execute<CandidateRow>(db, `candidate rows in ${range.fromInclusive ? "[" : "("}${range.toInclusive ? "]" : ")"}`, [range.from, range.to], ([from, to]) =>
      base.where("day", range.fromInclusive ? ">=" : ">", from as string).where("day", range.toInclusive ? "<=" : "<", to as string),
    );
    return rows;
  }

  /**
   * One report's candidate query: the `limit` nearest events on or after its first day and the
   * `limit` nearest before (pickCandidates merges them), or those with no day. `days` is [first day,
   * last day + window, first day - window]; the values are placeholders when a shape is compiled.
   */
  private candidateQueries(db: Db, types: readonly unknown[] | null, country: unknown, days: readonly [unknown, unknown, unknown] | null, limit: unknown) {
    let base = db.selectFrom("events").select(["id", "day", "type", "country", "version"]).where("source_count", ">", 0);
    if (types) base = base.where("type", "in", types as string[]);
    if (country !== null) base = base.where((eb) => eb.or([eb("country", "=", country as string), eb("country", "is", null)]));
    const n = limit as number;
    if (!days) return [base.where("day", "is", null).orderBy("id").limit(n)];
    const [first, until, since] = days as [string, string, string];
    // The nearest days first: walk the day index outwards from the report's first day, both ways.
    return [
      base.where("day", ">=", first).where("day", "<=", until).orderBy("day").orderBy("id").limit(n),
      base.where("day", "<", first).where("day", ">=", since).orderBy("day", "desc").orderBy("id", "desc").limit(n),
    ];
  }

  /** The summaries of these events by id, from the parse cache where the version matches, else read and parsed. */
  private async eventsById(db: Db, rows: ReadonlyArray<{ id: string; version: string }>): Promise<Map<string, CorpusEvent>> {
    const found = new Map<string, CorpusEvent>();
    const missing: string[] = [];
    for (const r of rows) {
      const event = this.eventCache.get(r.id, r.version);
      if (event) found.set(r.id, event);
      else missing.push(r.id);
    }
    if (missing.length > 0) {
      const { rows } = await this.shapes.execute<{ id: string; version: string; summary_json: string }>(db, `event summaries x${missing.length}`, missing, (v) =>
        db.selectFrom("events").select(["id", "version", "summary_json"]).where("id", "in", v as string[]),
      );
      for (const r of rows) {
        const event = JSON.parse(r.summary_json) as CorpusEvent;
        this.eventCache.set(r.id, r.version, event);
        found.set(r.id, event);
      }
    }
    return found;
  }

  // ---- analysts: split, merge, correct ------------------------------------------------------

  private async reportRow(trx: Db, key: string) {
    const row = await trx.selectFrom("reports").select(["key", "event_id"]).where("key", "=", key).executeTakeFirst();
    if (!row) throw new SitrepError("NOT_FOUND", `no report ${key}`);
    return row;
  }

  async splitReport(reportKey: string, _by: string | null): Promise<string> {
    // Inside a batch: events change in ways the memo does not follow.
    this.sharedMemo?.clear();
    return this.transaction(async (trx) => {
      const row = await this.reportRow(trx, reportKey);
      const reportJson = await trx.selectFrom("reports").select("json").where("key", "=", reportKey).executeTakeFirstOrThrow();
      const report = JSON.parse(reportJson.json) as EventReport;
      const id = `E${randomBytes(8).toString("hex")}`;
      await this.insertPlaceholderEvent(trx, id, report);
      await trx.updateTable("reports").set({ event_id: id, merge_json: null }).where("key", "=", reportKey).execute();
      await this.recomputeEvent(trx, row.event_id);
      await this.recomputeEvent(trx, id);
      return id;
    });
  }

  async mergeReport(reportKey: string, eventId: string, by: string | null): Promise<void> {
    // Inside a batch: events change in ways the memo does not follow.
    this.sharedMemo?.clear();
    await this.transaction(async (trx) => {
      const row = await this.reportRow(trx, reportKey);
      if (row.event_id === eventId) return;
      const target = await trx.selectFrom("reports").select("key").where("event_id", "=", eventId).orderBy("key").limit(1).executeTakeFirst();
      if (!target) throw new SitrepError("NOT_FOUND", `no event ${eventId}`);
      const explanation: MergeExplanation = { report: reportKey, matched: target.key, score: 1, fields: {}, by: by ? `analyst:${by}` : "analyst" };
      await trx.updateTable("reports").set({ event_id: eventId, merge_json: JSON.stringify(explanation) }).where("key", "=", reportKey).execute();
      await this.recomputeEvent(trx, row.event_id);
      await this.recomputeEvent(trx, eventId);
    });
  }

  async correct(correction: Omit<Correction, "at">): Promise<void> {
    // Inside a batch: events change in ways the memo does not follow.
    this.sharedMemo?.clear();
    await this.transaction(async (trx) => {
      const event = await trx.selectFrom("events").select("id").where("id", "=", correction.eventId).executeTakeFirst();
      if (!event) throw new SitrepError("NOT_FOUND", `no event ${correction.eventId}`);
      await trx
        .insertInto("corrections")
        .values({ event_id: correction.eventId, field: correction.field, value_json: JSON.stringify(correction.value ?? null), by: correction.by, note: correction.note, at: now() })
        .execute();
      await this.recomputeEvent(trx, correction.eventId);
    });
  }

  private async correctionsIn(db: Db, eventId: string): Promise<Correction[]> {
    const rows = await db.selectFrom("corrections").selectAll().where("event_id", "=", eventId).orderBy("seq").execute();
    return rows.map(correctionOfRow);
  }

  corrections(eventId: string): Promise<readonly Correction[]> {
    return this.correctionsIn(this.db, eventId);
  }

  // ---- events -------------------------------------------------------------------------------

  /**
   * The filter as conditions on the columns the list indexes carry (migration 0005), so a page is
   * found in an index without reading event rows: the day filters on `day_key`, the toll on
   * `fatalities_key`, placeholders (events inside a save, not yet summarised) skipped by
   * `article_count > 0`, the actor through `actor_names` and `event_actors`.
   */
  private eventWhere(filter: EventFilter) {
    return (eb: ExpressionBuilder<StoreSchema, "events">): Expression<SqlBool> => {
      const conds: Expression<SqlBool>[] = [eb("article_count", ">", 0)];
      // day_key is '' where day is null: a range with a bound excludes it, as `day >= from` did.
      if (filter.from) conds.push(eb("day_key", ">=", filter.from));
      if (filter.to) conds.push(eb("day_key", "<=", filter.to));
      if (filter.to && !filter.from) conds.push(eb("day_key", ">", ""));
      if (filter.country) conds.push(eb("country", "=", filter.country.toUpperCase()));
      if (filter.admin1) conds.push(eb("admin1", "=", filter.admin1));
      const types = asList(filter.type);
      if (types && types.length > 0) conds.push(eb("type", "in", types));
      const modalities = asList(filter.modality);
      if (modalities && modalities.length > 0) conds.push(eb("modality", "in", modalities));
      if (filter.actor) {
        const names = eb.selectFrom("actor_names").select("actor_names.id").where(sql<SqlBool>`${sql.ref("actor_names.name")} like ${likeSubstring(filter.actor.toLowerCase())} escape '\\'`);
        conds.push(eb("id", "in", eb.selectFrom("event_actors").select("event_actors.event_id").where("event_actors.name_id", "in", names)));
      }
      if (filter.minFatalities !== undefined) {
        // fatalities_key is -1 where the toll is unknown: the same events for any minimum >= 0.
        conds.push(filter.minFatalities >= 0 ? eb("fatalities_key", ">=", filter.minFatalities) : eb("fatalities_acled", ">=", filter.minFatalities));
      }
      if (filter.bbox) {
        const [west, south, east, north] = filter.bbox;
        conds.push(eb("lat", ">=", south), eb("lat", "<=", north));
        // A box across the antimeridian has west > east.
        conds.push(west <= east ? eb.and([eb("lon", ">=", west), eb("lon", "<=", east)]) : eb.or([eb("lon", ">=", west), eb("lon", "<=", east)]));
      }
      if (filter.articleId) conds.push(eb("id", "in", eb.selectFrom("reports").select("event_id").where("article_id", "=", filter.articleId)));
      return eb.and(conds);
    };
  }

  /** The sort key: a column with no nulls (so keyset pagination compares), and its direction. */
  private sortKey(sort: EventSort) {
    const desc = sort.startsWith("-");
    const name = desc ? sort.slice(1) : sort;
    const column = ({ date: "day_key", fatalities: "fatalities_key", sources: "source_count" } as const)[name];
    if (!column) throw new SitrepError("BAD_ARGUMENT", `unknown event sort ${sort}`);
    return { column, desc, numeric: name !== "date" };
  }

  /**
   * A page in two queries: the ids and sort keys of the page, found in an index (no event row read,
   * no sort where the index gives the order), then the summaries of those ids alone.
   */
  /**
   * A page as each event's stored JSON text: its summary, or its brief (derived from the summary where
   * none is stored). An event deleted between the two queries (a re-analysis elsewhere) is left out.
   */
  private async jsonPage(filter: EventFilter, sort: EventSort, limit: number, cursor: string | null | undefined, view: "full" | "brief"): Promise<Page<string>> {
    const { ids, next } = await this.eventIdPage(filter, sort, limit, cursor);
    const texts = new Map<string, string>();
    for (let i = 0; i < ids.length; i += ITERATE_BATCH) {
      const chunk = ids.slice(i, i + ITERATE_BATCH);
      if (view === "full") {
        for (const r of await this.db.selectFrom("events").select(["id", "summary_json"]).where("id", "in", chunk).execute()) if (r.summary_json !== "null") texts.set(r.id, r.summary_json);
      } else {
        // The summary comes along only for an event with no stored brief.
        const rows = await this.db
          .selectFrom("events")
          .select(["id", "brief_json", sql<string | null>`case when ${sql.ref("brief_json")} is null then ${sql.ref("summary_json")} end`.as("summary_json")])
          .where("id", "in", chunk)
          .execute();
        for (const r of rows) {
          if (r.brief_json) texts.set(r.id, r.brief_json);
          else if (r.summary_json && r.summary_json !== "null") texts.set(r.id, JSON.stringify(briefOf(JSON.parse(r.summary_json) as CorpusEvent)));
        }
      }
    }
    return { items: ids.flatMap((id) => texts.get(id) ?? []), next };
  }

  private async eventPage(filter: EventFilter, sort: EventSort, limit: number, cursor: string | null | undefined): Promise<Page<CorpusEvent>> {
    const page = await this.jsonPage(filter, sort, limit, cursor, "full");
    return { items: page.items.map((json) => JSON.parse(json) as CorpusEvent), next: page.next };
  }

  private async briefPage(filter: EventFilter, sort: EventSort, limit: number, cursor: string | null | undefined): Promise<Page<EventBrief>> {
    const page = await this.jsonPage(filter, sort, limit, cursor, "brief");
    return { items: page.items.map((json) => JSON.parse(json) as EventBrief), next: page.next };
  }

  /** The ids of a page, from a list index, and the cursor of the next. */
  private async eventIdPage(filter: EventFilter, sort: EventSort, limit: number, cursor: string | null | undefined): Promise<{ ids: string[]; next: string | null }> {
    const key = this.sortKey(sort);
    const after = cursor ? this.cursorCondition(key, cursor) : undefined;
    const rows = (worthAProbe(filter, key.column) && (await this.probeSortIndex(filter, key, after, limit))) || (await this.plannedIdPage(filter, key, after, limit));
    const { kept, next } = pageOfRows(rows, limit, (last) => [key.numeric ? Number(last.sort_key) : String(last.sort_key), last.id]);
    return { ids: kept.map((r) => r.id), next };
  }

  /** A page of (id, sort key) rows as the database's planner reads it: the filter's indexes, then a sort if none gives the order. */
  private plannedIdPage(filter: EventFilter, key: ReturnType<KyselyStore["sortKey"]>, after: Expression<SqlBool> | undefined, limit: number) {
    const dir = key.desc ? "desc" : "asc";
    let q = this.db
      .selectFrom("events")
      .select(["id", `${key.column} as sort_key`])
      .where(this.eventWhere(filter));
    if (after) q = q.where(after);
    return q.orderBy(key.column, dir).orderBy("id", dir).limit(limit + 1).execute();
  }

  /** The page cursor as a row-value range: both dialects search it in the (key, id) index. */
  private cursorCondition(key: ReturnType<KyselyStore["sortKey"]>, cursor: string) {
    const [value, id] = decodeCursor(cursor, 2) as [string | number, string];
    if (typeof id !== "string" || (key.numeric ? typeof value !== "number" : typeof value !== "string")) throw new SitrepError("BAD_ARGUMENT", "malformed page cursor");
    return sql<SqlBool>`(${sql.ref(key.column)}, ${sql.ref("id")}) ${sql.raw(key.desc ? "<" : ">")} (${value}, ${id})`;
  }

  /**
   * A page whose order no filter's index gives (a sort by sources or tolls, several types, a filter
   * with no index of its own) read from the first SORT_INDEX_PROBE_PAGES pages' worth of the sort
   * key's own list index, in order, with the filter checked in the index: when that many entries hold
   * the page, it is the page (nothing sorted, whatever the store's size), else undefined and the
   * planner's query runs. Without it, SQLite took the index of an equality filter that most events
   * pass (modality=asserted: two thirds of them) and sorted every match by sources.
   */
  private async probeSortIndex(filter: EventFilter, key: ReturnType<KyselyStore["sortKey"]>, after: Expression<SqlBool> | undefined, limit: number) {
    const dir = key.desc ? "desc" : "asc";
    const probe = Math.min(SORT_INDEX_PROBE_MAX_ROWS, (limit + 1) * SORT_INDEX_PROBE_PAGES);
    // The sort index's own columns only (LIST_INDEX_COLUMNS), so the prefix is read from the index alone.
    let prefix = this.db.selectFrom("events").select([...LIST_INDEX_COLUMNS]).where("article_count", ">", 0);
    if (after) prefix = prefix.where(after);
    const inPrefix = prefix.orderBy(key.column, dir).orderBy("id", dir).limit(probe);
    const rows = await this.db
      .selectFrom(inPrefix.as("events"))
      .select(["id", `${key.column} as sort_key`])
      .where(this.eventWhere(filter) as unknown as (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>)
      .orderBy(key.column, dir)
      .orderBy("id", dir)
      .limit(limit + 1)
      .execute();
    return rows.length > limit ? (rows as Array<{ id: string; sort_key: string | number }>) : undefined;
  }

  listEvents(filter: EventFilter, sort: EventSort = "-date", page?: PageRequest): Promise<Page<CorpusEvent>> {
    return this.eventPage(filter, sort, pageLimit(page), page?.cursor);
  }

  listEventBriefs(filter: EventFilter, sort: EventSort = "-date", page?: PageRequest): Promise<Page<EventBrief>> {
    return this.briefPage(filter, sort, pageLimit(page), page?.cursor);
  }

  listEventsJson(filter: EventFilter, sort: EventSort, page: PageRequest | undefined, view: "full" | "brief"): Promise<Page<string>> {
    return this.jsonPage(filter, sort, pageLimit(page), page?.cursor, view);
  }

  async *iterateEvents(filter: EventFilter, sort: EventSort = "date"): AsyncIterable<CorpusEvent> {
    let cursor: string | null = null;
    do {
      const page: Page<CorpusEvent> = await this.eventPage(filter, sort, ITERATE_BATCH, cursor);
      yield* page.items;
      cursor = page.next;
    } while (cursor);
  }

  async countEvents(filter: EventFilter, by: "type" | "country" | "admin1" | "day") {
    // Grouped on columns the list indexes carry (day_key, fatalities_key), so a count reads an index, not the events.
    const column = ({ type: "type", country: "country", admin1: "admin1", day: "day_key" } as const)[by];
    if (!column) throw new SitrepError("BAD_ARGUMENT", `cannot count events by ${by}`);
    const rows = await this.db
      .selectFrom("events")
      .select((eb) => [
        eb.ref(column).as("key"),
        eb.fn.countAll<number>().as("events"),
        sql<number>`coalesce(sum(case when ${sql.ref("fatalities_key")} > 0 then ${sql.ref("fatalities_key")} else 0 end), 0)`.as("fatalities"),
      ])
      .where(this.eventWhere(filter))
      .groupBy(column)
      .orderBy(column)
      .execute();
    // day_key '' is an event with no day: its key is null, as before.
    return rows.map((r) => ({ key: by === "day" && r.key === "" ? null : (r.key as string | null), events: Number(r.events), fatalities: Number(r.fatalities) }));
  }

  async countEventsByTypeAndDay(filter: EventFilter) {
    // One pass over the type list index (type, day_key, ...): grouped in the index's order, no sort.
    const rows = await this.db
      .selectFrom("events")
      .select((eb) => [
        "type",
        "day_key",
        eb.fn.countAll<number>().as("events"),
        sql<number>`coalesce(sum(case when ${sql.ref("fatalities_key")} > 0 then ${sql.ref("fatalities_key")} else 0 end), 0)`.as("fatalities"),
      ])
      .where(this.eventWhere(filter))
      .groupBy(["type", "day_key"])
      .orderBy("type")
      .orderBy("day_key")
      .execute();
    return rows.map((r) => ({ type: r.type, day: r.day_key === "" ? null : r.day_key, events: Number(r.events), fatalities: Number(r.fatalities) }));
  }

  async getEvent(id: string): Promise<CorpusEvent | undefined> {
    const row = await this.db.selectFrom("events").select("summary_json").where("id", "=", id).where("summary_json", "<>", "null").executeTakeFirst();
    return row ? (JSON.parse(row.summary_json) as CorpusEvent) : undefined;
  }

  /** The event a report is in now (after merges and splits). */
  async eventOfReport(reportKey: string): Promise<string | undefined> {
    const row = await this.db.selectFrom("reports").select("event_id").where("key", "=", reportKey).executeTakeFirst();
    return row?.event_id;
  }

  // ---- quotes and actors --------------------------------------------------------------------

  private async quotePage(filter: QuoteFilter, limit: number, cursor: string | null | undefined): Promise<Page<QuoteRecord>> {
    let q = this.db.selectFrom("quotes").select(["seq", "json"]);
    if (filter.speaker) q = q.where(sql<SqlBool>`${sql.ref("speaker_lower")} like ${likeSubstring(filter.speaker.toLowerCase())} escape '\\'`);
    if (filter.from) q = q.where("date", ">=", filter.from);
    if (filter.to) q = q.where("date", "<=", filter.to);
    if (filter.articleId) q = q.where("article_id", "=", filter.articleId);
    if (filter.q !== undefined) {
      const words = searchWords(filter.q);
      if (words.length === 0) return { items: [], next: null };
      if (this.dialect === "sqlite") q = q.where("seq", "in", sql<number>`(select rowid from quote_fts where quote_fts match ${fts5Query(words)})`);
      else q = q.where(sql<SqlBool>`to_tsvector('english', ${sql.ref("text")}) @@ plainto_tsquery('english', ${words.join(" ")})`);
    }
    if (cursor) {
      const [seq] = decodeCursor(cursor, 1);
      q = q.where("seq", ">", Number(seq));
    }
    const { kept, next } = pageOfRows(await q.orderBy("seq").limit(limit + 1).execute(), limit, (last) => [Number(last.seq)]);
    return { items: kept.map((r) => JSON.parse(r.json) as QuoteRecord), next };
  }

  listQuotes(filter: QuoteFilter, page?: PageRequest): Promise<Page<QuoteRecord>> {
    return this.quotePage(filter, pageLimit(page), page?.cursor);
  }

  async *iterateQuotes(filter: QuoteFilter): AsyncIterable<QuoteRecord> {
    let cursor: string | null = null;
    do {
      const page: Page<QuoteRecord> = await this.quotePage(filter, ITERATE_BATCH, cursor);
      yield* page.items;
      cursor = page.next;
    } while (cursor);
  }

  async listActors(filter: { q?: string; country?: string }, page?: PageRequest): Promise<Page<ActorSummary>> {
    const limit = pageLimit(page);
    const offset = decodeOffset(page?.cursor);
    let q = this.db
      .selectFrom("actor_mentions as m")
      .leftJoin("reports as r", (join) => join.onRef("r.key", "=", "m.ref").on("m.source", "=", "report"))
      .select((eb) => [
        "m.name as name",
        eb.fn.max("m.acled_name").as("acled_name"),
        eb.fn.max("m.kind").as("kind"),
        eb.fn.max("m.country").as("country"),
        eb.fn.max("m.party_type").as("party_type"),
        sql<number>`count(distinct ${sql.ref("r.event_id")})`.as("event_count"),
        sql<number>`count(distinct case when ${sql.ref("m.source")} = 'quote' then ${sql.ref("m.ref")} end)`.as("quote_count"),
      ])
      .groupBy("m.name");
    if (filter.q) q = q.where(sql<SqlBool>`${sql.ref("m.name_lower")} like ${likeSubstring(filter.q.toLowerCase())} escape '\\'`);
    if (filter.country) q = q.where("m.country", "=", filter.country.toUpperCase());
    const rows = await q
      .orderBy(sql`count(distinct ${sql.ref("r.event_id")})`, "desc")
      .orderBy("m.name")
      .limit(limit + 1)
      .offset(offset)
      .execute();
    const { kept, next } = pageOfRows(rows, limit, () => [offset + limit]);
    return {
      items: kept.map((r) => ({
        name: r.name,
        acledName: r.acled_name ?? null,
        kind: r.kind ?? "",
        country: r.country ?? null,
        partyType: r.party_type ?? null,
        eventCount: Number(r.event_count),
        quoteCount: Number(r.quote_count),
      })),
      next,
    };
  }

  // ---- the job queue ------------------------------------------------------------------------

  private jobFromRow(r: JobRow): Job {
    return {
      id: r.id,
      kind: r.kind,
      payload: JSON.parse(r.payload_json) as unknown,
      status: r.status as JobStatus,
      attempts: Number(r.attempts),
      maxAttempts: Number(r.max_attempts),
      worker: r.worker,
      leaseUntil: r.lease_until === null ? null : Number(r.lease_until),
      lastError: r.last_error,
    };
  }

  async enqueue(jobs: readonly NewJob[]): Promise<number> {
    if (jobs.length === 0) return 0;
    const at = now();
    let added = 0;
    // Chunks keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < jobs.length; i += 200) {
      const chunk = jobs.slice(i, i + 200);
      const rows = await this.db
        .insertInto("jobs")
        .values(
          chunk.map((j) => ({
            id: j.id,
            kind: j.kind,
            payload_json: JSON.stringify(j.payload ?? null),
            status: "pending",
            attempts: 0,
            max_attempts: j.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
            worker: null,
            lease_until: null,
            last_error: null,
            created_at: at,
            updated_at: at,
          })),
        )
        .onConflict((oc) => oc.column("id").doNothing())
        .returning("id")
        .execute();
      added += rows.length;
    }
    return added;
  }

  async reclaimExpired(): Promise<number> {
    const t = Date.now();
    const rows = await this.db
      .updateTable("jobs")
      .set((eb) => ({
        status: eb.case().when("attempts", ">=", eb.ref("max_attempts")).then("failed").else("pending").end(),
        worker: null,
        lease_until: null,
        last_error: "lease expired (the worker stopped or was too slow)",
        updated_at: now(),
      }))
      .where("status", "=", "running")
      .where("lease_until", "<", t)
      .returning("id")
      .execute();
    return rows.length;
  }

  async claim(workerId: string, n: number, leaseMs: number): Promise<readonly Job[]> {
    if (!Number.isInteger(n) || n < 1) return [];
    await this.reclaimExpired();
    const t = Date.now();
    const pick = this.db.selectFrom("jobs").select("id").where("status", "=", "pending").orderBy("seq").limit(n);
    const claimed = { status: "running", worker: workerId, lease_until: t + leaseMs, updated_at: now() };
    let rows: JobRow[];
    if (this.dialect === "postgres") {
      // Concurrent claimers skip rows another transaction holds, so none gets a job twice. The pick is a
      // CTE: evaluated once (a LIMIT ... FOR UPDATE subquery under IN may be evaluated more than once).
      rows = await this.db
        .with("picked", () => pick.forUpdate().skipLocked())
        .updateTable("jobs")
        .from("picked")
        .set((eb) => ({ ...claimed, attempts: eb("jobs.attempts", "+", 1) }))
        .whereRef("jobs.id", "=", "picked.id")
        .returningAll("jobs")
        .execute();
    } else {
      // SQLite has one writer at a time: the UPDATE's own transaction is enough.
      rows = await this.db
        .updateTable("jobs")
        .set((eb) => ({ ...claimed, attempts: eb("attempts", "+", 1) }))
        .where("id", "in", pick)
        .returningAll()
        .execute();
    }
    return rows.map((r) => this.jobFromRow(r)).sort((a, b) => a.id.localeCompare(b.id));
  }

  async heartbeat(id: string, workerId: string, leaseMs: number): Promise<boolean> {
    const rows = await this.db
      .updateTable("jobs")
      .set({ lease_until: Date.now() + leaseMs, updated_at: now() })
      .where("id", "=", id)
      .where("worker", "=", workerId)
      .where("status", "=", "running")
      .returning("id")
      .execute();
    return rows.length > 0;
  }

  async complete(id: string, workerId: string): Promise<boolean> {
    const rows = await this.db
      .updateTable("jobs")
      .set({ status: "done", lease_until: null, updated_at: now() })
      .where("id", "=", id)
      .where("worker", "=", workerId)
      .where("status", "=", "running")
      .returning("id")
      .execute();
    return rows.length > 0;
  }

  async fail(id: string, workerId: string, error: string): Promise<boolean> {
    const rows = await this.db
      .updateTable("jobs")
      .set((eb) => ({
        status: eb.case().when("attempts", ">=", eb.ref("max_attempts")).then("failed").else("pending").end(),
        worker: null,
        lease_until: null,
        last_error: error,
        updated_at: now(),
      }))
      .where("id", "=", id)
      .where("worker", "=", workerId)
      .where("status", "=", "running")
      .returning("id")
      .execute();
    return rows.length > 0;
  }

  async getJob(id: string): Promise<Job | undefined> {
    const row = await this.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? this.jobFromRow(row) : undefined;
  }

  async jobCounts(kind?: string): Promise<Readonly<Record<JobStatus, number>>> {
    let q = this.db.selectFrom("jobs").select((eb) => ["status", eb.fn.countAll<number>().as("n")]).groupBy("status");
    if (kind !== undefined) q = q.where("kind", "=", kind);
    const counts: Record<JobStatus, number> = { pending: 0, running: 0, done: 0, failed: 0 };
    for (const r of await q.execute()) counts[r.status as JobStatus] = Number(r.n);
    return counts;
  }
}
