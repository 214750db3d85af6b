/**
 * The query plans behind bench/serve-bench.ts's request kinds, and the time of each kind's store call
 * in-process (no HTTP, no load tool): for each kind, the SQL the store runs (captured from
 * better-sqlite3), SQLite's EXPLAIN QUERY PLAN of each statement, and the median and worst time of
 * BENCH_PLAN_REPEATS calls. Quicker and steadier than the HTTP bench on a shared machine, and it says
 * which index each kind's page comes from.
 *
 *   BENCH_STORE=<a copy of a big store> node --import tsx bench/serve-plans.ts
 *   BENCH_PLAN_REPEATS=30     calls per kind (default 30)
 *   BENCH_PLAN_KINDS=type,actor   only kinds whose name contains one of these words
 *
 * Opening the store applies pending migrations, so give it a copy. Reported, not asserted.
 */
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { openStore } from "../src/store/open-store.js";
import { eventFilterOf, type EventQuery } from "../src/server/event-query.js";
import type { EventSort } from "../src/store/store.js";
import { requestKinds } from "./serve-kinds.js";

const STORE = resolve(process.env.BENCH_STORE ?? "/work/bigstore/sitrep.db");
const REPEATS = Number(process.env.BENCH_PLAN_REPEATS ?? 30);
const ONLY = process.env.BENCH_PLAN_KINDS?.split(",").filter(Boolean);

// Every statement prepared while a kind runs, with the values it ran with.
type Captured = { sql: string; params: unknown[] };
let capturing: Captured[] | undefined;
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: Database.Database, source: string) {
  const statement = prepare.call(this, source) as Database.Statement;
  for (const method of ["all", "get", "iterate"] as const) {
    const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
    (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      capturing?.push({ sql: source, params: args.flat() });
      return original(...args);
    };
  }
  return statement;
} as typeof prepare;

const store = await openStore({ db: STORE });
const kinds = await requestKinds(store);
const plans = new Database(STORE, { readonly: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const report: Array<{ name: string; medianMs: number; maxMs: number; statements: Array<{ sql: string; plan: string[]; medianMs: number }> }> = [];
for (const kind of kinds) {
  if (ONLY && !ONLY.some((w) => kind.name.includes(w))) continue;
  const url = new URL(kind.path, "http://x");
  const q = Object.fromEntries(url.searchParams) as Record<string, string>;
  const query: EventQuery = { ...q, ...(q.minFatalities !== undefined ? { minFatalities: Number(q.minFatalities) } : {}) } as EventQuery;
  const filter = eventFilterOf(query);
  const call = url.pathname.endsWith("/histogram")
    ? () => store.countEventsByTypeAndDay(filter)
    : () => store.listEventsJson(filter, (q.sort ?? "-date") as EventSort, { limit: Number(q.limit ?? 50), cursor: q.cursor ?? null }, (q.view ?? "full") as "full" | "brief");
  capturing = [];
  await call();
  const statements = capturing.map((c) => {
    const plan = (plans.prepare(`explain query plan ${c.sql}`).all(...(c.params as never[])) as Array<{ detail: string }>).map((r) => r.detail);
    // The statement alone, run again on its own connection: the database's part of the kind's time.
    const run = plans.prepare(c.sql);
    const took: number[] = [];
    for (let i = 0; i < Math.min(REPEATS, 10); i++) {
      const t = performance.now();
      run.all(...(c.params as never[]));
      took.push(performance.now() - t);
    }
    return { sql: c.sql, plan, medianMs: Number(median(took).toFixed(2)) };
  });
  capturing = undefined;
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  const r = { name: kind.name, medianMs: Number(median(times).toFixed(2)), maxMs: Number(Math.max(...times).toFixed(2)), statements };
  report.push(r);
  console.log(`\n## ${r.name}: median ${r.medianMs} ms, worst ${r.maxMs} ms (${REPEATS} calls)  ${kind.path}`);
  for (const s of statements) console.log(`   [${s.medianMs} ms] ${s.sql.slice(0, 160)}${s.sql.length > 160 ? "..." : ""}\n     ${s.plan.join("\n     ")}`);
}
await store.close();
console.log("\n" + report.map((r) => `${r.name.padEnd(45)} ${String(r.medianMs).padStart(8)} ms`).join("\n"));
console.log(JSON.stringify(report.map(({ name, medianMs, maxMs }) => ({ name, medianMs, maxMs }))));
