import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobOf } from "../../src/app/ingest-queue.js";
import { openCorpusStore } from "../../src/app/open-corpus-store.js";
import type { ArticleInput } from "../../src/ingest-sources/article-inputs.js";
import { POSTGRES_TEST_URL, postgresTestDatabase, type TestDatabase } from "../store/test-databases.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const PLACES = ["Kabul", "Kandahar", "Herat", "Jalalabad", "Peshawar", "Quetta", "Lahore", "Karachi", "Mosul", "Basra", "Aleppo", "Homs", "Sanaa", "Aden", "Mogadishu", "Kismayo"];
/** Sixteen distinct short stories (different places, tolls and days, so none is a near-duplicate of another). */
const STORIES = PLACES.map((place, i) => `${place} attack. Gunmen killed ${i + 3} police officers at a checkpoint in ${place} on ${["Monday", "Tuesday", "Wednesday", "Thursday"][i % 4]}, officials said. The attackers, who arrived on ${i % 2 ? "motorbikes" : "foot"}, fled after a ${10 + i}-minute gun battle near the ${["market", "mosque", "bus station", "university"][i % 4]} of ${place}. Story number ${i + 1} of the ${place} desk.`);

function work(db: string, id: string, jobs: number): { child: ChildProcess; done: Promise<number | null>; output: () => string } {
  // A short lease (longer than one short article takes on a busy machine), so the killed worker's jobs come back within the test.
  const child = spawn(process.execPath, [`${root}bin/sitrep.js`, "work", "--until-empty", "--jobs", String(jobs), "--db", db, "--id", id], { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, SITREP_LEASE_MS: "8000" } });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  return { child, done: new Promise((resolve) => child.on("close", (code) => resolve(code))), output: () => out };
}

describe.skipIf(!POSTGRES_TEST_URL)("sitrep work: workers sharing a PostgreSQL store's job queue", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await postgresTestDatabase("sitrep_ingest");
  });
  afterAll(async () => database?.drop());

  // --jobs 0: each worker analyses in its own thread, one article after the other; --jobs 2: on two
  // worker threads, several articles claimed and analysing at once (the victim dies holding them all).
  for (const jobs of [0, 2]) {
    it(`stores every article exactly once when a worker is killed mid-run (--jobs ${jobs})`, async () => {
      const own = jobs === 0 ? database : await postgresTestDatabase("sitrep_ingest");
      try {
        await killedMidRun(own.db, jobs);
      } finally {
        if (own !== database) await own.drop();
      }
    }, 300_000);
  }

  async function killedMidRun(db: string, threads: number): Promise<void> {
    const database = { db };
    const { store } = await openCorpusStore({ db: database.db, pipelineVersion: "test" });
    const inputs: ArticleInput[] = STORIES.map((text, i) => {
      const raw = { bytes: new TextEncoder().encode(text), locator: `stories.jsonl:${i + 1}`, kind: "manifest" as const, contentType: "text/plain" };
      return { label: raw.locator, meta: { published: "2021-10-11" }, local: true, load: async () => raw };
    });
    const jobs = await Promise.all(inputs.map((input) => jobOf(input, {})));
    expect(await store.enqueue(jobs)).toBe(STORIES.length);
    // Enqueueing the same corpus again adds no job.
    expect(await store.enqueue(await Promise.all(inputs.map((input) => jobOf(input, {}))))).toBe(0);
    await store.close();

    // The victim is killed while it holds claimed jobs (mid-article: claimed, not completed).
    const victim = work(database.db, "victim", threads);
    const admin = new pg.Client({ connectionString: database.db });
    await admin.connect();
    let killedWhileHolding = 0;
    try {
      for (let i = 0; i < 2400 && killedWhileHolding === 0; i++) {
        const { rows } = await admin.query("select count(*)::int as n from jobs where status = 'running' and worker = 'victim'");
        if (rows[0].n > 0) {
          victim.child.kill("SIGKILL");
          killedWhileHolding = rows[0].n;
        } else await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await admin.end();
    }
    expect(killedWhileHolding).toBeGreaterThan(0);
    await victim.done;
    // Two workers share the rest, and take over the victim's jobs once their leases lapse.
    const survivors = [work(database.db, "w1", threads), work(database.db, "w2", threads)];
    expect(await Promise.all(survivors.map((w) => w.done))).toEqual([0, 0]);
    const labelsOf = (w: { output: () => string }) => w.output().split("\n").filter((l) => l.includes('"kind"')).map((l) => (JSON.parse(l) as { label: string }).label);

    const { store: after } = await openCorpusStore({ db: database.db, pipelineVersion: "test" });
    try {
      expect(await after.jobCounts()).toMatchObject({ pending: 0, running: 0, failed: 0, done: STORIES.length });
      const articles = (await after.listArticles({ limit: 100 })).items;
      expect(articles).toHaveLength(STORIES.length);
      expect(new Set(articles.map((a) => a.url))).toEqual(new Set(STORIES.map((_, i) => `stories.jsonl:${i + 1}`)));
      // No article was taken by both live workers, and together with what the victim finished they did every one.
      const live = [...labelsOf(survivors[0]!), ...labelsOf(survivors[1]!)];
      expect(new Set(live).size).toBe(live.length);
      expect(new Set([...live, ...labelsOf(victim)])).toEqual(new Set(STORIES.map((_, i) => `stories.jsonl:${i + 1}`)));
    } finally {
      await after.close();
    }
  }

  it("sitrep ingest --workers 2 enqueues a folder and runs two workers to the end; running it again enqueues nothing", async () => {
    const second = await postgresTestDatabase("sitrep_ingest");
    const dir = mkdtempSync(join(tmpdir(), "sitrep-workers-cli-"));
    try {
      STORIES.slice(0, 6).forEach((text, i) => writeFileSync(join(dir, `story-${i}.txt`), text));
      const ingest = () =>
        new Promise<{ code: number | null; summary: Record<string, number> }>((resolve) => {
          const child = spawn(process.execPath, [`${root}bin/sitrep.js`, "ingest", dir, "--workers", "2", "--db", second.db], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
          let out = "";
          child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
          child.on("close", (code) => resolve({ code, summary: JSON.parse(out.trim().split("\n").at(-1)!) }));
        });
      const first = await ingest();
      expect(first.code).toBe(0);
      expect(first.summary).toMatchObject({ listed: 6, enqueued: 6, workers: 2, articles: 6, new: 6, failed: 0 });
      const again = await ingest();
      expect(again.summary).toMatchObject({ listed: 6, enqueued: 0, articles: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await second.drop();
    }
  }, 300_000);
});
