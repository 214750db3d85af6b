/**
 * `npm run bench`: speed and memory of the whole per-article pipeline, reported (never asserted).
 * Articles: the golden articles in test/golden, plus real news texts from ../shared/eval when present.
 * Reports medians of repeated passes, articles a second on one core, and resident memory after
 * BENCH_ARTICLES (default 10,000) articles.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createDocument } from "../src/core/index.js";
import { newsPipeline } from "../src/pipelines/news-pipeline.js";
import { loadResources } from "../src/pipelines/resources.js";
import { median } from "../src/eval/metrics.js";

const TOTAL = Number(process.env.BENCH_ARTICLES ?? 10_000);
const PASSES = 5;

function loadArticles(): string[] {
  const out: string[] = [];
  const golden = "test/golden";
  for (const slug of readdirSync(golden)) {
    const p = join(golden, slug, "article.txt");
    if (existsSync(p)) out.push(readFileSync(p, "utf8"));
  }
  const evalRoot = process.env.SITREP_EVAL_DATA ?? "../shared/eval";
  const gwn = join(evalRoot, "geoparsing", "GeoVirus.xml");
  if (existsSync(gwn)) {
    // WikiNews articles of ordinary news length, for variety.
    for (const m of readFileSync(gwn, "utf8").matchAll(/<text>([\s\S]*?)<\/text>/g)) {
      out.push(m[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
      if (out.length >= 200) break;
    }
  }
  return out;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

const t0 = performance.now();
const resources = loadResources();
const loadMs = performance.now() - t0;
const pipeline = newsPipeline({ resources });
const articles = loadArticles();
const words = articles.reduce((n, a) => n + a.split(/\s+/).length, 0) / articles.length;

// Warm up the JIT, then time whole passes over the article set.
for (const a of articles.slice(0, 20)) pipeline.run(createDocument(a, { published: "2021-10-10" }));
const perArticleMs: number[] = [];
for (let pass = 0; pass < PASSES; pass++) {
  const s = performance.now();
  for (const a of articles) pipeline.run(createDocument(a, { published: "2021-10-10" }));
  perArticleMs.push((performance.now() - s) / articles.length);
}
// Where the time goes: each stage's share over one pass.
const stageMs = new Map<string, number>();
for (const a of articles) {
  pipeline.runTimed(createDocument(a, { published: "2021-10-10" }), (name, ms) => stageMs.set(name, (stageMs.get(name) ?? 0) + ms));
}
const perStage = Object.fromEntries([...stageMs].map(([k, v]) => [k, Number((v / articles.length).toFixed(3))]));

const founding = readFileSync("test/golden/founding/article.txt", "utf8");
const foundingMs: number[] = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  pipeline.run(createDocument(founding, { published: "2021-10-10" }));
  foundingMs.push(performance.now() - s);
}

// Memory: run TOTAL articles, keeping nothing, and read the resident set size.
const sMem = performance.now();
for (let i = 0; i < TOTAL; i++) pipeline.run(createDocument(articles[i % articles.length]!, { published: "2021-10-10" }));
const memSeconds = (performance.now() - sMem) / 1000;
const rss = process.memoryUsage().rss;
// Live heap after a full collection tells a leak from V8 simply not having collected yet.
(globalThis as { gc?: () => void }).gc?.();
const heapAfterGc = process.memoryUsage().heapUsed;

const med = median(perArticleMs);
const report = {
  articles: articles.length,
  meanWords: Math.round(words),
  resourceLoadMs: Math.round(loadMs),
  medianMsPerArticle: Number(med.toFixed(2)),
  articlesPerSecond: Math.round(1000 / med),
  foundingArticleMedianMs: Number(median(foundingMs).toFixed(2)),
  foundingArticlesPerSecond: Math.round(1000 / median(foundingMs)),
  sustainedArticles: TOTAL,
  sustainedArticlesPerSecond: Math.round(TOTAL / memSeconds),
  rssMbAfterSustained: Number(mb(rss)),
  liveHeapMbAfterGc: Number(mb(heapAfterGc)),
  msPerArticleByStage: perStage,
};
console.log(`pipeline: ${report.articles} articles (mean ${report.meanWords} words), resources loaded in ${report.resourceLoadMs} ms`);
console.log(`  median ${report.medianMsPerArticle} ms/article over ${PASSES} passes = ${report.articlesPerSecond} articles/s on one core`);
console.log(`  founding article: median ${report.foundingArticleMedianMs} ms = ${report.foundingArticlesPerSecond} articles/s`);
console.log(`  per stage (ms/article): ${Object.entries(perStage).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`  ${TOTAL} articles: ${report.sustainedArticlesPerSecond} articles/s, RSS ${report.rssMbAfterSustained} MB after, live heap ${report.liveHeapMbAfterGc} MB`);
console.log(JSON.stringify(report));
