/**
 * Benchmark of `sitrep serve` (issue 9 item 5): filtered event lists (GET /api/events) under load with
 * autocannon on loopback, on a store built by running the pipeline over every real news text of the
 * eval corpora (scripts/build-bench-store.ts; ../shared/eval read in place, never copied).
 *
 *   npm run bench:serve                            # measures BENCH_STORE (default /work/bigstore/sitrep.db),
 *                                                  # building it first when it does not exist
 *   BENCH_DURATION=5 BENCH_RUNS=3 BENCH_CONNECTIONS=10 ...
 *
 * Each run measures every request kind once (seconds of load each, after a warm-up), so a change in the
 * machine's load touches all kinds alike; the medians over runs are reported beside each run's
 * figures, with the load average before and after each run and the server's own CPU time per request.
 * Reported, not asserted; prints one JSON object.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { openStore } from "../src/store/open-store.js";
import { countStoredArticles } from "./count-stored-articles.js";
import { requestKinds } from "./serve-kinds.js";

const ROOT = resolve(import.meta.dirname, "..");
const STORE = resolve(process.env.BENCH_STORE ?? "/work/bigstore/sitrep.db");
/** Seconds of load per request kind and run, runs, and concurrent clients of the loaded measure. */
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

if (!existsSync(STORE)) {
  const built = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "build-bench-store.ts"), "--db", STORE], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolvePort) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolvePort(port));
    });
  });
}

/** The server as users run it: `sitrep serve`, in its own process (the load tool must not share its event loop). */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, "bin", "sitrep.js"), "serve", "--db", STORE, "--port", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((ok, fail) => {
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("serving")) ok();
    });
    child.once("exit", (code) => fail(new Error(`sitrep serve exited with ${code}`)));
  });
  return child;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuSecondsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

interface Measured {
  readonly connections: number;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly non2xx: number;
  /** The server's CPU time per request (ms): what a request costs, whatever else the machine is doing. */
  readonly serverCpuMs: number | null;
}

async function measure(base: string, pid: number, path: string, connections: number): Promise<Measured> {
  // Warm-up: the first requests compile the route's code paths and fill SQLite's page cache.
  await autocannon({ url: base + path, connections: 1, duration: 1 });
  const cpuBefore = cpuSecondsOf(pid);
  const r = await autocannon({ url: base + path, connections, duration: DURATION_S });
  const cpuAfter = cpuSecondsOf(pid);
  return {
    connections,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    non2xx: r.non2xx,
    serverCpuMs: cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? Number((((cpuAfter - cpuBefore) * 1000) / r.requests.total).toFixed(2)) : null,
  };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

// What the store holds, and the request kinds with parameters drawn from it (bench/serve-kinds.ts).
const store = await openStore({ db: STORE });
const byType = await store.countEvents({}, "type");
const events = byType.reduce((n, b) => n + b.events, 0);
const articles = await countStoredArticles(store);
const kinds: Array<[string, string]> = (await requestKinds(store)).map((k) => [k.name, k.path]);
await store.close();

const port = await freePort();
const server = await startServer(port);
const base = `http://127.0.0.1:${port}`;
const items = new Map<string, number>();
// Items of a page, or of a histogram the type-day buckets.
for (const [, path] of kinds) {
  const body = (await (await fetch(base + path)).json()) as { items?: unknown[]; types?: Array<{ days: unknown[] }> };
  items.set(path, body.items?.length ?? (body.types ?? []).reduce((n, t) => n + t.days.length, 0));
}
const runs: Array<{ loadBefore: number[]; loadAfter: number[]; results: Record<string, Measured[]> }> = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const loadBefore = loadavg().map(round1);
    const results: Record<string, Measured[]> = {};
    for (const [name, path] of kinds) {
      results[name] = [];
      for (const connections of [1, CONNECTIONS]) {
        const m = await measure(base, server.pid!, path, connections);
        results[name].push(m);
        process.stderr.write(`bench: run ${run + 1}, ${name}, ${connections} conn: p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.rps} req/s, server CPU ${m.serverCpuMs} ms a request\n`);
      }
    }
    runs.push({ loadBefore, loadAfter: loadavg().map(round1), results });
  }
} finally {
  server.kill("SIGTERM");
}

// Per kind and connection count: each run's p50 and p99 side by side, and their medians.
const summary = kinds.map(([name, path]) => ({
  name,
  path,
  items: items.get(path),
  byConnections: [1, CONNECTIONS].map((connections, k) => {
    const ms = runs.map((r) => r.results[name]![k]!);
    return {
      connections,
      p50: ms.map((m) => m.p50),
      p99: ms.map((m) => m.p99),
      medianP50: median(ms.map((m) => m.p50)),
      medianP99: median(ms.map((m) => m.p99)),
      medianServerCpuMs: median(ms.map((m) => m.serverCpuMs ?? NaN)),
      rps: ms.map((m) => m.rps),
      errors: ms.reduce((n, m) => n + m.errors + m.non2xx, 0),
    };
  }),
}));

console.log(
  JSON.stringify(
    {
      store: STORE,
      events,
      articles,
      durationSeconds: DURATION_S,
      runs: runs.map((r) => ({ loadBefore: r.loadBefore, loadAfter: r.loadAfter })),
      summary,
    },
    null,
    2,
  ),
);
