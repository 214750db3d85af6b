/**
 * The check that a change to the ingest path (issue 8 item 6: saving, duplicate checks, the identity
 * step, batching) leaves what is stored unchanged: the same articles ingested by two checkouts into two
 * fresh SQLite stores, then every table of the two compared row by row (the full-text indexes' own
 * tables too), less the columns that differ between any two runs by design (ingestion and update
 * times, events' random version stamps, migration times).
 *
 *   node --import tsx bench/compare-stores.ts ingest <db> [--root DIR] [--articles 500] [--jobs 0] [--times 1]
 *   node --import tsx bench/compare-stores.ts compare <a.db> <b.db>
 *
 * `ingest` runs the ingest use case (src/app/ingest-articles.ts) of the checkout at --root (default:
 * this one; e.g. a detached worktree of the base commit) on the first N IndiaPoliceEvents articles of
 * ../shared/eval (or SITREP_EVAL_DATA), each with the same label and metadata, `--times` times into the
 * same store (a re-run must add nothing: its summary says every article was an exact duplicate).
 * `compare` prints each table's row count and whether the two stores hold the same rows, and exits 1
 * when any table differs.
 */
import { existsSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Database from "better-sqlite3";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Columns whose values differ between two runs by design: times, and the events' random version stamps. */
const DIFFER_BY_DESIGN = new Set(["ingested_at", "updated_at", "created_at", "version", "timestamp"]);

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

async function ingest(db: string): Promise<void> {
  const root = resolve(arg("root", ROOT));
  const count = Number(arg("articles", "500"));
  const file = join(process.env.SITREP_EVAL_DATA ?? join(ROOT, "../shared/eval"), "india-police-events", "docs.jsonl");
  if (!existsSync(file)) throw new Error(`the check needs ${file}`);
  const texts = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, count)
    .map((l) => (JSON.parse(l) as { doc_text: string }).doc_text);
  const load = (p: string) => import(pathToFileURL(join(root, "src", `${p}.ts`)).href);
  const { ingestArticles } = (await load("app/ingest-articles")) as typeof import("../src/app/ingest-articles.js");
  const { openCorpusStore } = (await load("app/open-corpus-store")) as typeof import("../src/app/open-corpus-store.js");
  async function* inputs() {
    for (const [i, text] of texts.entries()) {
      const raw = { bytes: new TextEncoder().encode(text), locator: `bench.jsonl:${i + 1}`, kind: "manifest" as const, contentType: "text/plain" };
      yield { label: raw.locator, meta: { published: "2002-03-01" }, local: true, load: async () => raw };
    }
  }
  for (let run = 0; run < Number(arg("times", "1")); run++) {
    const { store, context } = await openCorpusStore({ db, pipelineVersion: "compare-stores" });
    try {
      console.log(JSON.stringify(await ingestArticles(inputs(), { ...context, jobs: Number(arg("jobs", "0")) })));
    } finally {
      await store.close();
    }
  }
}

/** Each table's rows as sorted JSON lines (the rowid too for the full-text tables, whose rows are keyed by it). */
function tables(path: string): Map<string, string[]> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const out = new Map<string, string[]>();
    const names = (db.prepare("select name from sqlite_master where type = 'table' order by name").all() as Array<{ name: string }>).map((r) => r.name);
    for (const name of names) {
      const columns = (db.pragma(`table_info("${name}")`) as Array<{ name: string }>).map((c) => c.name).filter((c) => !DIFFER_BY_DESIGN.has(c));
      const rowid = /_fts$/.test(name) ? "rowid, " : "";
      const rows = db
        .prepare(`select ${rowid}${columns.map((c) => `"${c}"`).join(", ")} from "${name}"`)
        .raw()
        .all()
        .map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString("base64") : v)));
      out.set(name, rows.sort());
    }
    return out;
  } finally {
    db.close();
  }
}

function compare(a: string, b: string): boolean {
  const left = tables(a);
  const right = tables(b);
  let same = true;
  for (const name of [...new Set([...left.keys(), ...right.keys()])].sort()) {
    const x = left.get(name);
    const y = right.get(name);
    const digest = (rows: string[]) => createHash("sha256").update(rows.join("\n")).digest("hex").slice(0, 16);
    if (x && y && digest(x) === digest(y)) {
      console.log(`same       ${name}: ${x.length} rows`);
      continue;
    }
    same = false;
    const onlyLeft = x && y ? x.filter((r) => !new Set(y).has(r)) : [];
    console.log(`DIFFERENT  ${name}: ${x?.length ?? "no table"} vs ${y?.length ?? "no table"} rows${onlyLeft.length ? `; first row only in ${a}: ${onlyLeft[0]!.slice(0, 300)}` : ""}`);
  }
  console.log(same ? "the two stores hold the same rows" : "the stores differ");
  return same;
}

const [command, first, second] = process.argv.slice(2);
if (command === "ingest" && first) await ingest(first);
else if (command === "compare" && first && second) process.exit(compare(first, second) ? 0 : 1);
else {
  console.error("usage: compare-stores.ts ingest <db> [--root DIR] [--articles N] [--jobs N] [--times N] | compare <a.db> <b.db>");
  process.exit(2);
}
