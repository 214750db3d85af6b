/**
 * Profiles the event-list read path on an existing SQLite store: for each kind of filter the HTTP API
 * takes (GET /api/events), the time `listEvents` takes in-process (median of a few runs, first page and
 * a deep page through the cursor) and SQLite's EXPLAIN QUERY PLAN of the statement it ran. A tool for
 * choosing indexes (issue 9 item 5), not a benchmark: `npm run bench:serve` measures the server.
 *
 *   npx tsx scripts/profile-event-queries.ts /work/bigstore/sitrep.db [--runs 5] [--no-plan]
 */
import Database from "better-sqlite3";
import { Kysely, SqliteDialect, type CompiledQuery } from "kysely";
import { KyselyStore } from "../src/store/kysely-store.js";
import type { StoreSchema } from "../src/store/schema.js";
import type { EventFilter, EventSort } from "../src/store/store.js";

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith("--"));
if (!path) {
  console.error("usage: profile-event-queries.ts STORE.db [--runs N] [--no-plan]");
  process.exit(2);
}
const runs = Number(args.includes("--runs") ? args[args.indexOf("--runs") + 1] : 5);
const showPlan = !args.includes("--no-plan");

const sqlite = new Database(path);
sqlite.pragma("journal_mode = WAL");
// The statements of the last call, with their time: a page is an index query, then the summaries.
let queries: Array<{ query: CompiledQuery; ms: number }> = [];
const db = new Kysely<StoreSchema>({
  dialect: new SqliteDialect({ database: sqlite }),
  log: (e) => {
    if (e.level === "query") queries.push({ query: e.query, ms: e.queryDurationMillis });
  },
});
const store = new KyselyStore(db, "sqlite", {
  summarize: () => {
    throw new Error("read only");
  },
});
await store.migrate();

const one = <T>(q: string) => sqlite.prepare(q).get() as T;
const topCountry = one<{ country: string }>("select country from events where country is not null group by country order by count(*) desc limit 1")?.country ?? "US";
const topAdmin1 = one<{ admin1: string }>(`select admin1 from events where country = '${topCountry}' and admin1 is not null group by admin1 order by count(*) desc limit 1`)?.admin1 ?? "";
const midDay = one<{ day: string }>("select day from events where day is not null order by day limit 1 offset (select count(*) / 2 from events where day is not null)")?.day ?? "2016-06-01";
const year = midDay.slice(0, 4);
const sample = one<{ lat: number; lon: number }>(`select lat, lon from events where country = '${topCountry}' and lat is not null order by day desc limit 1`);
const box: [number, number, number, number] = sample ? [sample.lon - 5, sample.lat - 5, sample.lon + 5, sample.lat + 5] : [-10, 30, 40, 60];

const kinds: Array<[string, EventFilter, EventSort, number]> = [
  ["no filter, newest first", {}, "-date", 50],
  ["type ASSAULT", { type: "ASSAULT" }, "-date", 50],
  ["type PROTEST,ASSAULT + modality asserted, most sources", { type: ["PROTEST", "ASSAULT"], modality: "asserted" }, "-sources", 50],
  [`country ${topCountry} + year ${year}`, { country: topCountry, from: `${year}-01-01`, to: `${year}-12-31` }, "-date", 50],
  [`country ${topCountry} + admin1 ${topAdmin1}`, { country: topCountry, admin1: topAdmin1 }, "-date", 50],
  [`from ${year}-01-01 to ${year}-03-31, oldest first`, { from: `${year}-01-01`, to: `${year}-03-31` }, "date", 50],
  ["minFatalities 5, deadliest", { minFatalities: 5 }, "-fatalities", 50],
  ["minFatalities 1, newest", { minFatalities: 1 }, "-date", 50],
  ["actor police", { actor: "police" }, "-date", 50],
  ["actor taliban", { actor: "taliban" }, "-date", 50],
  ["actor trump + type", { actor: "trump", type: "ACCUSE" }, "-date", 50],
  ["bbox (map, 500)", { bbox: box }, "-date", 500],
  ["modality claimed", { modality: "claimed" }, "-date", 50],
  ["sources, most first", {}, "-sources", 50],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(filter: EventFilter, sort: EventSort, limit: number, cursor: string | null) {
  const ms: number[] = [];
  let page = await store.listEvents(filter, sort, { limit, cursor });
  for (let i = 0; i < runs; i++) {
    queries = [];
    const t = performance.now();
    page = await store.listEvents(filter, sort, { limit, cursor });
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), page };
}

const events = one<{ n: number }>("select count(*) as n from events").n;
console.log(`${path}: ${events} events; median of ${runs} runs of listEvents in-process (first page, then page 20 through the cursor)`);
for (const [name, filter, sort, limit] of kinds) {
  const first = await time(filter, sort, limit, null);
  const steps = [...queries];
  let cursor = first.page.next;
  for (let i = 0; i < 18 && cursor; i++) cursor = (await store.listEvents(filter, sort, { limit, cursor })).next;
  const deep = cursor ? await time(filter, sort, limit, cursor) : null;
  const split = steps.map((q) => q.ms.toFixed(1)).join(" + ");
  console.log(`${name.padEnd(56)} ${String(first.page.items.length).padStart(4)} items  ${first.ms.toFixed(1).padStart(7)} ms (${split})  deep ${deep ? deep.ms.toFixed(1).padStart(7) + " ms" : "     -"}`);
  if (showPlan) {
    const query = steps[0]!.query;
    const plan = sqlite.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as Array<{ id: number; parent: number; detail: string }>;
    const depth = new Map<number, number>();
    for (const p of plan) {
      depth.set(p.id, (depth.get(p.parent) ?? -1) + 1);
      console.log(`    ${"  ".repeat(depth.get(p.id)!)}${p.detail}`);
    }
  }
}
await store.close();
