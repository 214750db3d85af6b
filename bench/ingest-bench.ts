/**
 * Ingest throughput (issue 8 item 6): the same corpus into a fresh SQLite store in this process
 * (`ingestArticles`, one worker thread: the pipeline included), and into a fresh PostgreSQL database
 * through the job queue with 1 and then 2 `sitrep work` processes of one analysis thread each.
 * Reported, not asserted.
 *
 * Corpus: the first BENCH_INGEST_ARTICLES (default 500) IndiaPoliceEvents articles of ../shared/eval
 * (or SITREP_EVAL_DATA), real news of ordinary length. PostgreSQL: SITREP_BENCH_DATABASE_URL or
 * SITREP_TEST_DATABASE_URL (a role that may create databases); skipped without one.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ingestArticles } from "../src/app/ingest-articles.js";
import { jobOf } from "../src/app/ingest-queue.js";
import { openCorpusStore } from "../src/app/open-corpus-store.js";
import type { ArticleInput } from "../src/ingest-sources/article-inputs.js";

export interface IngestBenchReport {
  articles: number;
  meanWords: number;
  sqlite: {
    wallSeconds: number;
    cpuSeconds: number;
    articlesPerSecondWall: number;
    articlesPerCpuSecond: number;
    /** After start-up: articles per CPU second from the first batch committed past STEADY_AFTER articles to the end; the articles and CPU seconds before it. */
    steadyArticlesPerCpuSecond: number;
    steadyAfterArticles: number;
    steadyAfterCpuSeconds: number;
    stored: number;
    reports: number;
  };
  postgres: { workers: number; wallSeconds: number; articlesPerSecondWall: number; workerCpuSeconds: number; articlesPerCpuSecond: number; stored: number }[] | { skipped: string };
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));

function corpus(count: number): string[] {
  const evalDir = process.env.SITREP_EVAL_DATA ?? join(ROOT, "../shared/eval");
  const file = join(evalDir, "india-police-events", "docs.jsonl");
  if (!existsSync(file)) throw new Error(`the ingest bench needs ${file}`);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, count)
    .map((l) => (JSON.parse(l) as { doc_text: string }).doc_text);
}

function inputsOf(texts: readonly string[]): ArticleInput[] {
  return texts.map((text, i) => {
    const raw = { bytes: new TextEncoder().encode(text), locator: `bench.jsonl:${i + 1}`, kind: "manifest" as const, contentType: "text/plain" };
    return { label: raw.locator, meta: { published: "2002-03-01" }, local: true, load: async () => raw };
  });
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

export async function benchmarkIngest(): Promise<IngestBenchReport> {
  const texts = corpus(Number(process.env.BENCH_INGEST_ARTICLES ?? 500));
  const meanWords = Math.round(texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / texts.length);

  // SQLite, in this process: reading, duplicate checks and saving in the main thread, analysis on one worker thread.
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-ingest-"));
  const { store, context } = await openCorpusStore({ db: join(dir, "bench.db"), pipelineVersion: "bench" });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // The process's CPU when each article's batch was committed: outcomes of one batch come together.
  const marks: number[] = [];
  const summary = await ingestArticles(each(inputsOf(texts)), { ...context, jobs: 1, onOutcome: () => marks.push(cpuSeconds(cpu0)) });
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(cpu0);
  const steady = steadyRate(marks, cpu);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const sqlite = {
    wallSeconds: round(wall),
    cpuSeconds: round(cpu),
    articlesPerSecondWall: round(texts.length / wall),
    articlesPerCpuSecond: round(texts.length / cpu),
    steadyArticlesPerCpuSecond: round(steady.rate),
    steadyAfterArticles: steady.after,
    steadyAfterCpuSeconds: round(steady.startCpu),
    stored: summary.new + summary.near,
    reports: summary.reports,
  };

  const admin = process.env.SITREP_BENCH_DATABASE_URL ?? process.env.SITREP_TEST_DATABASE_URL;
  if (!admin) return { articles: texts.length, meanWords, sqlite, postgres: { skipped: "no SITREP_BENCH_DATABASE_URL or SITREP_TEST_DATABASE_URL" } };
  const postgres = [];
  for (const workers of [1, 2]) postgres.push(await benchmarkPostgres(admin, texts, workers));
  return { articles: texts.length, meanWords, sqlite, postgres };
}

/** A fresh database, the corpus enqueued, then `workers` `sitrep work --until-empty` processes timed from start to the last exit. */
async function benchmarkPostgres(adminUrl: string, texts: readonly string[], workers: number) {
  const name = `sitrep_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const { store } = await openCorpusStore({ db: url.toString(), pipelineVersion: "bench" });
    await store.enqueue(await Promise.all(inputsOf(texts).map((i) => jobOf(i, {}))));
    await store.close();
    const t0 = performance.now();
    const runs = await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        new Promise<{ cpuMs: number; stored: number }>((resolve, reject) => {
          const child = spawn(process.execPath, [join(ROOT, "bin/sitrep.js"), "work", "--until-empty", "--jobs", "1", "--db", url.toString(), "--id", `bench-${i}`], { stdio: ["ignore", "pipe", "inherit"] });
          let out = "";
          child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
          child.on("close", (code) => {
            if (code !== 0) return reject(new Error(`worker exited ${code}`));
            const last = JSON.parse(out.trim().split("\n").at(-1)!) as { summary: { new: number; near: number }; cpuMs: number };
            resolve({ cpuMs: last.cpuMs, stored: last.summary.new + last.summary.near });
          });
        }),
      ),
    );
    const wall = (performance.now() - t0) / 1000;
    const cpu = runs.reduce((n, r) => n + r.cpuMs, 0) / 1000;
    return { workers, wallSeconds: round(wall), articlesPerSecondWall: round(texts.length / wall), workerCpuSeconds: round(cpu), articlesPerCpuSecond: round(texts.length / cpu), stored: runs.reduce((n, r) => n + r.stored, 0) };
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export function printIngestReport(r: IngestBenchReport): void {
  console.log(`ingest (src/app/ingest-articles.ts), ${r.articles} IndiaPoliceEvents articles (mean ${r.meanWords} words), pipeline included:`);
  const s = r.sqlite;
  console.log(
    `  SQLite, one worker thread: ${s.articlesPerSecondWall} articles/s wall (${s.wallSeconds} s), ${s.articlesPerCpuSecond} articles per CPU second of the process (${s.cpuSeconds} s); after start-up ${s.steadyArticlesPerCpuSecond} per CPU second (the articles after the first ${s.steadyAfterArticles}, which took ${s.steadyAfterCpuSeconds} CPU s with the start-up); ${s.stored} stored, ${s.reports} reports`,
  );
  if ("skipped" in r.postgres) console.log(`  PostgreSQL: skipped (${r.postgres.skipped})`);
  else for (const p of r.postgres) console.log(`  PostgreSQL, ${p.workers} worker process(es): ${p.articlesPerSecondWall} articles/s wall (${p.wallSeconds} s, start-up included), ${p.articlesPerCpuSecond} articles per worker CPU second (${p.workerCpuSeconds} s); ${p.stored} stored`);
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
}

/** Articles done before the steady rate is measured: the analysis thread's start-up and warm-up are behind. */
const STEADY_AFTER = 50;

/**
 * The articles after the first batch committed past STEADY_AFTER articles, per CPU second they took:
 * a batch's outcomes are marked within a millisecond of each other, so a batch ends where the next mark
 * is more than that later.
 */
function steadyRate(marks: readonly number[], endCpu: number): { rate: number; after: number; startCpu: number } {
  for (let j = STEADY_AFTER; j < marks.length; j++) {
    if (marks[j]! - marks[j - 1]! > 0.001) return { rate: (marks.length - j) / (endCpu - marks[j - 1]!), after: j, startCpu: marks[j - 1]! };
  }
  return { rate: NaN, after: marks.length, startCpu: NaN };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await benchmarkIngest();
  printIngestReport(report);
  console.log(JSON.stringify(report));
}
