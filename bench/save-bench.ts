/**
 * The store's share of ingest alone (issue 8 item 6): the first N IndiaPoliceEvents articles are
 * analysed once (the documents kept in a cache file outside the repository, so a re-run skips the
 * pipeline), then saved into a fresh SQLite store with `saveDocument`, and the CPU of the saving
 * loop is reported per article. What `sitrep ingest` does in its main thread, without the pipeline.
 *
 *   node --import tsx bench/save-bench.ts [--articles 300] [--cache DIR] [--batch N] [--db PATH] [--runs N] [--statements]
 *
 * `--batch N` saves N articles per store transaction (saveDocuments) as `sitrep ingest` does.
 * `--runs N` saves the same documents N times, each into a fresh store, in this one process: the first
 * run's figure has the save path's JIT warm-up in it (as a 500-article ingest does), the later ones are
 * warm. `--statements` adds, for the last run, the CPU of SQLite's own work by statement shape (each
 * better-sqlite3 call timed; the process's CPU, so V8's helper threads working at the same moment are
 * counted in, a few percent on a quiet machine). Reported, not asserted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runAnalysisTask } from "../src/app/analyze-task.js";
import * as ingest from "../src/app/ingest-articles.js";
import { openCorpusStore } from "../src/app/open-corpus-store.js";
import { StatementCache } from "../src/store/statement-cache.js";
import type { DocumentJson } from "../src/app/present/document-schema.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

async function documents(count: number, cacheDir: string): Promise<DocumentJson[]> {
  const cache = join(cacheDir, `save-bench-ipe-${count}.jsonl`);
  if (existsSync(cache)) return readFileSync(cache, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as DocumentJson);
  const evalDir = process.env.SITREP_EVAL_DATA ?? join(ROOT, "../shared/eval");
  const texts = readFileSync(join(evalDir, "india-police-events", "docs.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, count)
    .map((l) => (JSON.parse(l) as { doc_text: string }).doc_text);
  const docs: DocumentJson[] = [];
  for (const [i, text] of texts.entries()) {
    const raw = { bytes: new TextEncoder().encode(text), locator: `bench.jsonl:${i + 1}`, kind: "manifest" as const, contentType: "text/plain" };
    const result = await runAnalysisTask({ raw, meta: { published: "2002-03-01" } });
    if (result.ok) docs.push(result.document);
  }
  writeFileSync(cache, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
  return docs;
}

/** CPU ms of SQLite's work by statement shape (the SQL, its row lists folded), while `timing` is on. */
const statementCpu = new Map<string, { calls: number; ms: number }>();
let timing = false;
if (process.argv.includes("--statements")) {
  const prepare = StatementCache.prototype.prepare;
  const timed = new WeakSet<object>();
  StatementCache.prototype.prepare = function (this: StatementCache, text: string) {
    const statement = prepare.call(this, text);
    if (timed.has(statement)) return statement;
    timed.add(statement);
    const shape = text.replace(/\(\?(, \?)*\)(, \(\?(, \?)*\))*/g, "(?...)").slice(0, 100);
    const methods = statement as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const name of ["run", "all", "get", "iterate"]) {
      const method = methods[name];
      if (typeof method !== "function") continue;
      methods[name] = (...a: unknown[]) => {
        if (!timing) return method.apply(statement, a);
        const cpu = process.cpuUsage();
        try {
          return method.apply(statement, a);
        } finally {
          const c = process.cpuUsage(cpu);
          const entry = statementCpu.get(shape) ?? { calls: 0, ms: 0 };
          entry.calls++;
          entry.ms += (c.user + c.system) / 1000;
          statementCpu.set(shape, entry);
        }
      };
    }
    return statement;
  };
}

const count = Number(arg("articles", "300"));
const batch = Number(arg("batch", "1"));
const runs = Number(arg("runs", "1"));
const docs = await documents(count, arg("cache", tmpdir()));
for (let run = 1; run <= runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-save-bench-"));
  const { store, context } = await openCorpusStore({ db: arg("db", join(dir, "bench.db")), pipelineVersion: "bench" });
  const labelled = docs.map((doc, i) => ({ doc, label: `bench.jsonl:${i + 1}` }));
  statementCpu.clear();
  timing = run === runs;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let reports = 0;
  for (let i = 0; i < labelled.length; i += batch) {
    const chunk = labelled.slice(i, i + batch);
    // Before batching existed (a checkout of an older commit, for side-by-side figures): one article a transaction.
    const outcomes = "saveDocuments" in ingest ? await ingest.saveDocuments(chunk, context) : await Promise.all(chunk.map(({ doc, label }) => ingest.saveDocument(doc, label, context)));
    for (const outcome of outcomes) reports += outcome.reports ?? 0;
  }
  const wall = performance.now() - t0;
  const c = process.cpuUsage(cpu0);
  const cpuMs = (c.user + c.system) / 1000;
  timing = false;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      ...(runs > 1 ? { run } : {}),
      articles: docs.length,
      batch,
      reports,
      cpuMsPerArticle: Math.round((cpuMs / docs.length) * 100) / 100,
      wallMsPerArticle: Math.round((wall / docs.length) * 100) / 100,
      articlesPerCpuSecond: Math.round((docs.length / cpuMs) * 10000) / 10,
    }),
  );
}
if (statementCpu.size > 0) {
  const total = [...statementCpu.values()].reduce((n, e) => n + e.ms, 0);
  console.log(`SQLite's own work in the last run: ${(total / docs.length).toFixed(2)} ms of CPU an article, by statement (ms an article, calls):`);
  for (const [shape, e] of [...statementCpu].sort((a, b) => b[1].ms - a[1].ms)) if (e.ms / docs.length >= 0.005) console.log(`  ${(e.ms / docs.length).toFixed(3)}  ${String(e.calls).padStart(5)}  ${shape.replace(/\s+/g, " ")}`);
}
