/**
 * `sitrep export` end to end over the real store: articles analysed by the pipeline, saved in a SQLite
 * store (and a PostgreSQL one when SITREP_TEST_DATABASE_URL is set), exported through the command.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStoreReader, runExport } from "../../src/cli/export-command.js";
import { openStore } from "../../src/store/open-store.js";
import type { AssignReports, Store } from "../../src/store/store.js";
import { SitrepError } from "../../src/core/errors.js";
import { ARTICLES } from "../corpus/exports/corpus-events.js";
import { analysisOf, plainSummarize } from "../store/fixtures.js";
import { POSTGRES_TEST_URL, postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from "../store/test-databases.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The same simple identity as the exporters' unit tests: same type, same place, same date. */
const samePlaceAndDay: AssignReports = (report, candidates) => {
  for (const event of candidates) {
    const match = event.reports.find((r) => r.type === report.type && r.place?.geonameid === report.place?.geonameid && r.place && r.date?.value === report.date?.value);
    if (match) return { eventId: event.id, explanation: { report: report.key, matched: match.key, score: 1, fields: { type: "same", place: "same", date: "same" }, by: "identity" } };
  }
  return null;
};

function sink() {
  const parts: string[] = [];
  return { out: new Writable({ write: (c, _e, cb) => { parts.push(String(c)); cb(); } }), text: () => parts.join("") };
}

async function exported(what: string, options: Record<string, string | boolean>, db: string): Promise<string> {
  const s = sink();
  await runExport(what, { ...options, db }, openStoreReader, s.out);
  return s.text();
}

function exportsOver(name: string, create: () => Promise<TestDatabase>) {
  describe(`sitrep export over ${name}`, () => {
    let database: TestDatabase;
    let store: Store;
    let quoteCount = 0;

    beforeAll(async () => {
      database = await create();
      store = await openStore({ db: database.db, summarize: plainSummarize });
      for (const a of ARTICLES) {
        const analysis = await analysisOf(a.id, a.text, { published: a.published, url: a.url, siteName: a.siteName, ...(a.title ? { title: a.title } : {}) });
        quoteCount += analysis.quotes.length;
        await store.saveAnalysis(analysis, samePlaceAndDay, { days: 3 });
      }
      await store.close();
    });
    afterAll(async () => database?.drop());

    it("writes every event as an ACLED row; the two reports of one attack are one row with the lowest toll", async () => {
      const reader = await openStoreReader(database.db);
      const total = (await reader.countEvents({}, "type")).reduce((n, c) => n + c.events, 0);
      await reader.close();
      const rows = parse(await exported("events", { format: "csv" }, database.db), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(total);
      const kandahar = rows.find((r) => r.location === "Kandahār" && r.plover_type === "ASSAULT")!;
      expect(kandahar).toMatchObject({ country: "Afghanistan", iso: "4", fatalities: "5", source_count: "2", article_count: "2", source: "Kabul Times; Wire Service" });
      // In date order.
      const dates = rows.map((r) => r.event_date).filter(Boolean);
      expect([...dates].sort()).toEqual(dates);
    });

    it("filters by country, type and dates in the store", async () => {
      const nigeria = parse(await exported("events", { country: "Nigeria" }, database.db), { bom: true, columns: true }) as Record<string, string>[];
      expect(nigeria.length).toBeGreaterThan(0);
      expect(nigeria.every((r) => r.country === "Nigeria")).toBe(true);
      const protests = (await exported("events", { format: "plover", type: "protest" }, database.db)).trim().split("\n").map((l) => JSON.parse(l));
      expect(protests.length).toBeGreaterThan(0);
      expect(protests.every((p) => p.event_type === "PROTEST")).toBe(true);
      const early = (await exported("events", { format: "json", to: "2021-10-08" }, database.db)).trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
      expect(early.length).toBeGreaterThan(0);
      expect(early.every((e) => e.day <= "2021-10-08")).toBe(true);
    });

    it("writes GeoJSON, quotes and actors", async () => {
      const geo = JSON.parse(await exported("events", { format: "geojson" }, database.db));
      expect(geo.type).toBe("FeatureCollection");
      expect(geo.features.length).toBeGreaterThan(0);
      expect(geo.sitrep_without_coordinates).toBeGreaterThan(0);
      const quotes = parse(await exported("quotes", {}, database.db), { bom: true, columns: true }) as Record<string, string>[];
      expect(quotes).toHaveLength(quoteCount);
      expect(quotes.some((q) => /Mujahid/.test(q.speaker!))).toBe(true);
      const actors = parse(await exported("actors", { country: "ML" }, database.db), { bom: true, columns: true }) as Record<string, string>[];
      expect(actors.map((a) => a.name)).toContain("Military Forces of Mali");
      expect(actors.every((a) => a.country === "ML")).toBe(true);
    });
  });
}

exportsOver("SQLite", async () => sqliteTestDatabase());
describe.skipIf(!POSTGRES_TEST_URL)("PostgreSQL", () => exportsOver("PostgreSQL", () => postgresTestDatabase("sitrep_export")));

describe("sitrep export (child process)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = sqliteTestDatabase();
    const store = await openStore({ db: database.db, summarize: plainSummarize });
    for (const a of ARTICLES.slice(0, 3)) await store.saveAnalysis(await analysisOf(a.id, a.text, { published: a.published, url: a.url, siteName: a.siteName }), samePlaceAndDay);
    await store.close();
  });
  afterAll(async () => database?.drop());

  const run = (args: string[], closeStdout = false) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [`${root}bin/sitrep.js`, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      // A reader that is gone before the first row (`| head -0`): every write meets EPIPE.
      if (closeStdout) child.stdout.destroy();
      else child.stdout.on("data", (c: Buffer) => (stdout += c));
      child.stderr.on("data", (c: Buffer) => (stderr += c));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });

  it("prints to standard output, ends quietly when the reader goes away, and refuses a store that is not there", async () => {
    const ok = await run(["export", "events", "--db", database.db, "--format", "plover"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split("\n").length).toBeGreaterThan(0);
    const gone = await run(["export", "events", "--db", database.db, "--format", "csv"], true);
    expect(gone.code).toBe(0);
    expect(gone.stderr).not.toMatch(/EPIPE|Error/);
    const missing = `${database.db}.missing`;
    const none = await run(["export", "events", "--db", missing]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("STORE_UNAVAILABLE");
    expect(existsSync(missing)).toBe(false);
  });

  it("rejects a bad option with status 2", async () => {
    const bad = await run(["export", "events", "--db", database.db, "--format", "xml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("BAD_ARGUMENT");
  });
});

describe("opening the store for an export", () => {
  it("is an error for a SQLite file that does not exist", async () => {
    await expect(openStoreReader("/nonexistent/dir/sitrep.db")).rejects.toSatisfy((e: unknown) => e instanceof SitrepError && e.code === "STORE_UNAVAILABLE");
  });
});
