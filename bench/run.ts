/**
 * `npm run bench`: speed and memory of the whole per-article pipeline, reported (never asserted).
 * Articles: the golden articles in test/golden, plus real news texts from ../shared/eval when present.
 *
 * The machine is often shared, so every figure is given as CPU time of this process
 * (process.cpuUsage: what one core spends, independent of other jobs) beside wall time, as the
 * median of repeated passes. Also: resident memory and live heap after BENCH_ARTICLES (default
 * 10,000) articles, sampled along the way to tell a leak (live heap grows) from garbage V8 has not
 * returned yet; and the entity tagger's own figures (model load time, tokens a second).
 *
 *   npm run bench                               this checkout
 *   npm run bench -- --compare ../other-tree    this checkout and another one, side by side: each tree in a
 *                                               warmed process of its own, passes in ABBA order, the median
 *                                               per-round ratio and its spread (bench/compare-speed.ts);
 *                                               BENCH_COMPARE_ROUNDS rounds (default 8)
 *   BENCH_ARTICLES=2000 npm run bench           shorter sustained run
 *   BENCH_JSON=1                                only the JSON line
 *   BENCH_STARTUP_RUNS=5                        cold starts of `sitrep extract` per variant (0: none)
 *   BENCH_STARTUP_ONLY=1                        only the start-up figures (bench/measure-startup.ts)
 *   BENCH_STARTUP_COMPARE=../other,...          also the cold starts of other checkouts' builds, interleaved with these
 *   BENCH_BATCH=0                               skip the batch figures (worker threads, below)
 *
 * Ingest (bench/ingest-bench.ts): the same corpus into SQLite in-process and into PostgreSQL with 1
 * and 2 queue workers (BENCH_INGEST=0 skips it; BENCH_INGEST_ONLY=1 runs only it).
 *
 * Batches (src/app/run-batch.ts, as `sitrep extract` runs them): articles a second through the worker
 * pool at 1 and 2 jobs on the same corpus (BENCH_BATCH_ARTICLES, default 1,000, cycling through the
 * speed set), measured from the first document out to the last so worker start-up is reported apart;
 * and the resident memory of the process after BENCH_ARTICLES articles through one worker, cycling
 * through every distinct news text found (PolNeAR, the geoparsing corpora, India police events,
 * RAMS), sampled along the way.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "../src/eval/metrics.js";
import { measureStartup, printStartup } from "./measure-startup.js";
import { DEFAULT_TIME_BUDGET_MS } from "../src/app/heuristics.js";
// ../shared/eval beside this checkout (not the working directory), so compared trees read the same texts.
import { BENCH_REPO, EVAL_ROOT, geoparsingTexts, loadArticles } from "./speed-set.js";
import { compareSpeedAlternating, printCompare } from "./compare-speed.js";

const TOTAL = Number(process.env.BENCH_ARTICLES ?? 10_000);
/**
 * V8's heap is capped as recommended for batch runs (docs/architecture.md, Performance): the
 * pipeline keeps ~100-130 MB live, and without a cap V8 lets garbage pile up to 3-4 times that
 * before collecting; the young generation is held to 3 x 8 MB instead of 3 x 16 MB.
 * BENCH_V8_FLAGS="" runs with V8's defaults.
 */
const V8_FLAGS = (process.env.BENCH_V8_FLAGS ?? "--max-old-space-size=256 --max-semi-space-size=8").split(" ").filter(Boolean);
/**
 * The sustained run cycles through the speed set ("repeat"), or through every distinct news
 * text found in ../shared/eval ("distinct": thousands of articles, so caches that grow with new
 * words show up as growth of the live heap).
 */
const SUSTAINED_SET = process.env.BENCH_SUSTAINED ?? "repeat";
const PASSES = Number(process.env.BENCH_PASSES ?? 5);
/** Memory is sampled this many times during the sustained run. */
const MEMORY_SAMPLES = 5;
const PUBLISHED = "2021-10-10";
const MB = 1024 * 1024;

interface BenchReport {
  root: string;
  node: string;
  execArgv: string[];
  articles: number;
  passes: number;
  meanWords: number;
  meanTokens: number;
  resourceLoadMs: number;
  firstArticleMs: number;
  msPerArticle: { cpu: number; wall: number };
  articlesPerSecondOneCore: number;
  foundingMsPerArticle: { cpu: number; wall: number };
  stageMsPerArticle: Record<string, { cpu: number; wall: number }>;
  ner: { modelLoadMs: number; modelLoadCpuMs: number; taggerTokensPerSecond: number; stageTokensPerSecond: number };
  sustained: {
    articles: number;
    set: string;
    articlesPerSecondCpu: number;
    articlesPerSecondWall: number;
    rssMb: number;
    heapTotalMb: number;
    externalMb: number;
    liveHeapMbAfterGc: number;
    rssMbAfterGc: number;
    samples: { after: number; rssMb: number; heapUsedMb: number }[];
  };
}

function cpuMs(since?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

/** Every news text of the eval corpora (PolNeAR, the geoparsing corpora), for the "distinct" sustained run. */
function loadDistinctArticles(): string[] {
  const evalRoot = EVAL_ROOT;
  const out: string[] = [];
  for (const split of ["train", "dev"]) {
    const dir = join(evalRoot, "polnear", split, "text");
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) out.push(readFileSync(join(dir, f), "utf8"));
  }
  const geo = join(evalRoot, "geoparsing");
  if (existsSync(geo)) {
    for (const f of readdirSync(geo).filter((x) => x.endsWith(".xml")).sort()) out.push(...geoparsingTexts(readFileSync(join(geo, f), "utf8")));
  }
  return out;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** loadDistinctArticles plus the India police event articles and the RAMS passages: more distinct texts for the batch memory run. */
function loadDistinctBatchTexts(): string[] {
  const out = loadDistinctArticles();
  const police = join(EVAL_ROOT, "india-police-events", "docs.jsonl");
  if (existsSync(police)) {
    for (const line of readFileSync(police, "utf8").split("\n")) if (line.trim()) out.push((JSON.parse(line) as { doc_text: string }).doc_text);
  }
  const rams = join(EVAL_ROOT, "rams", "dev.jsonlines");
  if (existsSync(rams)) {
    for (const line of readFileSync(rams, "utf8").split("\n")) {
      if (line.trim()) out.push((JSON.parse(line) as { sentences: string[][] }).sentences.map((s) => s.join(" ")).join("\n"));
    }
  }
  return out;
}

interface BatchBenchReport {
  articles: number;
  byJobs: {
    jobs: number;
    startupMs: number;
    wallSeconds: number;
    articlesPerSecond: number;
    articlesPerSecondSteady: number;
    /** CPU of the whole process (main thread, workers, V8's helper threads) per article, and the cores it kept busy. */
    cpuMsPerArticle: number;
    coresBusy: number;
    /** Share of the wall time the main thread's event loop was busy (reading, ordering, writing). */
    mainThreadBusy: number;
    failed: number;
    failures: Record<string, number>;
    rssMb: number;
  }[];
  memory: {
    jobs: number;
    articles: number;
    distinctTexts: number;
    mainRssMbBefore: number;
    rssMb: number;
    perWorkerMb: number;
    samples: { after: number; rssMb: number }[];
    failed: number;
    /** Failed articles by error code, each with the first few labels, so a failure can be looked up. */
    failures: Record<string, { count: number; first: string[] }>;
    empty: Record<string, number>;
  };
}

/** What runBatch hands the bench for each article (src/app/run-batch.ts BatchOutcome, as far as it is read here). */
interface BenchOutcome {
  readonly label: string;
  readonly result: { readonly ok: boolean; readonly code?: string; readonly document?: { readonly empty?: { readonly code: string } } };
}

/** Jobs for runBatch over in-memory texts, made as they are taken, so the corpus is never copied whole. */
function* textJobs(texts: readonly string[], count: number) {
  const encoder = new TextEncoder();
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length]!;
    yield {
      label: `a${i}`,
      load: async () => ({ raw: { bytes: encoder.encode(text), locator: `a${i}`, kind: "manifest" as const, contentType: "text/plain" }, meta: { published: PUBLISHED }, timeBudgetMs: DEFAULT_TIME_BUDGET_MS }),
    };
  }
}

async function benchmarkBatch(root: string): Promise<BatchBenchReport> {
  const { runBatch } = await import(pathToFileURL(join(root, "src/app/run-batch.ts")).href);
  const count = Number(process.env.BENCH_BATCH_ARTICLES ?? 1000);
  const speedSet = loadArticles();
  // Memory first, while the process holds nothing else: one worker, TOTAL articles cycling through
  // every distinct text found.
  const distinct = loadDistinctBatchTexts();
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  const every = Math.max(1, Math.floor(TOTAL / MEMORY_SAMPLES));
  const samples: { after: number; rssMb: number }[] = [];
  let done = 0;
  let failed = 0;
  const failures: BatchBenchReport["memory"]["failures"] = {};
  const empty: Record<string, number> = {};
  await runBatch(textJobs(distinct, TOTAL), { jobs: 1 }, (o: BenchOutcome) => {
    done++;
    if (!o.result.ok) {
      failed++;
      const f = (failures[o.result.code ?? "?"] ??= { count: 0, first: [] });
      f.count++;
      if (f.first.length < 5) f.first.push(`${o.label} (text ${Number(o.label.slice(1)) % distinct.length})`);
    }
    const code = o.result.document?.empty?.code;
    if (code) empty[code] = (empty[code] ?? 0) + 1;
    if (done % every === 0) samples.push({ after: done, rssMb: Math.round(process.memoryUsage().rss / MB) });
  });
  const byJobs: BatchBenchReport["byJobs"] = [];
  for (const jobs of [1, 2]) {
    let first = 0;
    let last = 0;
    let failed = 0;
    const failures: Record<string, number> = {};
    let rss = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const e0 = performance.eventLoopUtilization();
    await runBatch(textJobs(speedSet, count), { jobs }, (o: BenchOutcome) => {
      last = performance.now();
      if (!first) first = last;
      if (!o.result.ok) {
        failed++;
        failures[o.result.code ?? "?"] = (failures[o.result.code ?? "?"] ?? 0) + 1;
      }
      rss = process.memoryUsage().rss;
    });
    const wall = (last - t0) / 1000;
    const cpu = cpuMs(c0);
    const elu = performance.eventLoopUtilization(e0);
    byJobs.push({
      jobs,
      startupMs: Math.round(first - t0),
      wallSeconds: round(wall, 1),
      articlesPerSecond: Math.round(count / wall),
      articlesPerSecondSteady: Math.round((count - 1) / ((last - first) / 1000)),
      cpuMsPerArticle: round(cpu / count),
      coresBusy: round(cpu / 1000 / wall),
      mainThreadBusy: round(elu.utilization),
      failed,
      failures,
      rssMb: Math.round(rss / MB),
    });
  }
  const rssMb = samples.at(-1)?.rssMb ?? 0;
  return {
    articles: count,
    byJobs,
    memory: { jobs: 1, articles: TOTAL, distinctTexts: distinct.length, mainRssMbBefore: Math.round(before / MB), rssMb, perWorkerMb: rssMb - Math.round(before / MB), samples, failed, failures, empty },
  };
}

function printBatchReport(r: BatchBenchReport): void {
  console.log(`batches through worker threads (src/app/run-batch.ts), ${r.articles} articles of the speed set:`);
  for (const j of r.byJobs) {
    console.log(`  --jobs ${j.jobs}: ${j.articlesPerSecond} articles/s wall including start-up (${j.wallSeconds} s; first document after ${j.startupMs} ms), ${j.articlesPerSecondSteady} articles/s from the first document to the last; ${j.cpuMsPerArticle} ms CPU per article (process), ${j.coresBusy} cores busy, main thread busy ${Math.round(j.mainThreadBusy * 100)}%; ${j.failed} failed ${JSON.stringify(j.failures)}; process RSS ${j.rssMb} MB`);
  }
  const m = r.memory;
  console.log(`  ${m.articles} articles through ${m.jobs} worker (${m.distinctTexts} distinct texts, cycled): process RSS ${m.rssMb} MB, ${m.perWorkerMb} MB over the main thread's ${m.mainRssMbBefore} MB before the pool; ${m.failed} failed ${JSON.stringify(m.failures)}; empty results ${JSON.stringify(m.empty)}`);
  console.log(`  RSS along the way: ${m.samples.map((x) => `${x.after}: ${x.rssMb}`).join(", ")}`);
}

async function benchmark(root: string): Promise<BenchReport> {
  const load = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { createDocument } = await load("src/core/index.ts");
  const { newsPipeline } = await load("src/pipelines/news-pipeline.ts");
  const { loadResources } = await load("src/pipelines/resources.ts");
  const { loadNerModel } = await load("src/models/ner/model-io.ts");
  const { DEFAULT_NER_MODEL_PATH } = await load("src/models/ner/lexicon-paths.ts");
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const newDoc = (text: string) => createDocument(text, { published: PUBLISHED });

  // Model load on its own (module code already imported, so this is reading and building the tables).
  const m0 = performance.now();
  const mc = process.cpuUsage();
  loadNerModel(DEFAULT_NER_MODEL_PATH);
  const modelLoadMs = performance.now() - m0;
  const modelLoadCpuMs = cpuMs(mc);

  const t0 = performance.now();
  const resources = loadResources();
  const resourceLoadMs = performance.now() - t0;
  const pipeline = newsPipeline({ resources });
  const articles = loadArticles();
  const words = articles.reduce((n, a) => n + a.split(/\s+/).length, 0) / articles.length;
  const f0 = performance.now();
  pipeline.run(newDoc(articles[0]!)); // some resources are built lazily on first use
  const firstArticleMs = performance.now() - f0;

  // Warm up the JIT, then time whole passes over the article set.
  for (let i = 0; i < 2; i++) for (const a of articles) pipeline.run(newDoc(a));
  const passCpu: number[] = [];
  const passWall: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const c = process.cpuUsage();
    const s = performance.now();
    for (const a of articles) pipeline.run(newDoc(a));
    passWall.push((performance.now() - s) / articles.length);
    passCpu.push(cpuMs(c) / articles.length);
  }

  // Where the time goes: each stage's CPU and wall time, summed over a pass, median over passes.
  const stageCpu = new Map<string, number[]>();
  const stageWall = new Map<string, number[]>();
  let tokens = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const cpu = new Map<string, number>();
    const wall = new Map<string, number>();
    for (const a of articles) {
      let mark = process.cpuUsage();
      const doc = pipeline.runTimed(newDoc(a), (name: string, ms: number) => {
        const now = process.cpuUsage();
        cpu.set(name, (cpu.get(name) ?? 0) + (now.user - mark.user + now.system - mark.system) / 1000);
        wall.set(name, (wall.get(name) ?? 0) + ms);
        mark = now;
      });
      if (pass === 0) tokens += doc.layers.token?.length ?? 0;
    }
    for (const [k, v] of cpu) stageCpu.set(k, [...(stageCpu.get(k) ?? []), v / articles.length]);
    for (const [k, v] of wall) stageWall.set(k, [...(stageWall.get(k) ?? []), v / articles.length]);
  }
  const stageMsPerArticle = Object.fromEntries([...stageCpu].map(([k, v]) => [k, { cpu: round(median(v), 3), wall: round(median(stageWall.get(k)!), 3) }]));

  // The entity tagger alone, on the segmenter's tokens of every article.
  const model = (resources.entities as { model: { tagDocument(s: string[][]): unknown } }).model;
  const docsTokens: string[][][] = articles.map((a) => {
    const doc = pipeline.run(newDoc(a));
    const sentences: string[][] = [];
    for (const t of doc.layers.token ?? []) (sentences[t.data.sentence] ??= []).push(doc.text.slice(t.start, t.end));
    return sentences.filter(Boolean);
  });
  const taggedTokens = docsTokens.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  const taggerCpu: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const c = process.cpuUsage();
    for (const d of docsTokens) model.tagDocument(d);
    taggerCpu.push(cpuMs(c));
  }

  const founding = readFileSync(join(BENCH_REPO, "test/golden/founding/article.txt"), "utf8");
  const foundingCpu: number[] = [];
  const foundingWall: number[] = [];
  for (let i = 0; i < 200; i++) {
    const c = process.cpuUsage();
    const s = performance.now();
    pipeline.run(newDoc(founding));
    foundingWall.push(performance.now() - s);
    foundingCpu.push(cpuMs(c));
  }

  // Memory: run TOTAL articles, keeping nothing, and read the resident set size along the way.
  const samples: BenchReport["sustained"]["samples"] = [];
  const sustainedSet = SUSTAINED_SET === "distinct" ? loadDistinctArticles() : articles;
  if (sustainedSet.length === 0) throw new Error(`no texts for the ${SUSTAINED_SET} sustained run under ${EVAL_ROOT}`);
  const every = Math.max(1, Math.floor(TOTAL / MEMORY_SAMPLES));
  const sc = process.cpuUsage();
  const sMem = performance.now();
  for (let i = 0; i < TOTAL; i++) {
    pipeline.run(newDoc(sustainedSet[i % sustainedSet.length]!));
    if ((i + 1) % every === 0) {
      const m = process.memoryUsage();
      samples.push({ after: i + 1, rssMb: Math.round(m.rss / MB), heapUsedMb: Math.round(m.heapUsed / MB) });
    }
  }
  const memSeconds = (performance.now() - sMem) / 1000;
  const memCpuSeconds = cpuMs(sc) / 1000;
  const mem = process.memoryUsage();
  // Live heap after a full collection tells a leak from V8 simply not having collected yet.
  gc();
  const afterGc = process.memoryUsage();

  if (process.env.BENCH_DEBUG) console.error("passes cpu", passCpu, "wall", passWall);
  const cpu = median(passCpu);
  const stageTokenCpu = stageMsPerArticle.entities?.cpu ?? NaN;
  return {
    root,
    node: process.version,
    execArgv: process.execArgv.filter((a) => a.startsWith("--max") || a.startsWith("--expose")),
    articles: articles.length,
    passes: PASSES,
    meanWords: Math.round(words),
    meanTokens: Math.round(tokens / articles.length),
    resourceLoadMs: Math.round(resourceLoadMs),
    firstArticleMs: Math.round(firstArticleMs),
    msPerArticle: { cpu: round(cpu), wall: round(median(passWall)) },
    articlesPerSecondOneCore: Math.round(1000 / cpu),
    foundingMsPerArticle: { cpu: round(median(foundingCpu)), wall: round(median(foundingWall)) },
    stageMsPerArticle,
    ner: {
      modelLoadMs: Math.round(modelLoadMs),
      modelLoadCpuMs: Math.round(modelLoadCpuMs),
      taggerTokensPerSecond: Math.round(taggedTokens / (median(taggerCpu) / 1000)),
      stageTokensPerSecond: Math.round(tokens / articles.length / (stageTokenCpu / 1000)),
    },
    sustained: {
      articles: TOTAL,
      set: `${SUSTAINED_SET} (${sustainedSet.length} texts)`,
      articlesPerSecondCpu: Math.round(TOTAL / memCpuSeconds),
      articlesPerSecondWall: Math.round(TOTAL / memSeconds),
      rssMb: Math.round(mem.rss / MB),
      heapTotalMb: Math.round(mem.heapTotal / MB),
      externalMb: Math.round(mem.external / MB),
      liveHeapMbAfterGc: Math.round(afterGc.heapUsed / MB),
      rssMbAfterGc: Math.round(afterGc.rss / MB),
      samples,
    },
  };
}

function printReport(r: BenchReport): void {
  console.log(`pipeline (${r.root}, node ${r.node} ${r.execArgv.join(" ")}): ${r.articles} articles, mean ${r.meanWords} words / ${r.meanTokens} tokens`);
  console.log(`  resources loaded in ${r.resourceLoadMs} ms (first article, with lazy loads: ${r.firstArticleMs} ms)`);
  console.log(`  median over ${r.passes} passes: ${r.msPerArticle.cpu} ms CPU (${r.msPerArticle.wall} wall) per article = ${r.articlesPerSecondOneCore} articles/s on one core`);
  console.log(`  founding article: ${r.foundingMsPerArticle.cpu} ms CPU (${r.foundingMsPerArticle.wall} wall)`);
  console.log(`  per stage, ms/article CPU (wall): ${Object.entries(r.stageMsPerArticle).map(([k, v]) => `${k} ${v.cpu} (${v.wall})`).join(", ")}`);
  console.log(`  entity tagger: model loads in ${r.ner.modelLoadMs} ms (${r.ner.modelLoadCpuMs} ms CPU); ${r.ner.taggerTokensPerSecond} tokens/s (tagger alone), ${r.ner.stageTokensPerSecond} tokens/s (whole entities stage), CPU, one core`);
  const s = r.sustained;
  console.log(`  ${s.articles} articles (${s.set}): ${s.articlesPerSecondCpu} articles/s CPU (${s.articlesPerSecondWall} wall); RSS ${s.rssMb} MB (heap ${s.heapTotalMb} MB, external ${s.externalMb} MB); after a full GC: live heap ${s.liveHeapMbAfterGc} MB, RSS ${s.rssMbAfterGc} MB`);
  console.log(`  RSS/heap used along the way: ${s.samples.map((x) => `${x.after}: ${x.rssMb}/${x.heapUsedMb}`).join(", ")}`);
}

function compare(reports: BenchReport[]): void {
  const rows: [string, (r: BenchReport) => number | string][] = [
    ["ms/article CPU", (r) => r.msPerArticle.cpu],
    ["ms/article wall", (r) => r.msPerArticle.wall],
    ["articles/s one core (CPU)", (r) => r.articlesPerSecondOneCore],
    ["founding ms CPU", (r) => r.foundingMsPerArticle.cpu],
    ...Object.keys(reports[0]!.stageMsPerArticle).map((k): [string, (r: BenchReport) => number | string] => [`  ${k} ms CPU (wall)`, (r) => `${r.stageMsPerArticle[k]?.cpu} (${r.stageMsPerArticle[k]?.wall})`]),
    ["resources load ms", (r) => r.resourceLoadMs],
    ["first article ms", (r) => r.firstArticleMs],
    ["NER model load ms", (r) => r.ner.modelLoadMs],
    ["NER tagger tokens/s", (r) => r.ner.taggerTokensPerSecond],
    ["entities stage tokens/s", (r) => r.ner.stageTokensPerSecond],
    [`RSS MB after N`, (r) => `${r.sustained.rssMb} (N=${r.sustained.articles})`],
    ["live heap MB after GC", (r) => r.sustained.liveHeapMbAfterGc],
    ["RSS MB after GC", (r) => r.sustained.rssMbAfterGc],
  ];
  console.log(["", ...reports.map((r) => r.root)].map((c) => String(c).padEnd(28)).join(" "));
  for (const [name, get] of rows) console.log([name, ...reports.map(get)].map((c) => String(c).padEnd(28)).join(" "));
}

const argv = process.argv.slice(2);
const missingFlags = V8_FLAGS.filter((f) => !process.execArgv.some((a) => a.split("=")[0] === f.split("=")[0]));
const compareAt = argv.indexOf("--compare");
// The comparing process holds every tree's resources at once: only the measured processes get the flags.
if (missingFlags.length > 0 && compareAt < 0) {
  // V8 reads its heap limits only at start-up: run again with them.
  const run = spawnSync(process.execPath, [...missingFlags, ...process.execArgv, new URL(import.meta.url).pathname, ...argv], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}
if (compareAt >= 0) {
  // Each tree in its own process with the measured processes' flags, so neither warms the other's JIT
  // or heap, passes in ABBA order (bench/compare-speed.ts).
  const trees = [resolve("."), ...argv.slice(compareAt + 1).map((p) => resolve(p))];
  const speed = await compareSpeedAlternating(trees, [...missingFlags, ...process.execArgv], Number(process.env.BENCH_COMPARE_ROUNDS ?? 8));
  printCompare(speed);
  if (process.env.BENCH_SPEED_ONLY) {
    console.log(JSON.stringify({ speed }));
    process.exit(0);
  }
  console.log("\nmemory and load times, each tree in its own process:");
  const reports: BenchReport[] = [];
  for (const tree of trees) {
    const run = spawnSync(process.execPath, [...missingFlags, ...process.execArgv, new URL(import.meta.url).pathname], {
      env: { ...process.env, BENCH_ROOT: tree, BENCH_JSON: "1", BENCH_PASSES: process.env.BENCH_CHILD_PASSES ?? "1" },
      encoding: "utf8",
      maxBuffer: 64 * MB,
    });
    if (run.status !== 0) {
      console.error(run.stderr);
      process.exit(1);
    }
    const report = JSON.parse(run.stdout.trim().split("\n").pop()!) as BenchReport;
    printReport(report);
    reports.push(report);
  }
  compare(reports);
  console.log(JSON.stringify(reports));
} else if (process.env.BENCH_INGEST_ONLY) {
  const { benchmarkIngest, printIngestReport } = await import("./ingest-bench.js");
  const ingest = await benchmarkIngest();
  printIngestReport(ingest);
  console.log(JSON.stringify(ingest));
} else if (process.env.BENCH_BATCH_ONLY) {
  const batch = await benchmarkBatch(resolve(process.env.BENCH_ROOT ?? "."));
  console.log(JSON.stringify(batch));
} else {
  const root = resolve(process.env.BENCH_ROOT ?? ".");
  // Cold starts of the CLI, each in its own process (skipped in the children of --compare).
  const startupRuns = process.env.BENCH_ROOT ? 0 : Number(process.env.BENCH_STARTUP_RUNS ?? 5);
  const startup = startupRuns > 0 ? measureStartup(root, startupRuns) : undefined;
  if (startup && !process.env.BENCH_JSON) printStartup(startup);
  if (process.env.BENCH_STARTUP_ONLY) {
    console.log(JSON.stringify({ startup }));
    process.exit(0);
  }
  const report = await benchmark(root);
  if (!process.env.BENCH_JSON) printReport(report);
  // The batch figures in a process of their own: its main thread holds no pipeline, so the
  // memory figure is the workers' (and the main thread's reading and writing) alone.
  let batch: BatchBenchReport | undefined;
  if (process.env.BENCH_BATCH !== "0" && !process.env.BENCH_ROOT) {
    const run = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname], {
      env: { ...process.env, BENCH_BATCH_ONLY: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * MB,
    });
    if (run.status !== 0) throw new Error(`the batch benchmark failed (status ${run.status})`);
    batch = JSON.parse(run.stdout.trim().split("\n").pop()!) as BatchBenchReport;
    if (!process.env.BENCH_JSON) printBatchReport(batch);
  }
  // Ingest into the stores (docs/ingest.md), in a process of its own too.
  let ingest: unknown;
  if (process.env.BENCH_INGEST !== "0" && !process.env.BENCH_ROOT) {
    const run = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname], {
      env: { ...process.env, BENCH_INGEST_ONLY: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * MB,
    });
    if (run.status !== 0) throw new Error(`the ingest benchmark failed (status ${run.status})`);
    const lines = run.stdout.trim().split("\n");
    if (!process.env.BENCH_JSON) console.log(lines.slice(0, -1).join("\n"));
    ingest = JSON.parse(lines.at(-1)!);
  }
  console.log(JSON.stringify({ ...report, ...(startup ? { startup } : {}), ...(batch ? { batch } : {}), ...(ingest ? { ingest } : {}) }));
}
