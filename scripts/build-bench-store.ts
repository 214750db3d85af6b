/**
 * Builds the serve benchmark's store (issue 9 item 5) from every real news text in the eval corpora
 * (bench/real-articles.ts: read in place, never copied into the project): writes them as JSON Lines
 * manifests outside the repository, then runs `sitrep ingest` on them, the pipeline and the store as
 * users run them. Reproducible: the same corpora and pipeline give the same store.
 *
 *   npx tsx scripts/build-bench-store.ts [--db /work/bigstore/sitrep.db] [--manifests DIR] [--jobs N] [--corpora polnear,rams]
 *
 * Re-running on an existing store adds nothing (ingest skips what it has). Prints the store's event
 * and article counts at the end.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { CORPORA } from "../bench/real-articles.js";
import { openStore } from "../src/store/open-store.js";
import { countStoredArticles } from "../bench/count-stored-articles.js";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const db = resolve(opt("--db") ?? "/work/bigstore/sitrep.db");
const manifests = resolve(opt("--manifests") ?? join(tmpdir(), "sitrep-bench-manifests"));
const jobs = opt("--jobs");
const evalDir = resolve(process.env.SITREP_EVAL_DATA ?? join(ROOT, "..", "shared", "eval"));
const wanted = opt("--corpora")?.split(",") ?? Object.keys(CORPORA);

mkdirSync(manifests, { recursive: true });
mkdirSync(dirname(db), { recursive: true });
const files: string[] = [];
for (const name of wanted) {
  const read = CORPORA[name];
  if (!read) throw new Error(`unknown corpus ${name}; known: ${Object.keys(CORPORA).join(", ")}`);
  const lines = [...read(evalDir)].map((r) => JSON.stringify(r));
  if (lines.length === 0) continue;
  const file = join(manifests, `${name}.jsonl`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  files.push(file);
  process.stderr.write(`build-bench-store: ${name}: ${lines.length} texts -> ${file}\n`);
}

const started = performance.now();
const ingest = spawnSync(process.execPath, [join(ROOT, "bin", "sitrep.js"), "ingest", "--db", db, ...(jobs ? ["--jobs", jobs] : []), ...files], { stdio: "inherit" });
if (ingest.status !== 0) process.exit(ingest.status ?? 1);
const seconds = Math.round((performance.now() - started) / 1000);

// Counts, and fresh planner statistics for the read benchmark (ANALYZE over the whole store).
const store = await openStore({ db });
const events = (await store.countEvents({}, "type")).reduce((n, b) => n + b.events, 0);
const articles = await countStoredArticles(store);
if ("db" in store) await (await import("kysely")).sql`analyze`.execute((store as unknown as { db: import("kysely").Kysely<unknown> }).db);
await store.close();
console.log(JSON.stringify({ db, texts: files.length, events, articles, ingestSeconds: seconds }));
