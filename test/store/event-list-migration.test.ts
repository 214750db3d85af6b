/**
 * Migrations 0005-event-list-indexes and 0006-event-brief on a store that already holds events: the
 * sort keys, actor tables and briefs they fill from the existing rows must give the same event lists
 * as a store that had them from the start. Both dialects (PostgreSQL when SITREP_TEST_DATABASE_URL is set).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import Database from "better-sqlite3";
import pg from "pg";
import { openStore } from "../../src/store/open-store.js";
import { KyselyStore } from "../../src/store/kysely-store.js";
import { migrationProvider, type Dialect } from "../../src/store/migrations.js";
import type { EventFilter, EventSort, Store } from "../../src/store/store.js";
import { buildFixtures, neverAssign, plainSummarize, sameEvidenceAssign, type Fixtures } from "./fixtures.js";
import { POSTGRES_TEST_URL, postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from "./test-databases.js";

let fixtures: Fixtures;
beforeAll(async () => {
  fixtures = await buildFixtures();
});

function rawDb(dialect: Dialect, db: string): Kysely<any> {
  return dialect === "sqlite"
    ? new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(db) }) })
    : new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: db, max: 1 }) }) });
}

/** The events columns before 0005-event-list-indexes. */
const OLD_EVENT_COLUMNS = ["id", "type", "day", "country", "admin1", "lat", "lon", "fatalities_acled", "source_count", "article_count", "modality", "actor_text", "updated_at", "summary_json", "version"];

function migrationSuite(dialect: Dialect, create: () => Promise<TestDatabase>) {
  describe(`migrations 0005-0006 on a filled ${dialect} store`, () => {
    let fresh: TestDatabase;
    let old: TestDatabase;
    let a: Store;
    let b: Store;

    beforeAll(async () => {
      fresh = await create();
      old = await create();
      a = await openStore({ db: fresh.db, summarize: plainSummarize });
      await a.saveAnalysis(fixtures.acapulco, neverAssign);
      await a.saveAnalysis(fixtures.acapulcoCopy, sameEvidenceAssign);
      for (const x of [fixtures.founding, fixtures.kenya, fixtures.baghdad]) await a.saveAnalysis(x, neverAssign);

      // The other store stops at 0004 (the schema before the list indexes) and gets the same articles, reports and events as rows.
      const raw = rawDb(dialect, old.db);
      const toMain = await new Migrator({ db: raw, provider: migrationProvider(dialect) }).migrateTo("0004-candidate-index");
      expect(toMain.error).toBeUndefined();
      const src = (a as KyselyStore).db as unknown as Kysely<any>;
      const articles = await src.selectFrom("articles").selectAll().execute();
      await raw.insertInto("articles").values(articles.map(({ seq: _seq, ...rest }) => rest)).execute();
      const events = await src.selectFrom("events").select(OLD_EVENT_COLUMNS).execute();
      expect(events.length).toBeGreaterThan(10);
      await raw.insertInto("events").values(events).execute();
      await raw.insertInto("reports").values(await src.selectFrom("reports").selectAll().execute()).execute();
      await raw.destroy();
      b = await openStore({ db: old.db, summarize: plainSummarize });
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await fresh?.drop();
      await old?.drop();
    });

    it("applies 0005 and 0006 to the old store, and fills every brief", async () => {
      expect(await b.appliedMigrations()).toEqual(expect.arrayContaining(["0005-event-list-indexes", "0006-event-brief"]));
      const raw = (b as KyselyStore).db as unknown as Kysely<any>;
      expect((await raw.selectFrom("events").select("id").where("brief_json", "is", null).execute()).length).toBe(0);
    });

    it("lists, pages and counts the same events as a store built with it", async () => {
      const all = (await a.listEvents({}, "date", { limit: 1000 })).items;
      const withActor = all.find((e) => e.actor.value)!;
      const filters: EventFilter[] = [
        {},
        { actor: withActor.actor.value!.name.slice(0, 5) },
        { actor: "a" },
        { type: all[0]!.type.value },
        { country: "MX" },
        { from: "2009-01-01", to: "2009-12-31" },
        { to: "2015-01-01" },
        { minFatalities: 1 },
        { bbox: [-118, 14, -86, 33] },
      ];
      const sorts: EventSort[] = ["date", "-date", "fatalities", "-fatalities", "sources", "-sources"];
      for (const filter of filters) {
        for (const sort of sorts) {
          const want = (await a.listEvents(filter, sort, { limit: 1000 })).items.map((e) => e.id);
          const got: string[] = [];
          let cursor: string | null = null;
          do {
            const page = await b.listEvents(filter, sort, { limit: 4, cursor });
            got.push(...page.items.map((e) => e.id));
            cursor = page.next;
          } while (cursor);
          expect(got, JSON.stringify([filter, sort])).toEqual(want);
        }
        for (const by of ["type", "day"] as const) expect(await b.countEvents(filter, by)).toEqual(await a.countEvents(filter, by));
        // 0006 filled the briefs of the events already there.
        expect((await b.listEventBriefs(filter, "-date", { limit: 1000 })).items).toEqual((await a.listEventBriefs(filter, "-date", { limit: 1000 })).items);
      }
      expect((await b.listEvents({ actor: withActor.actor.value!.name }, "date", { limit: 1000 })).items.length).toBeGreaterThan(0);
    });
  });
}

migrationSuite("sqlite", async () => sqliteTestDatabase());
describe.skipIf(!POSTGRES_TEST_URL)("PostgreSQL", () => {
  migrationSuite("postgres", () => postgresTestDatabase("sitrep_migration"));
});
