/**
 * Why two PostgreSQL queue workers are not twice one (issue 8 item 5): K IndiaPoliceEvents articles
 * enqueued in a fresh database, then N `sitrep work --until-empty --jobs 1` processes (as
 * bench/ingest-bench.ts starts them), for each N given, with what each side spent:
 *
 * - each worker process's CPU (all its threads, from /proc while it runs) and when it saved its
 *   first article (its start-up: loading the CLI, the pipeline and its analysis thread);
 * - the PostgreSQL server's CPU (every postgres process, from /proc: the machine's other users of the
 *   server count too, so read it beside the load average);
 * - how often a worker's connection was waiting for a lock (pg_stat_activity sampled every
 *   SAMPLE_MS): the save's identity lock (advisory) or a row lock (the queue's claim), and how many
 *   were running a statement at all.
 *
 *   node --import tsx bench/pg-workers-bench.ts 300 1 2
 *   SITREP_TEST_DATABASE_URL: a role that may create databases (default the local sitrep_test one).
 *
 * Reported, not asserted. The machine is shared: compare the runs of one invocation.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { dropScratchDatabase } from "./drop-scratch-database.js";
import { jobOf } from "../src/app/ingest-queue.js";
import { openCorpusStore } from "../src/app/open-corpus-store.js";

const K = Number(process.argv[2] ?? 300);
const WORKER_COUNTS = process.argv.slice(3).map(Number);
const ADMIN = process.env.SITREP_TEST_DATABASE_URL ?? "postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_test";
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const EVAL = process.env.SITREP_EVAL_DATA ?? `${ROOT}../shared/eval`;
const SAMPLE_MS = 50;

/** CPU seconds of a process (all threads), or undefined once it is gone. */
function cpuOf(pid: number): number | undefined {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return undefined;
  }
}

/** CPU seconds of every postgres process on the machine, by pid. */
function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of readdirSync("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    try {
      if (readFileSync(`/proc/${p}/comm`, "utf8").trim() !== "postgres") continue;
      out.set(Number(p), cpuOf(Number(p)) ?? 0);
    } catch {
      // gone
    }
  }
  return out;
}

const texts = readFileSync(`${EVAL}/india-police-events/docs.jsonl`, "utf8").split("\n").filter((l) => l.trim()).slice(0, K).map((l) => JSON.parse(l).doc_text as string);
const results = [];
for (const workers of WORKER_COUNTS) {
  const name = `sitrep_scale_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(ADMIN);
  target.pathname = `/${name}`;
  const url = target.toString();
  try {
    const { store } = await openCorpusStore({ db: url, pipelineVersion: "bench" });
    const inputs = texts.map((text, i) => {
      const raw = { bytes: new TextEncoder().encode(text), locator: `b.jsonl:${i + 1}`, kind: "manifest" as const, contentType: "text/plain" };
      return { label: raw.locator, meta: { published: "2002-03-01" }, local: true, load: async () => raw };
    });
    await store.enqueue(await Promise.all(inputs.map((i) => jobOf(i, {}))));
    await store.close();
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    const load0 = loadavg()[0]!;
    const pg0 = postgresCpu();
    const t0 = performance.now();
    const samples = { n: 0, active: 0, advisoryWait: 0, otherLockWait: 0, ioOrCommitWait: 0 };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await watcher.query(
          `select state, wait_event_type, wait_event from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'`,
          [name],
        );
        samples.n++;
        for (const r of rows as Array<{ state: string; wait_event_type: string | null; wait_event: string | null }>) {
          if (r.state !== "active") continue;
          samples.active++;
          if (r.wait_event_type === "Lock" && r.wait_event === "advisory") samples.advisoryWait++;
          else if (r.wait_event_type === "Lock") samples.otherLockWait++;
          else if (r.wait_event_type === "IO" || r.wait_event_type === "LWLock") samples.ioOrCommitWait++;
        }
        await new Promise((r) => setTimeout(r, SAMPLE_MS));
      }
    })();
    const runs = await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        new Promise<{ cpuS: number; firstSavedS: number; saved: number; wallS: number }>((resolve, reject) => {
          const child = spawn(process.execPath, [`${ROOT}bin/sitrep.js`, "work", "--until-empty", "--jobs", "1", "--db", url, "--id", `scale-${i}`], { stdio: ["ignore", "pipe", "inherit"] });
          let out = "";
          let first = 0;
          let cpu = 0;
          const poll = setInterval(() => (cpu = cpuOf(child.pid!) ?? cpu), 100);
          child.stdout.on("data", (d: Buffer) => {
            if (!first && d.includes('"kind":')) first = performance.now();
            out += d.toString();
            cpu = cpuOf(child.pid!) ?? cpu;
          });
          child.on("close", (code) => {
            clearInterval(poll);
            if (code !== 0) return reject(new Error(`worker exited ${code}`));
            const last = JSON.parse(out.trim().split("\n").at(-1)!) as { summary: { articles: number }; cpuMs: number };
            resolve({ cpuS: Math.max(cpu, last.cpuMs / 1000), firstSavedS: (first - t0) / 1000, saved: last.summary.articles, wallS: (performance.now() - t0) / 1000 });
          });
        }),
      ),
    );
    const wall = (performance.now() - t0) / 1000;
    sampling = false;
    await sampler;
    await watcher.end();
    const pg1 = postgresCpu();
    let pgCpu = 0;
    for (const [pid, s] of pg1) pgCpu += s - (pg0.get(pid) ?? 0);
    const r2 = (x: number) => Math.round(x * 100) / 100;
    const workerCpu = runs.reduce((n, r) => n + r.cpuS, 0);
    const result = {
      workers,
      articles: K,
      wallS: r2(wall),
      perSecond: r2(K / wall),
      // From the last worker's first saved article to the end: every worker started.
      perSecondAllStarted: r2((K - runs.length) / (wall - Math.max(...runs.map((r) => r.firstSavedS)))),
      firstSavedS: runs.map((r) => r2(r.firstSavedS)),
      savedByWorker: runs.map((r) => r.saved),
      workerCpuS: runs.map((r) => r2(r.cpuS)),
      cpuMsPerArticle: { workers: r2((workerCpu * 1000) / K), postgres: r2((pgCpu * 1000) / K) },
      coresBusy: r2((workerCpu + pgCpu) / wall),
      activeConnections: r2(samples.active / samples.n),
      waitingShare: { identityLock: r2(samples.advisoryWait / Math.max(1, samples.active)), rowLock: r2(samples.otherLockWait / Math.max(1, samples.active)), ioOrLwlock: r2(samples.ioOrCommitWait / Math.max(1, samples.active)) },
      load1: [r2(load0), r2(loadavg()[0]!)],
    };
    results.push(result);
    console.log(JSON.stringify(result));
  } finally {
    await dropScratchDatabase(admin, name);
    await admin.end();
  }
}
