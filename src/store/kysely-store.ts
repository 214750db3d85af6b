/**
 * The store on Kysely: one implementation of `Store` for SQLite and PostgreSQL (src/store/store.ts).
 * Every query is written once against src/store/schema.ts; the few dialect differences (full-text
 * search, row locking in the job queue, how a write transaction starts) are branches on `dialect`
 * inside the method that needs them.
 */
import { randomBytes, createHash } from "node:crypto";
import { sql, type RawBuilder, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Selectable, Migrator } from "kysely";
import { SitrepError } from "../core/errors.js";
import type { DocumentJson } from "../app/present/document-schema.js";
import type { Correction, CorpusEvent, EventReport, MergeExplanation, QuoteRecord, ReportActor } from "../corpus/records.js";
import { decodeCursor, decodeOffset, encodeCursor } from "./cursor.js";
import { addDays, daysApart, reportDay, reportDaySpan } from "./day-span.js";
import { EventCache } from "./event-cache.js";
import { migrationProvider, type Dialect } from "./migrations.js";
import type { ArticlesTable, JobsTable, StoreSchema } from "./schema.js";
import { simhashBands } from "./simhash-bands.js";
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
/** Candidate query defaults: a week either side covers "last Monday" in a report filed days later. */
export const DEFAULT_CANDIDATE_DAYS = 7;
export const DEFAULT_CANDIDATE_LIMIT = 50;
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

/**
 * A new version stamp of an event's summary: random, so a version never recurs (not even after a
 * rolled-back transaction), and a cached parse of one version is right forever.
 */
function newVersion(): string {
  return randomBytes(8).toString("hex");
}

/** An event id for a report that founds an event: a hash of its key, so two workers agree. */
function foundingEventId(reportKey: string): string {
  return `E${createHash("sha256").update(reportKey).digest("hex").slice(0, 16)}`;
}

function actorLines(event: CorpusEvent): string {
  const names = new Set<string>();
  const add = (a: ReportActor | null) => {
    if (!a) return;
    names.add(a.name.toLowerCase());
    if (a.acledName) names.add(a.acledName.toLowerCase());
  };
  for (const field of [event.actor, event.target]) {
    add(field.value);
    for (const v of field.values) add(v.value);
  }
  return [...names].join("\n");
}

export class KyselyStore implements Store {
  private readonly eventCache = new EventCache();
  constructor(
    readonly db: Db,
    readonly dialect: Dialect,
    private readonly options: KyselyStoreOptions,
  ) {}

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect) });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === "Error")?.migrationName;
      throw new Error(`store migration ${failed ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  async appliedMigrations(): Promise<readonly string[]> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect) });
    return (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined).map((m) => m.name);
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.options.onClose?.();
  }

  /**
   * One write transaction. SQLite starts it IMMEDIATE (the write lock at once, so two processes on one
   * file wait for each other through busy_timeout instead of failing when a read turns into a write).
   */
  async transaction<T>(fn: (trx: Db) => Promise<T>): Promise<T> {
    if (this.dialect === "postgres") return this.db.transaction().execute(fn);
    return this.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (e) {
        await sql`rollback`.execute(conn);
        throw e;
      }
    });
  }

  // ---- articles -----------------------------------------------------------------------------

  private async articlesFromRows(db: Db, rows: readonly ArticleRow[]): Promise<StoredArticle[]> {
    if (rows.length === 0) return [];
    const urls = await db
      .selectFrom("article_urls")
      .select(["article_id", "url"])
      .where("article_id", "in", rows.map((r) => r.id))
      .orderBy("article_id")
      .orderBy("url")
      .execute();
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
    const rows = await this.db.selectFrom("articles").selectAll().where("content_hash", "=", hash).execute();
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

  async findSimhashCandidates(simhashes: string | readonly string[]): Promise<readonly StoredArticle[]> {
    // One query for every probe (findDuplicate sends 65): each band's column against the values any
    // probe has in it, which is the union of the probes' own band lookups.
    const probes = typeof simhashes === "string" ? [simhashes] : simhashes;
    if (probes.length === 0) return [];
    const bands: [Set<string>, Set<string>, Set<string>, Set<string>] = [new Set(), new Set(), new Set(), new Set()];
    for (const probe of probes) simhashBands(probe).forEach((b, i) => bands[i]!.add(b));
    const [b0, b1, b2, b3] = bands.map((b) => [...b]);
    const rows = await this.db
      .selectFrom("articles")
      .selectAll()
      .where((eb) => eb.or([eb("simhash_b0", "in", b0!), eb("simhash_b1", "in", b1!), eb("simhash_b2", "in", b2!), eb("simhash_b3", "in", b3!)]))
      .orderBy("seq")
      .limit(MAX_PAGE)
      .execute();
    return this.articlesFromRows(this.db, rows);
  }

  async addArticleUrl(articleId: string, url: string): Promise<void> {
    await this.db
      .insertInto("article_urls")
      .values({ article_id: articleId, url })
      .onConflict((oc) => oc.columns(["article_id", "url"]).doNothing())
      .execute();
  }

  async listArticles(page?: PageRequest): Promise<Page<StoredArticle>> {
    const limit = pageLimit(page);
    let q = this.db.selectFrom("articles").selectAll().orderBy("seq", "desc").limit(limit + 1);
    if (page?.cursor) {
      const [seq] = decodeCursor(page.cursor, 1);
      q = q.where("seq", "<", Number(seq));
    }
    const rows = await q.execute();
    const more = rows.length > limit;
    const kept = rows.slice(0, limit);
    return { items: await this.articlesFromRows(this.db, kept), next: more ? encodeCursor([Number(kept[kept.length - 1]!.seq)]) : null };
  }

  async listArticleIds(filter: ArticleFilter, page?: PageRequest): Promise<Page<string>> {
    const limit = pageLimit(page);
    let q = this.db.selectFrom("articles").select(["id", "seq"]).orderBy("seq").limit(limit + 1);
    if (filter.notPipelineVersion !== undefined) q = q.where("pipeline_version", "<>", filter.notPipelineVersion);
    if (page?.cursor) {
      const [seq] = decodeCursor(page.cursor, 1);
      q = q.where("seq", ">", Number(seq));
    }
    const rows = await q.execute();
    const more = rows.length > limit;
    const kept = rows.slice(0, limit);
    return { items: kept.map((r) => r.id), next: more ? encodeCursor([Number(kept[kept.length - 1]!.seq)]) : null };
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
    const more = rows.length > limit;
    return {
      items: rows.slice(0, limit).map((r) => ({ articleId: r.id, title: r.title, published: r.published, snippet: (r.snippet ?? "").replace(/\s+/g, " ").trim() })),
      next: more ? encodeCursor([offset + limit]) : null,
    };
  }

  // ---- saving an analysis -------------------------------------------------------------------

  async saveAnalysis(analysis: ArticleAnalysis, assign: AssignReports, candidates?: CandidateQuery): Promise<SaveResult> {
    const { article, document, reports, quotes } = analysis;
    const [b0, b1, b2, b3] = simhashBands(article.simhash);
    const query = { ...this.options.candidates, ...candidates };
    return this.transaction(async (trx) => {
      if (this.dialect === "postgres") await sql`select pg_advisory_xact_lock(${IDENTITY_LOCK})`.execute(trx);
      const touched = new Set<string>();
      // Events whose summary is behind their reports (recomputed before the next candidate query and at the end).
      const dirty = new Set<string>();
      const created: string[] = [];
      // A re-analysis: drop the old analysis but remember where each report was, so it goes back.
      const previous = new Map<string, { eventId: string; merge: string | null }>();
      const existing = await trx.selectFrom("articles").select(["seq"]).where("id", "=", article.id).executeTakeFirst();
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
        ingested_at: now(),
        event_count: reports.length,
        quote_count: quotes.length,
      };
      let seq: number;
      if (existing) {
        seq = Number(existing.seq);
        for (const r of await trx.selectFrom("reports").select(["key", "event_id", "merge_json"]).where("article_id", "=", article.id).execute()) {
          previous.set(r.key, { eventId: r.event_id, merge: r.merge_json });
          touched.add(r.event_id);
          dirty.add(r.event_id);
        }
        await this.deleteArticleRows(trx, article.id, seq);
        await trx.updateTable("articles").set(row).where("id", "=", article.id).execute();
      } else {
        const inserted = await trx.insertInto("articles").values(row).returning("seq").executeTakeFirstOrThrow();
        seq = Number(inserted.seq);
      }
      await trx.insertInto("documents").values({ article_id: article.id, json: JSON.stringify(document) }).execute();
      if (article.url) {
        await trx
          .insertInto("article_urls")
          .values({ article_id: article.id, url: article.url })
          .onConflict((oc) => oc.columns(["article_id", "url"]).doNothing())
          .execute();
      }
      if (this.dialect === "sqlite") {
        await sql`insert into article_fts (rowid, title, body) values (${seq}, ${article.title ?? ""}, ${document.text})`.execute(trx);
      } else {
        await sql`insert into article_search (article_seq, title, body) values (${seq}, ${article.title}, ${document.text})`.execute(trx);
      }

      for (const quote of quotes) await this.insertQuote(trx, quote);

      for (const report of reports) {
        const before = previous.get(report.key);
        let eventId: string;
        let mergeJson: string | null = null;
        if (before && (await trx.selectFrom("events").select("id").where("id", "=", before.eventId).executeTakeFirst())) {
          // The same report of a re-analysed article goes back where it was (merges and corrections survive).
          eventId = before.eventId;
          mergeJson = before.merge;
        } else {
          // The candidates see this article's earlier reports: their events are brought up to date first.
          for (const id of dirty) await this.recomputeEvent(trx, id);
          dirty.clear();
          const found = await this.candidatesIn(trx, report, query);
          const decision = await assign(report, found);
          if (decision) {
            eventId = decision.eventId;
            mergeJson = JSON.stringify(decision.explanation);
          } else {
            eventId = await this.newEventId(trx, report.key);
            await this.insertPlaceholderEvent(trx, eventId, report);
            created.push(eventId);
          }
        }
        await trx
          .insertInto("reports")
          .values({
            key: report.key,
            article_id: article.id,
            event_id: eventId,
            type: report.type,
            day: reportDay(report),
            country: report.place?.country ?? null,
            admin1: report.place?.admin1 ?? null,
            pipeline_version: report.pipelineVersion,
            json: JSON.stringify(report),
            merge_json: mergeJson,
          })
          .execute();
        for (const actor of [report.actor, report.target]) {
          if (actor) await this.insertActorMention(trx, article.id, "report", report.key, actor);
        }
        touched.add(eventId);
        dirty.add(eventId);
      }
      for (const id of dirty) await this.recomputeEvent(trx, id);
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

  private async insertQuote(trx: Db, quote: QuoteRecord): Promise<void> {
    const inserted = await trx
      .insertInto("quotes")
      .values({
        key: quote.key,
        article_id: quote.articleId,
        speaker_name: quote.speaker?.name ?? null,
        speaker_lower: quote.speaker?.name.toLowerCase() ?? null,
        date: quote.date,
        text: quote.text,
        json: JSON.stringify(quote),
      })
      .returning("seq")
      .executeTakeFirstOrThrow();
    if (this.dialect === "sqlite") await sql`insert into quote_fts (rowid, text) values (${Number(inserted.seq)}, ${quote.text})`.execute(trx);
    if (quote.speaker) await this.insertActorMention(trx, quote.articleId, "quote", quote.key, quote.speaker);
  }

  private async insertActorMention(trx: Db, articleId: string, source: "report" | "quote", ref: string, actor: ReportActor): Promise<void> {
    await trx
      .insertInto("actor_mentions")
      .values({
        article_id: articleId,
        source,
        ref,
        name: actor.name,
        name_lower: actor.name.toLowerCase(),
        acled_name: actor.acledName,
        kind: actor.kind,
        country: actor.country,
        party_type: actor.partyType,
      })
      .execute();
  }

  private async newEventId(trx: Db, reportKey: string): Promise<string> {
    const id = foundingEventId(reportKey);
    const taken = await trx.selectFrom("events").select("id").where("id", "=", id).executeTakeFirst();
    // Taken when the report's key founded an event before and was later split or moved out of it.
    return taken ? `E${randomBytes(8).toString("hex")}` : id;
  }

  private async insertPlaceholderEvent(trx: Db, id: string, report: EventReport): Promise<void> {
    await trx
      .insertInto("events")
      .values({
        id,
        type: report.type,
        day: reportDay(report),
        country: report.place?.country ?? null,
        admin1: report.place?.admin1 ?? null,
        lat: null,
        lon: null,
        fatalities_acled: null,
        source_count: 0,
        article_count: 0,
        modality: report.modality,
        actor_text: "",
        updated_at: now(),
        summary_json: "null",
        version: newVersion(),
      })
      .execute();
  }

  /** Recomputes an event's summary from its reports, merges and corrections; deletes it when it has no report left. */
  private async recomputeEvent(trx: Db, id: string): Promise<void> {
    const rows = await trx.selectFrom("reports").select(["json", "merge_json"]).where("event_id", "=", id).orderBy("key").execute();
    if (rows.length === 0) {
      await trx.deleteFrom("events").where("id", "=", id).execute();
      return;
    }
    const reports = rows.map((r) => JSON.parse(r.json) as EventReport);
    const merges = rows.flatMap((r) => (r.merge_json ? [JSON.parse(r.merge_json) as MergeExplanation] : []));
    const corrections = await this.correctionsIn(trx, id);
    const event = this.options.summarize(id, reports, merges, corrections);
    await trx
      .updateTable("events")
      .set({
        type: event.type.value,
        day: event.day,
        country: event.place.value?.country ?? null,
        admin1: event.place.value?.admin1 ?? null,
        lat: event.place.value?.lat ?? null,
        lon: event.place.value?.lon ?? null,
        fatalities_acled: event.fatalities.acled,
        source_count: event.sourceCount,
        article_count: event.articleCount,
        modality: event.modality.value,
        actor_text: actorLines(event),
        updated_at: now(),
        summary_json: JSON.stringify(event),
        version: newVersion(),
      })
      .where("id", "=", id)
      .execute();
  }

  // ---- candidates for identity --------------------------------------------------------------

  async findCandidates(report: EventReport, query?: CandidateQuery): Promise<readonly CorpusEvent[]> {
    return this.candidatesIn(this.db, report, { ...this.options.candidates, ...query });
  }

  private async candidatesIn(db: Db, report: EventReport, query: CandidateQuery): Promise<CorpusEvent[]> {
    const days = query.days ?? DEFAULT_CANDIDATE_DAYS;
    const limit = query.limit ?? DEFAULT_CANDIDATE_LIMIT;
    const span = reportDaySpan(report);
    const types = query.types?.(report.type) ?? null;
    const country = report.place?.country ?? null;
    let base = db.selectFrom("events").select(["id", "day", "version"]).where("summary_json", "<>", "null");
    if (types && types.length > 0) base = base.where("type", "in", types);
    if (country) base = base.where((eb) => eb.or([eb("country", "=", country), eb("country", "is", null)]));
    let picked: Array<{ id: string; day: string | null; version: string }>;
    if (!span) {
      picked = await base.where("day", "is", null).orderBy("id").limit(limit).execute();
    } else {
      // The nearest days first: walk the (day, id) index outwards from the report's first day, both ways.
      const later = await base.where("day", ">=", span[0]).where("day", "<=", addDays(span[1], days)).orderBy("day").orderBy("id").limit(limit).execute();
      const earlier = await base.where("day", "<", span[0]).where("day", ">=", addDays(span[0], -days)).orderBy("day", "desc").orderBy("id", "desc").limit(limit).execute();
      const distance = (day: string | null) => daysApart(span, day);
      picked = [...later, ...earlier]
        .map((r) => ({ r, d: distance(r.day) }))
        .sort((a, b) => a.d - b.d || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0))
        .slice(0, limit)
        .map((x) => x.r);
    }
    return this.eventsById(db, picked);
  }

  /** The summaries of these events, from the parse cache where the version matches, else read and parsed. */
  private async eventsById(db: Db, rows: ReadonlyArray<{ id: string; version: string }>): Promise<CorpusEvent[]> {
    const missing = rows.filter((r) => !this.eventCache.get(r.id, r.version)).map((r) => r.id);
    if (missing.length > 0) {
      for (const r of await db.selectFrom("events").select(["id", "version", "summary_json"]).where("id", "in", missing).execute()) {
        this.eventCache.set(r.id, r.version, JSON.parse(r.summary_json) as CorpusEvent);
      }
    }
    return rows.flatMap((r) => {
      const event = this.eventCache.get(r.id, r.version);
      return event ? [event] : [];
    });
  }

  // ---- analysts: split, merge, correct ------------------------------------------------------

  private async reportRow(trx: Db, key: string) {
    const row = await trx.selectFrom("reports").select(["key", "event_id"]).where("key", "=", key).executeTakeFirst();
    if (!row) throw new SitrepError("NOT_FOUND", `no report ${key}`);
    return row;
  }

  async splitReport(reportKey: string, _by: string | null): Promise<string> {
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
    return rows.map((r) => ({ eventId: r.event_id, field: r.field as Correction["field"], value: JSON.parse(r.value_json) as unknown, by: r.by, note: r.note, at: r.at }));
  }

  corrections(eventId: string): Promise<readonly Correction[]> {
    return this.correctionsIn(this.db, eventId);
  }

  // ---- events -------------------------------------------------------------------------------

  private eventWhere(filter: EventFilter) {
    return (eb: ExpressionBuilder<StoreSchema, "events">): Expression<SqlBool> => {
      const conds: Expression<SqlBool>[] = [eb("summary_json", "<>", "null")];
      if (filter.from) conds.push(eb("day", ">=", filter.from));
      if (filter.to) conds.push(eb("day", "<=", filter.to));
      if (filter.country) conds.push(eb("country", "=", filter.country.toUpperCase()));
      if (filter.admin1) conds.push(eb("admin1", "=", filter.admin1));
      const types = asList(filter.type);
      if (types && types.length > 0) conds.push(eb("type", "in", types));
      const modalities = asList(filter.modality);
      if (modalities && modalities.length > 0) conds.push(eb("modality", "in", modalities));
      if (filter.actor) conds.push(sql<SqlBool>`${sql.ref("actor_text")} like ${likeSubstring(filter.actor.toLowerCase())} escape '\\'`);
      if (filter.minFatalities !== undefined) conds.push(eb("fatalities_acled", ">=", filter.minFatalities));
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

  /** The sort key as an expression with no nulls (so keyset pagination compares), and its direction. */
  private sortKey(sort: EventSort) {
    const desc = sort.startsWith("-");
    const name = desc ? sort.slice(1) : sort;
    const expr: RawBuilder<string | number> | undefined =
      name === "date"
        ? sql<string | number>`coalesce(${sql.ref("day")}, '')`
        : name === "fatalities"
          ? sql<string | number>`coalesce(${sql.ref("fatalities_acled")}, -1)`
          : name === "sources"
            ? sql<string | number>`${sql.ref("source_count")}`
            : undefined;
    if (!expr) throw new SitrepError("BAD_ARGUMENT", `unknown event sort ${sort}`);
    return { expr, desc, numeric: name !== "date" };
  }

  private async eventPage(filter: EventFilter, sort: EventSort, limit: number, cursor: string | null | undefined) {
    const key = this.sortKey(sort);
    let q = this.db
      .selectFrom("events")
      .select(["id", "summary_json"])
      .select(key.expr.as("sort_key"))
      .where(this.eventWhere(filter));
    if (cursor) {
      const [value, id] = decodeCursor(cursor, 2) as [string | number, string];
      if (typeof id !== "string" || (key.numeric ? typeof value !== "number" : typeof value !== "string")) throw new SitrepError("BAD_ARGUMENT", "malformed page cursor");
      const op = key.desc ? "<" : ">";
      q = q.where((eb) => eb.or([eb(key.expr, op, value), eb.and([eb(key.expr, "=", value), eb("id", op, id)])]));
    }
    const dir = key.desc ? "desc" : "asc";
    const rows = await q.orderBy(key.expr, dir).orderBy("id", dir).limit(limit + 1).execute();
    const more = rows.length > limit;
    const kept = rows.slice(0, limit);
    const last = kept[kept.length - 1];
    const sortValue = last ? (key.numeric ? Number(last.sort_key) : String(last.sort_key)) : null;
    return { items: kept.map((r) => JSON.parse(r.summary_json) as CorpusEvent), next: more && last ? encodeCursor([sortValue, last.id]) : null };
  }

  listEvents(filter: EventFilter, sort: EventSort = "-date", page?: PageRequest): Promise<Page<CorpusEvent>> {
    return this.eventPage(filter, sort, pageLimit(page), page?.cursor);
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
    const column = ({ type: "type", country: "country", admin1: "admin1", day: "day" } as const)[by];
    if (!column) throw new SitrepError("BAD_ARGUMENT", `cannot count events by ${by}`);
    const rows = await this.db
      .selectFrom("events")
      .select((eb) => [eb.ref(column).as("key"), eb.fn.countAll<number>().as("events"), sql<number>`coalesce(sum(${sql.ref("fatalities_acled")}), 0)`.as("fatalities")])
      .where(this.eventWhere(filter))
      .groupBy(column)
      .orderBy(column)
      .execute();
    return rows.map((r) => ({ key: r.key as string | null, events: Number(r.events), fatalities: Number(r.fatalities) }));
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
    const rows = await q.orderBy("seq").limit(limit + 1).execute();
    const more = rows.length > limit;
    const kept = rows.slice(0, limit);
    return { items: kept.map((r) => JSON.parse(r.json) as QuoteRecord), next: more ? encodeCursor([Number(kept[kept.length - 1]!.seq)]) : null };
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
    const more = rows.length > limit;
    return {
      items: rows.slice(0, limit).map((r) => ({
        name: r.name,
        acledName: r.acled_name ?? null,
        kind: r.kind ?? "",
        country: r.country ?? null,
        partyType: r.party_type ?? null,
        eventCount: Number(r.event_count),
        quoteCount: Number(r.quote_count),
      })),
      next: more ? encodeCursor([offset + limit]) : null,
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
