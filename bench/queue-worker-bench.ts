/**
 * One `sitrep work --until-empty --jobs N` process on a fresh PostgreSQL database holding the first K
 * IndiaPoliceEvents articles, for each N given: wall time and the CPU of the whole process (all its
 * threads). Reported, not asserted. SITREP_TEST_DATABASE_URL: a role that may create databases.
 *
 *   node --import tsx bench/queue-worker-bench.ts 100 1 2 0
 */
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { dropScratchDatabase } from "./drop-scratch-database.js";
import { jobOf } from "../src/app/ingest-queue.js";
import { openCorpusStore } from "../src/app/open-corpus-store.js";
const K = Number(process.argv[2] ?? 60);
const admin = process.env.SITREP_TEST_DATABASE_URL ?? "postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_test";
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const EVAL = process.env.SITREP_EVAL_DATA ?? `${ROOT}../shared/eval`;
const texts = readFileSync(`${EVAL}/india-police-events/docs.jsonl`, "utf8").split("\n").filter((l) => l.trim()).slice(0, K).map((l) => JSON.parse(l).doc_text as string);
for (const jobs of process.argv.slice(3).map(Number)) {
  const name = `sitrep_store_work_${randomBytes(4).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin }); await c.connect(); await c.query(`create database ${name}`);
  const target = new URL(admin);
  target.pathname = `/${name}`;
  const url = target.toString();
  try {
    const { store } = await openCorpusStore({ db: url, pipelineVersion: "bench" });
    const inputs = texts.map((text, i) => { const raw = { bytes: new TextEncoder().encode(text), locator: `b.jsonl:${i + 1}`, kind: "manifest" as const, contentType: "text/plain" }; return { label: raw.locator, meta: { published: "2002-03-01" }, local: true, load: async () => raw }; });
    await store.enqueue(await Promise.all(inputs.map((i) => jobOf(i, {}))));
    await store.close();
    const load0 = (await import("node:os")).loadavg()[0];
    const t0 = performance.now();
    const out: string = await new Promise((resolve, reject) => { let o = ""; const ch = spawn(process.execPath, [`${ROOT}bin/sitrep.js`, "work", "--until-empty", "--jobs", String(jobs), "--db", url], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, SITREP_FROM_SOURCE: "1" } }); ch.stdout.on("data", (d) => (o += d)); ch.on("close", (code) => (code === 0 ? resolve(o) : reject(new Error(`exit ${code}`)))); });
    const wall = (performance.now() - t0) / 1000;
    const last = JSON.parse(out.trim().split("\n").at(-1)!);
    console.log(JSON.stringify({ jobs, articles: K, wallSeconds: Math.round(wall * 10) / 10, articlesPerSecondWall: Math.round((K / wall) * 10) / 10, mainThreadCpuSeconds: last.cpuMs / 1000, stored: last.summary.new + last.summary.near, load1Before: load0 }));
  } finally { await dropScratchDatabase(c, name); await c.end(); }
}
