/**
 * Ingest throughput (issue 8 item 6): the same corpus into a fresh SQLite store (`ingestArticles`, the
 * pipeline included), each run in a fresh process of its own: with one analysis worker thread
 * (`--jobs 1`, as `sitrep ingest` runs on a machine with cores to spare) and with the analysis in the
 * main thread (`--jobs 0`: on one core a worker thread adds a second isolate to start and warm, and
 * nothing runs beside it), in ABAB order when BENCH_INGEST_ROUNDS > 1 (medians); then into a fresh
 * PostgreSQL database through the job queue with 1 and then 2 `sitrep work` processes of one analysis
 * thread each. Reported, not asserted.
 *
 * Each SQLite run reports the CPU of the whole process and, from /proc, of its threads: the main
 * thread (reading, the duplicate checks, saving; with --jobs 0 the analysis too), V8's helper threads
 * (concurrent JIT compilation and GC, both isolates'), and the rest (the analysis worker thread, which
 * has ended when the run does). Its start-up: the CPU spent opening the store (migrations) and
 * before the first article's batch was committed.
 *
 * Each round also runs the pipeline alone over the same texts in a fresh process (nothing stored), so
 * the CPU outside the pipeline (reading, the duplicate checks, saving, the store's start-up) is the
 * --jobs 0 run's less that one.
 *
 * When the build is there (npm run build), each round also runs `sitrep ingest --jobs 1` and `--jobs 0`
 * from it on the same texts (bin/sitrep.js: the bundle and its code cache, as an analyst runs it; the
 * runs above load the modules one by one, through tsx from the sources by default).
 *
 * BENCH_INGEST_FROM=dist runs the compiled dist/ (as `sitrep ingest` does) instead of the TypeScript
 * sources through tsx (the default: no build needed; tsx costs start-up, not per article). V8's
 * tiering is set as `sitrep` sets it at its start (src/app/tune-v8-tiering.ts);
 * BENCH_INGEST_V8_DEFAULTS=1 leaves V8's defaults.
 *
 * Corpus: the first BENCH_INGEST_ARTICLES (default 500) IndiaPoliceEvents articles of ../shared/eval
 * (or SITREP_EVAL_DATA), real news of ordinary length. PostgreSQL: SITREP_BENCH_DATABASE_URL or
 * SITREP_TEST_DATABASE_URL (a role that may create databases); skipped without one.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { dropScratchDatabase } from "./drop-scratch-database.js";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { jobOf } from "../src/app/ingest-queue.js";
import { openCorpusStore } from "../src/app/open-corpus-store.js";
import type { ArticleInput } from "../src/ingest-sources/article-inputs.js";
import { median } from "../src/eval/metrics.js";
import { threadCpu } from "./thread-cpu.js";

/** One ingest into a fresh SQLite store, in a fresh process. */
export interface SqliteIngestRun {
  jobs: number;
  /** V8's tiering: as `sitrep` sets it (src/app/tune-v8-tiering.ts), or V8's defaults (BENCH_INGEST_V8_DEFAULTS=1). */
  tiering: string;
  wallSeconds: number;
  cpuSeconds: number;
  articlesPerSecondWall: number;
  articlesPerCpuSecond: number;
  /** After start-up: articles per CPU second from the first batch committed past STEADY_AFTER articles to the end; the articles and CPU seconds before it. */
  steadyArticlesPerCpuSecond: number;
  steadyAfterArticles: number;
  steadyAfterCpuSeconds: number;
  /** CPU ms opening the store (a fresh file: every migration), and CPU seconds until the first batch was committed. */
  openStoreCpuMs: number;
  firstCommitCpuSeconds: number;
  /** CPU seconds by thread over the run (from opening the store): main, V8's helper threads (JIT, GC), the rest (the analysis worker thread, ended by then: the run's CPU less the other two). */
  threads: { main: number; v8Helpers: number; rest: number };
  stored: number;
  reports: number;
}

/** The pipeline over the corpus in a fresh process, nothing stored. */
export interface PipelineAloneRun {
  cpuSeconds: number;
  articlesPerCpuSecond: number;
  threads: { main: number; v8Helpers: number };
}

/** `sitrep ingest` as an analyst runs it (bin/sitrep.js: the build's bundle and code cache), its process's CPU. */
export interface CliIngestRun {
  jobs: number;
  cpuSeconds: number;
  articlesPerCpuSecond: number;
  stored: number;
}

export interface IngestBenchReport {
  articles: number;
  meanWords: number;
  from: "src" | "dist";
  /** Runs in the order made: per round, --jobs 1 then --jobs 0 (ABAB). */
  runs: SqliteIngestRun[];
  /** Medians by --jobs. */
  sqlite: SqliteIngestRun;
  sqliteMainThread: SqliteIngestRun;
  /**
   * The pipeline alone over the same texts, each run in a fresh process like the ingest runs (its
   * start-up, JIT and GC included), one per round; the median. What a --jobs 0 ingest would cost
   * with everything outside the pipeline free: the difference is reading, the duplicate checks,
   * saving and the store's own start-up.
   */
  pipelineAlone: PipelineAloneRun;
  pipelineAloneRuns: PipelineAloneRun[];
  /** The same corpus through `sitrep ingest --jobs 1` and `--jobs 0` from the build (a manifest file), medians by --jobs; absent without a build. */
  cli?: { runs: CliIngestRun[]; jobs1: CliIngestRun; jobs0: CliIngestRun };
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
  const count = Number(process.env.BENCH_INGEST_ARTICLES ?? 500);
  const texts = corpus(count);
  const meanWords = Math.round(texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / texts.length);
  const from = process.env.BENCH_INGEST_FROM === "dist" ? "dist" : "src";
  const runs: SqliteIngestRun[] = [];
  const pipelineAloneRuns: PipelineAloneRun[] = [];
  const cliRuns: CliIngestRun[] = [];
  const built = existsSync(join(ROOT, "dist/.build-stamp")) && existsSync(join(ROOT, "dist/bundle/cli.cjs"));
  for (let round = 0; round < Math.max(1, Number(process.env.BENCH_INGEST_ROUNDS ?? 1)); round++) {
    for (const jobs of [1, 0]) runs.push(sqliteRunInChild(jobs, count, from));
    pipelineAloneRuns.push(childRun<PipelineAloneRun>("--pipeline-child", ["0", String(count), from], "the pipeline-alone run"));
    if (built) for (const jobs of [1, 0]) cliRuns.push(cliIngestRun(jobs, texts));
  }
  const cliMedian = (jobs: number) => {
    const sorted = cliRuns.filter((r) => r.jobs === jobs).sort((a, b) => a.cpuSeconds - b.cpuSeconds);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  };
  const cli = cliRuns.length > 0 ? { runs: cliRuns, jobs1: cliMedian(1), jobs0: cliMedian(0) } : undefined;
  const sqlite = medianRun(runs.filter((r) => r.jobs === 1));
  const sqliteMainThread = medianRun(runs.filter((r) => r.jobs === 0));
  const pipelineAlone = [...pipelineAloneRuns].sort((a, b) => a.cpuSeconds - b.cpuSeconds)[Math.floor((pipelineAloneRuns.length - 1) / 2)]!;

  const admin = process.env.SITREP_BENCH_DATABASE_URL ?? process.env.SITREP_TEST_DATABASE_URL;
  if (!admin) return { articles: texts.length, meanWords, from, runs, sqlite, sqliteMainThread, pipelineAlone, pipelineAloneRuns, ...(cli ? { cli } : {}), postgres: { skipped: "no SITREP_BENCH_DATABASE_URL or SITREP_TEST_DATABASE_URL" } };
  const postgres = [];
  for (const workers of [1, 2]) postgres.push(await benchmarkPostgres(admin, texts, workers));
  return { articles: texts.length, meanWords, from, runs, sqlite, sqliteMainThread, pipelineAlone, pipelineAloneRuns, ...(cli ? { cli } : {}), postgres };
}

/** One SQLite ingest in a fresh process with this process's node flags (each run starts and warms from nothing). */
function sqliteRunInChild(jobs: number, count: number, from: "src" | "dist"): SqliteIngestRun {
  return childRun<SqliteIngestRun>("--sqlite-child", [String(jobs), String(count), from], `the SQLite ingest run (--jobs ${jobs})`);
}

/**
 * `sitrep ingest --jobs N` on the corpus as a JSON Lines manifest into a fresh SQLite file, from the
 * build (SITREP_FROM_SOURCE=0: the bundle with its code cache, V8's tiering as the CLI sets it, node's
 * own heap defaults), as an analyst runs it; the process's CPU read at its exit (bench/cpu-at-exit.mjs).
 */
function cliIngestRun(jobs: number, texts: readonly string[]): CliIngestRun {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-cli-"));
  try {
    const manifest = join(dir, "bench.jsonl");
    writeFileSync(manifest, texts.map((text, i) => JSON.stringify({ id: `bench-${i + 1}`, text, published: "2002-03-01" })).join("\n") + "\n");
    const run = spawnSync(process.execPath, ["--import", pathToFileURL(join(ROOT, "bench/cpu-at-exit.mjs")).href, join(ROOT, "bin/sitrep.js"), "ingest", "--jobs", String(jobs), "--db", join(dir, "bench.db"), manifest], {
      encoding: "utf8",
      env: { ...process.env, SITREP_FROM_SOURCE: "0" },
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`sitrep ingest --jobs ${jobs} failed (status ${run.status}): ${run.stderr.slice(-500)}`);
    const cpuLine = run.stderr.split("\n").find((l) => l.startsWith("SITREP_BENCH_CPU "));
    if (!cpuLine) throw new Error("sitrep ingest printed no CPU line");
    const cpu = (JSON.parse(cpuLine.slice("SITREP_BENCH_CPU ".length)) as { ms: number }).ms / 1000;
    const summary = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { new: number; near: number };
    return { jobs, cpuSeconds: round(cpu), articlesPerCpuSecond: round(texts.length / cpu), stored: summary.new + summary.near };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One run of this file as a child (`flag` and its arguments), its last line of output parsed. */
function childRun<T>(flag: string, args: readonly string[], what: string): T {
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), flag, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${what} failed (status ${run.status})`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as T;
}

/** The run whose per-CPU-second rate is the median (the lower middle one for an even count), so its figures stay one run's. */
function medianRun(runs: readonly SqliteIngestRun[]): SqliteIngestRun {
  const sorted = [...runs].sort((a, b) => a.articlesPerCpuSecond - b.articlesPerCpuSecond);
  const m = median(sorted.map((r) => r.articlesPerCpuSecond));
  return sorted.find((r) => r.articlesPerCpuSecond >= m) ?? sorted[0]!;
}

/** The SQLite ingest itself, in this (fresh) process: reading, duplicate checks and saving in the main thread; analysis on `jobs` worker threads (0: the main thread). */
async function sqliteRun(jobs: number, count: number, from: "src" | "dist"): Promise<SqliteIngestRun> {
  const texts = corpus(count);
  const load = (p: string) => import(pathToFileURL(join(ROOT, from, `${p}.${from === "dist" ? "js" : "ts"}`)).href);
  const { ingestArticles } = (await load("app/ingest-articles")) as typeof import("../src/app/ingest-articles.js");
  const { openCorpusStore: open } = (await load("app/open-corpus-store")) as typeof import("../src/app/open-corpus-store.js");
  // V8's tiering as `sitrep` sets it at its start (src/app/tune-v8-tiering.ts), unless asked for V8's defaults.
  const tiering = process.env.BENCH_INGEST_V8_DEFAULTS === "1" ? "V8 defaults" : "as the CLI";
  if (tiering === "as the CLI") ((await load("app/tune-v8-tiering")) as typeof import("../src/app/tune-v8-tiering.js")).tuneV8Tiering();
  // The threads alive now, but the main one, are V8's helpers (the platform's worker threads); later ones are the analysis thread's.
  const before = new Map(threadCpu().map((t) => [t.tid, t.ms]));
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-ingest-"));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { store, context } = await open({ db: join(dir, "bench.db"), pipelineVersion: "bench" });
  const openStoreCpuMs = cpuSeconds(cpu0) * 1000;
  // The process's CPU when each article's batch was committed: outcomes of one batch come together.
  const marks: number[] = [];
  const summary = await ingestArticles(each(inputsOf(texts)), { ...context, jobs, onOutcome: () => marks.push(cpuSeconds(cpu0)) });
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(cpu0);
  // Each thread's CPU since the run began; a thread that has ended (the analysis thread) is in the rest.
  const since = threadCpu().map((t) => ({ ...t, ms: t.ms - (before.get(t.tid) ?? 0) }));
  const main = (since.find((t) => t.tid === String(process.pid))?.ms ?? 0) / 1000;
  const v8Helpers = since.filter((t) => t.tid !== String(process.pid) && before.has(t.tid)).reduce((n, t) => n + t.ms, 0) / 1000;
  const steady = steadyRate(marks, cpu);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    jobs,
    tiering,
    wallSeconds: round(wall),
    cpuSeconds: round(cpu),
    articlesPerSecondWall: round(texts.length / wall),
    articlesPerCpuSecond: round(texts.length / cpu),
    steadyArticlesPerCpuSecond: round(steady.rate),
    steadyAfterArticles: steady.after,
    steadyAfterCpuSeconds: round(steady.startCpu),
    openStoreCpuMs: Math.round(openStoreCpuMs),
    firstCommitCpuSeconds: round(marks[0] ?? NaN),
    threads: { main: round(main), v8Helpers: round(v8Helpers), rest: round(Math.max(0, cpu - main - v8Helpers)) },
    stored: summary.new + summary.near,
    reports: summary.reports,
  };
}

/**
 * The pipeline alone over the corpus, in this (fresh) process: loaded and run as the --jobs 0 ingest
 * loads and runs it (same modules, V8 tiering, inputs), each document dropped once made.
 */
async function pipelineAloneRun(count: number, from: "src" | "dist"): Promise<PipelineAloneRun> {
  const texts = corpus(count);
  const load = (p: string) => import(pathToFileURL(join(ROOT, from, `${p}.${from === "dist" ? "js" : "ts"}`)).href);
  const before = new Map(threadCpu().map((t) => [t.tid, t.ms]));
  const cpu0 = process.cpuUsage();
  if (process.env.BENCH_INGEST_V8_DEFAULTS !== "1") ((await load("app/tune-v8-tiering")) as typeof import("../src/app/tune-v8-tiering.js")).tuneV8Tiering();
  const { runAnalysisTask } = (await load("app/analyze-task")) as typeof import("../src/app/analyze-task.js");
  for (const input of inputsOf(texts)) {
    const result = await runAnalysisTask({ raw: await input.load(), meta: input.meta });
    if (!result.ok) throw new Error(`${input.label}: ${result.code} ${result.message}`);
  }
  const cpu = cpuSeconds(cpu0);
  const since = threadCpu().map((t) => ({ ...t, ms: t.ms - (before.get(t.tid) ?? 0) }));
  const main = (since.find((t) => t.tid === String(process.pid))?.ms ?? 0) / 1000;
  return { cpuSeconds: round(cpu), articlesPerCpuSecond: round(texts.length / cpu), threads: { main: round(main), v8Helpers: round(Math.max(0, cpu - main)) } };
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
    await dropScratchDatabase(admin, name);
    await admin.end();
  }
}

export function printIngestReport(r: IngestBenchReport): void {
  console.log(`ingest (src/app/ingest-articles.ts, from ${r.from}, V8 tiering ${r.sqlite.tiering}), ${r.articles} IndiaPoliceEvents articles (mean ${r.meanWords} words), pipeline included, each run in a fresh process:`);
  for (const [name, s] of [["SQLite, one analysis worker thread (--jobs 1)", r.sqlite], ["SQLite, analysis in the main thread (--jobs 0), one core", r.sqliteMainThread]] as const) {
    console.log(
      `  ${name}: ${s.articlesPerSecondWall} articles/s wall (${s.wallSeconds} s), ${s.articlesPerCpuSecond} articles per CPU second of the process (${s.cpuSeconds} s); after start-up ${s.steadyArticlesPerCpuSecond} per CPU second (the articles after the first ${s.steadyAfterArticles}, which took ${s.steadyAfterCpuSeconds} CPU s with the start-up); store opened in ${s.openStoreCpuMs} ms CPU, first batch committed after ${s.firstCommitCpuSeconds} CPU s; CPU s by thread: main ${s.threads.main}, V8 helpers (JIT, GC) ${s.threads.v8Helpers}, analysis thread and the rest ${s.threads.rest}; ${s.stored} stored, ${s.reports} reports`,
    );
  }
  const p = r.pipelineAlone;
  const outside = (r.sqliteMainThread.cpuSeconds - p.cpuSeconds) / r.articles;
  console.log(
    `  the pipeline alone over the same texts (fresh process, nothing stored): ${p.articlesPerCpuSecond} articles per CPU second (${p.cpuSeconds} s; main ${p.threads.main}, V8 helpers ${p.threads.v8Helpers}); outside the pipeline in the --jobs 0 run: ${Math.round(outside * 1e4) / 10} ms CPU an article (reading, duplicate checks, saving, the store's start-up)`,
  );
  if (r.cli) {
    console.log(
      `  sitrep ingest from the build (bin/sitrep.js, a manifest file, node's defaults; the process's CPU): --jobs 1 ${r.cli.jobs1.articlesPerCpuSecond} articles per CPU second (${r.cli.jobs1.cpuSeconds} s), --jobs 0 ${r.cli.jobs0.articlesPerCpuSecond} (${r.cli.jobs0.cpuSeconds} s); ${r.cli.jobs1.stored} stored`,
    );
  } else console.log("  sitrep ingest from the build: skipped (no build: npm run build)");
  if (r.runs.length > 2) console.log(`  every run (jobs: articles per CPU second): ${r.runs.map((x) => `${x.jobs}: ${x.articlesPerCpuSecond}`).join(", ")}`);
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

const child = process.argv.indexOf("--sqlite-child");
const pipelineChild = process.argv.indexOf("--pipeline-child");
if (pipelineChild >= 0) {
  const [, count, from] = process.argv.slice(pipelineChild + 1);
  console.log(JSON.stringify(await pipelineAloneRun(Number(count), from === "dist" ? "dist" : "src")));
} else if (child >= 0) {
  const [jobs, count, from] = process.argv.slice(child + 1);
  console.log(JSON.stringify(await sqliteRun(Number(jobs), Number(count), from === "dist" ? "dist" : "src")));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await benchmarkIngest();
  printIngestReport(report);
  console.log(JSON.stringify(report));
}
