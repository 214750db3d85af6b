/**
 * Benchmark of `sitrep serve` (issue 9 item 5): a store built by running the pipeline over real news
 * articles (the eval corpora under ../shared/eval, read in place, never copied), then filtered event
 * lists (/api/events) under load with autocannon on loopback: latency percentiles and the event count.
 *
 *   npm run bench:serve                       # builds ./bench-store.db (kept), then measures
 *   BENCH_STORE=path BENCH_ARTICLES=N ...     # another file; at most N articles
 *   BENCH_SKIP_BUILD=1                        # measure an existing store only
 *
 * Reported, not asserted; prints one JSON object. Run it alone on a quiet machine.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { ingestArticles, type IngestSummary } from "../src/app/ingest-articles.js";
import { openCorpusStore } from "../src/app/open-corpus-store.js";
import { pipelineVersion } from "../src/app/pipeline-version.js";
import type { ArticleInput } from "../src/ingest-sources/article-inputs.js";
import { buildServer } from "../src/server/build-server.js";

const ROOT = resolve(import.meta.dirname, "..");
const EVAL = resolve(ROOT, process.env.SITREP_EVAL_DATA ?? "../shared/eval");
const STORE = resolve(process.env.BENCH_STORE ?? join(ROOT, "bench-store.db"));
const MAX_ARTICLES = Number(process.env.BENCH_ARTICLES ?? Infinity);
const JOBS = Number(process.env.BENCH_JOBS ?? 2);
/** Seconds of load per request kind, and connections (concurrent clients). */
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every real news text in the eval corpora, with its dateline where the corpus gives one. */
function* realArticles(): Generator<{ label: string; text: string; published?: string }> {
  for (const split of ["train", "dev"]) {
    const dir = join(EVAL, "polnear", split, "text");
    // File names carry the outlet and the dateline: "breitbart_2016-03-11_activists-...".
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) {
      const day = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1];
      yield { label: `polnear/${split}/${f}`, text: readFileSync(join(dir, f), "utf8"), ...(day ? { published: day } : {}) };
    }
  }
  const police = join(EVAL, "india-police-events", "docs.jsonl");
  if (existsSync(police)) {
    let n = 0;
    for (const line of readFileSync(police, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { doc_text: string; doc_id?: string; date?: string };
      yield { label: `india-police-events/${doc.doc_id ?? n++}`, text: doc.doc_text, ...(doc.date && /^\d{4}-\d{2}-\d{2}/.test(doc.date) ? { published: doc.date.slice(0, 10) } : {}) };
    }
  }
  const geo = join(EVAL, "geoparsing");
  if (existsSync(geo)) {
    for (const f of readdirSync(geo).filter((x) => x.endsWith(".xml")).sort()) {
      let i = 0;
      for (const m of readFileSync(join(geo, f), "utf8").matchAll(/<text>([\s\S]*?)<\/text>/g)) yield { label: `geoparsing/${f}#${i++}`, text: unescapeXml(m[1]!) };
    }
  }
  for (const sub of ["TimeBank", "AQUAINT"]) {
    const dir = join(EVAL, "tempeval3", "TBAQ-cleaned", sub);
    if (existsSync(dir)) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith(".tml")).sort()) {
        const xml = readFileSync(join(dir, f), "utf8");
        const text = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
        const dct = /<DCT>[\s\S]{0,300}?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
        if (text) yield { label: `tempeval3/${sub}/${f}`, text: unescapeXml(text.replace(/<[^>]{0,500}>/g, "")), ...(dct ? { published: dct } : {}) };
      }
    }
  }
  const rams = join(EVAL, "rams", "dev.jsonlines");
  if (existsSync(rams)) {
    let i = 0;
    for (const line of readFileSync(rams, "utf8").split("\n")) if (line.trim()) yield { label: `rams/dev#${i++}`, text: (JSON.parse(line) as { sentences: string[][] }).sentences.map((s) => s.join(" ")).join("\n") };
  }
}

function articleInputs(): AsyncGenerator<ArticleInput> {
  return (async function* () {
    let n = 0;
    for (const a of realArticles()) {
      if (n++ >= MAX_ARTICLES) return;
      const meta = a.published ? { published: a.published } : {};
      const bytes = new TextEncoder().encode(a.text);
      yield { label: a.label, meta, local: true, load: async () => ({ bytes, locator: a.label, kind: "manifest" as const, contentType: "text/plain" }) };
    }
  })();
}

async function buildStore(): Promise<{ summary: IngestSummary; seconds: number }> {
  const { store, context } = await openCorpusStore({ db: STORE, pipelineVersion: pipelineVersion() });
  const start = performance.now();
  let done = 0;
  try {
    const summary = await ingestArticles(articleInputs(), {
      ...context,
      store,
      jobs: JOBS,
      onOutcome: () => {
        if (++done % 250 === 0) process.stderr.write(`bench: ${done} articles in ${Math.round((performance.now() - start) / 1000)} s\n`);
      },
    });
    return { summary, seconds: (performance.now() - start) / 1000 };
  } finally {
    await store.close();
  }
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
  readonly name: string;
  readonly connections: number;
  /** The server's CPU time per request (ms): what the request costs, whatever else the machine is doing. */
  readonly serverCpuMsPerRequest: number | null;
  readonly path: string;
  readonly items: number;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly non2xx: number;
}

async function measure(base: string, pid: number, name: string, path: string, connections: number): Promise<Measured> {
  const probe = (await (await fetch(base + path)).json()) as { items: unknown[] };
  // Warm-up: the first requests compile the route's code paths and fill SQLite's page cache.
  await autocannon({ url: base + path, connections: 2, duration: 2 });
  const cpuBefore = cpuSecondsOf(pid);
  const r = await autocannon({ url: base + path, connections, duration: DURATION_S });
  const cpuAfter = cpuSecondsOf(pid);
  return {
    name,
    connections,
    serverCpuMsPerRequest: cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? Number((((cpuAfter - cpuBefore) * 1000) / r.requests.total).toFixed(2)) : null,
    path,
    items: probe.items.length,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

const build = process.env.BENCH_SKIP_BUILD && existsSync(STORE) ? null : await buildStore();
const { store } = await openCorpusStore({ db: STORE, pipelineVersion: pipelineVersion() });
const byType = await store.countEvents({}, "type");
const byCountry = (await store.countEvents({}, "country")).filter((b) => b.key).sort((a, b) => b.events - a.events);
const byDay = (await store.countEvents({}, "day")).filter((b) => b.key && /^\d{4}-\d{2}-\d{2}$/.test(b.key)).sort((a, b) => a.key!.localeCompare(b.key!));
const events = byType.reduce((n, b) => n + b.events, 0);
const articles = await (async () => {
  let n = 0;
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof store.listArticles>> = await store.listArticles({ limit: 1000, cursor });
    n += page.items.length;
    cursor = page.next;
  } while (cursor);
  return n;
})();
const topCountry = byCountry[0]?.key ?? "US";
// A year in the middle of the corpus's dates.
const midDay = byDay[Math.floor(byDay.length / 2)]?.key ?? "2016-01-01";
const year = midDay.slice(0, 4);
const sample = (await store.listEvents({ country: topCountry }, "-date", { limit: 1 })).items[0]?.place.value;
await store.close();

const port = await freePort();
const server = await startServer(port);
const base = `http://127.0.0.1:${port}`;
const results: Measured[] = [];
try {
  const box = sample ? `${(sample.lon - 5).toFixed(2)},${(sample.lat - 5).toFixed(2)},${(sample.lon + 5).toFixed(2)},${(sample.lat + 5).toFixed(2)}` : "-10,30,40,60";
  const kinds: Array<[string, string]> = [
    ["type, newest first (full events)", "/api/events?type=ASSAULT&limit=50"],
    [`country ${topCountry} and a year`, `/api/events?country=${topCountry}&from=${year}-01-01&to=${year}-12-31&limit=50`],
    ["at least 5 killed, deadliest first", "/api/events?minFatalities=5&sort=-fatalities&limit=50"],
    ["actor name contains 'police'", "/api/events?actor=police&limit=50"],
    ["bounding box, map view (500 brief)", `/api/events?bbox=${box}&view=brief&limit=500`],
    ["type and modality, most sources first", "/api/events?type=PROTEST,ASSAULT&modality=asserted&sort=-sources&limit=50"],
  ];
  for (const connections of [1, CONNECTIONS]) {
    for (const [name, path] of kinds) {
      const m = await measure(base, server.pid!, name, path, connections);
      results.push(m);
      process.stderr.write(`bench: ${connections} connection(s), ${name}: p99 ${m.p99} ms, p50 ${m.p50} ms, ${m.rps} req/s, server CPU ${m.serverCpuMsPerRequest} ms a request (${m.items} items)\n`);
    }
  }
} finally {
  server.kill("SIGTERM");
}

console.log(
  JSON.stringify(
    {
      store: STORE,
      events,
      articles,
      build: build && { seconds: Math.round(build.seconds), jobs: JOBS, ...build.summary },
      durationSeconds: DURATION_S,
      loadAverage: (await import("node:os")).loadavg(),
      results,
    },
    null,
    2,
  ),
);
