/**
 * saveAnalysis keeps the events an article changes in memory and summarises them from the parsed
 * summaries it holds (src/store/events-in-progress.ts). Whatever it stores must equal a full
 * recomputation from the stored rows: every report of the event read back, its merges and
 * corrections, through the same summarize. Checked on real pipeline output with the real identity
 * rule (so reports merge across articles), a re-analysis and an analyst's correction, on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchReport, summarizeEvent } from "../../src/corpus/identity/index.js";
import type { CorpusEvent, EventReport, MergeExplanation } from "../../src/corpus/records.js";
import type { KyselyStore } from "../../src/store/kysely-store.js";
import { openStore } from "../../src/store/open-store.js";
import type { ArticleAnalysis, AssignReports, Store } from "../../src/store/store.js";
import { goldenAndRetold } from "./fixtures.js";
import { POSTGRES_TEST_URL, postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from "./test-databases.js";

let analyses: ArticleAnalysis[];
beforeAll(async () => {
  analyses = await goldenAndRetold();
}, 120_000);

const assign: AssignReports = (report, candidates) => matchReport(report, candidates);

/** Every stored event summarised again from its stored rows, as a full recomputation does. */
async function recomputed(store: Store): Promise<Map<string, CorpusEvent>> {
  const db = (store as KyselyStore).db;
  const out = new Map<string, CorpusEvent>();
  for (const { id } of await db.selectFrom("events").select("id").execute()) {
    const rows = (await db.selectFrom("reports").select(["key", "json", "merge_json"]).where("event_id", "=", id).execute()).sort((a, b) => (a.key < b.key ? -1 : 1));
    const corrections = (await db.selectFrom("corrections").selectAll().where("event_id", "=", id).orderBy("seq").execute()).map((r) => ({
      eventId: r.event_id,
      field: r.field as "type",
      value: JSON.parse(r.value_json) as unknown,
      by: r.by,
      note: r.note,
      at: r.at,
    }));
    const reports = rows.map((r) => JSON.parse(r.json) as EventReport);
    const merges = rows.flatMap((r) => (r.merge_json ? [JSON.parse(r.merge_json) as MergeExplanation] : []));
    out.set(id, JSON.parse(JSON.stringify(summarizeEvent(id, reports, merges, corrections))) as CorpusEvent);
  }
  return out;
}

function suite(name: string, create: () => Promise<TestDatabase> | TestDatabase) {
  describe(`summaries equal a full recomputation: ${name}`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await create();
      store = await openStore({ db: database.db, summarize: summarizeEvent });
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it("after ingesting, correcting and re-analysing, every stored summary is the recomputed one", async () => {
      const originals = analyses.filter((_, i) => i % 2 === 0);
      const retold = analyses.filter((_, i) => i % 2 === 1);
      for (const a of originals) await store.saveAnalysis(a, assign);
      // Analysts correct every event of the first story; its retelling then joins them (the parse-cache path).
      for (const id of (await store.listEvents({ articleId: originals[0]!.article.id }, "date", { limit: 100 })).items.map((e) => e.id)) {
        await store.correct({ eventId: id, field: "fatalities", value: { min: 3, max: 3 }, by: "test", note: null });
      }
      for (const a of retold) await store.saveAnalysis(a, assign);
      // A re-analysis: reports go back to their events, which are read again.
      await store.saveAnalysis(originals[1]!, assign);
      // A fresh process (nothing parsed yet) saves a third telling: events are read from their rows.
      const again = await openStore({ db: database.db, summarize: summarizeEvent });
      const third = { ...retold[2]!, article: { ...retold[2]!.article, id: "third", contentHash: "f".repeat(64), url: "https://third.example/" } };
      await again.saveAnalysis({ ...third, reports: third.reports.map((r) => ({ ...r, key: r.key.replace(retold[2]!.article.id, "third"), articleId: "third", source: { ...r.source, outlet: "third.example" } })), quotes: [] }, assign);
      await again.close();

      const expected = await recomputed(store);
      // Not vacuous: reports of different articles share events, and one of those carries a correction.
      const shared = [...expected.values()].filter((e) => e.articleCount > 1);
      expect(shared.length).toBeGreaterThan(3);
      expect(shared.some((e) => e.corrections.length > 0)).toBe(true);
      expect(shared.some((e) => e.articleCount > 2)).toBe(true);
      for (const [id, event] of expected) expect(await store.getEvent(id)).toEqual(event);
    }, 120_000);
  });
}

suite("sqlite", () => sqliteTestDatabase());
describe.skipIf(!POSTGRES_TEST_URL)("PostgreSQL", () => {
  suite("postgres", () => postgresTestDatabase());
});
