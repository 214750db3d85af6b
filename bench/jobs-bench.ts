/**
 * Why `sitrep extract --jobs 2` is not twice `--jobs 1`: the batch as the command runs it
 * (streamExtract over a manifest, JSON Lines written to a sink), at 1 and 2 jobs side by side in one
 * process, with the CPU of each thread read from /proc (Linux): the main thread (reading, receiving
 * the documents, writing), the worker threads (analysis), and the rest (V8's GC helpers, libuv).
 *
 *   node --import tsx bench/jobs-bench.ts
 *   BENCH_JOBS_ARTICLES=600      articles a run (default 600, cycling through the speed set of bench/run.ts)
 *   BENCH_JOBS_ROUNDS=2          rounds of (1 job, 2 jobs), interleaved so a load that comes and goes hits both
 *   BENCH_JOBS_LIST=1,2          job counts of a round
 *   BENCH_JOBS_FROM=dist         run the compiled build (dist/, as bin/sitrep.js does) instead of src/ through tsx
 *
 * The machine is usually shared: wall-clock rates are only comparable within one run, and the CPU
 * figures (what each thread spent, whoever else ran) are the ones to read for where the time goes.
 * Reported, never asserted.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const ARTICLES = Number(process.env.BENCH_JOBS_ARTICLES ?? 600);
const ROUNDS = Number(process.env.BENCH_JOBS_ROUNDS ?? 2);
const FROM = process.env.BENCH_JOBS_FROM === "dist" ? "dist" : "src";
const ROOT = resolve(new URL("..", import.meta.url).pathname);
const JOB_COUNTS = (process.env.BENCH_JOBS_LIST ?? "1,2").split(",").map(Number);
const SAMPLE_EVERY = 10;
const TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

/** bench/run.ts's speed set: the golden articles, then WikiNews texts of GeoVirus up to 200 texts. */
function loadSpeedSet(): string[] {
  const out: string[] = [];
  const golden = join(ROOT, "test/golden");
  for (const slug of readdirSync(golden).sort()) {
    if (existsSync(join(golden, slug, "article.txt"))) out.push(readFileSync(join(golden, slug, "article.txt"), "utf8"));
  }
  const geovirus = resolve(ROOT, process.env.SITREP_EVAL_DATA ?? "../shared/eval", "geoparsing/GeoVirus.xml");
  if (existsSync(geovirus)) {
    const xml = readFileSync(geovirus, "utf8").replace(/<!--[\s\S]*?-->/g, "");
    for (const m of xml.matchAll(/<text>([\s\S]*?)<\/text>/g)) {
      if (out.length >= 200) break;
      out.push(m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
    }
  }
  return out;
}

/** CPU ms of each thread of this process, by thread id. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ");
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

interface RunFigures {
  jobs: number;
  firstDocMs: number;
  wallS: number;
  perSecond: number;
  perSecondSteady: number;
  cpuMsPerArticle: { process: number; main: number; workers: number; other: number };
  secondHalf: { perSecond: number; cpuMsPerArticle: { main: number; workers: number; other: number } };
  workerCpuS: number[];
  mainBusy: number;
  outputMb: number;
}

async function main(): Promise<void> {
  const ext = FROM === "dist" ? "js" : "ts";
  const { streamExtract } = await import(pathToFileURL(join(ROOT, FROM, `cli/extract-command.${ext}`)).href);
  const texts = loadSpeedSet();
  const dir = mkdtempSync(join(tmpdir(), "sitrep-jobs-bench-"));
  const manifest = join(dir, "batch.jsonl");
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) lines.push(JSON.stringify({ id: `a${i}`, published: "2021-10-10", text: texts[i % texts.length] }));
  writeFileSync(manifest, lines.join("\n") + "\n");
  const pid = String(process.pid);
  const results: RunFigures[] = [];
  let reference: string | undefined;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const jobs of JOB_COUNTS) {
        const before = threadCpu();
        const c0 = process.cpuUsage();
        const e0 = performance.eventLoopUtilization();
        const t0 = performance.now();
        let first = 0;
        let last = 0;
        let bytes = 0;
        let out = "";
        const keep = reference === undefined;
        // Worker threads end with the batch, and with them their /proc entries: the last reading
        // taken while they ran stands for each (taken every SAMPLE_EVERY documents).
        const seen = new Map<string, number>();
        const sample = () => {
          for (const [tid, ms] of threadCpu()) seen.set(tid, Math.max(ms, seen.get(tid) ?? 0));
        };
        let docs = 0;
        let half: Map<string, number> | undefined;
        let halfAt = 0;
        await streamExtract([], { manifest, jobs: String(jobs) }, {
          write: (chunk: string) => {
            last = performance.now();
            if (!first) first = last;
            bytes += chunk.length;
            if (++docs % SAMPLE_EVERY === 0 || docs >= ARTICLES - 1) sample();
            if (docs === Math.floor(ARTICLES / 2)) {
              half = new Map(seen);
              halfAt = last;
            }
            if (keep) out += chunk;
            else if (!reference!.startsWith(chunk, bytes - chunk.length)) throw new Error(`the output of --jobs ${jobs} differs from the first run's`);
          },
          warn: () => {},
        });
        if (keep) reference = out;
        sample();
        const after = seen;
        const cpu = process.cpuUsage(c0);
        const elu = performance.eventLoopUtilization(e0);
        // The second half alone: the steady state, past the workers' start-up and the JIT's warm-up.
        const split = (from: Map<string, number>) => {
          let main = 0;
          let workers = 0;
          let other = 0;
          for (const [tid, ms] of after) {
            const spent = ms - (from.get(tid) ?? 0);
            if (tid === pid) main += spent;
            else if (!before.has(tid) && (after.get(tid) ?? 0) - (before.get(tid) ?? 0) > 500) workers += spent;
            else other += spent;
          }
          return { main, workers, other };
        };
        const steadyHalf = split(half ?? before);
        const halfN = ARTICLES - Math.floor(ARTICLES / 2);
        let mainMs = 0;
        let otherMs = 0;
        const workers: number[] = [];
        for (const [tid, ms] of after) {
          const spent = ms - (before.get(tid) ?? 0);
          if (tid === pid) mainMs = spent;
          else if (!before.has(tid) && spent > 500) workers.push(spent);
          else otherMs += spent;
        }
        const wall = (last - t0) / 1000;
        const perArticleN = (ms: number, n: number) => Number((ms / n).toFixed(2));
        const perArticle = (ms: number) => perArticleN(ms, ARTICLES);
        results.push({
          jobs,
          firstDocMs: Math.round(first - t0),
          wallS: Number(wall.toFixed(1)),
          perSecond: Math.round(ARTICLES / wall),
          perSecondSteady: Math.round((ARTICLES - 1) / ((last - first) / 1000)),
          cpuMsPerArticle: { process: perArticle((cpu.user + cpu.system) / 1000), main: perArticle(mainMs), workers: perArticle(workers.reduce((a, b) => a + b, 0)), other: perArticle(otherMs) },
          secondHalf: {
            perSecond: Math.round(halfN / ((last - halfAt) / 1000)),
            cpuMsPerArticle: { main: perArticleN(steadyHalf.main, halfN), workers: perArticleN(steadyHalf.workers, halfN), other: perArticleN(steadyHalf.other, halfN) },
          },
          workerCpuS: workers.map((w) => Number((w / 1000).toFixed(1))),
          mainBusy: Number(elu.utilization.toFixed(2)),
          outputMb: Number((bytes / 1024 / 1024).toFixed(1)),
        });
        const r = results.at(-1)!;
        console.log(
          `--jobs ${r.jobs}: ${r.perSecond}/s with start-up, ${r.perSecondSteady}/s steady (first document after ${r.firstDocMs} ms, ${r.wallS} s); ` +
            `CPU ms an article: process ${r.cpuMsPerArticle.process} = main ${r.cpuMsPerArticle.main} + workers ${r.cpuMsPerArticle.workers} (${r.workerCpuS.join(" + ")} s) + other ${r.cpuMsPerArticle.other}; main thread busy ${Math.round(r.mainBusy * 100)}%; output ${r.outputMb} MB\n` +
            `  second half: ${r.secondHalf.perSecond}/s; CPU ms an article: main ${r.secondHalf.cpuMsPerArticle.main} + workers ${r.secondHalf.cpuMsPerArticle.workers} + other ${r.secondHalf.cpuMsPerArticle.other}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const steady = (jobs: number) => results.filter((r) => r.jobs === jobs).map((r) => r.perSecondSteady);
  const ratios = steady(2).map((two, i) => (two / steady(1)[i]!).toFixed(2));
  console.log(`2 jobs over 1, steady, round by round: ${ratios.join(", ")}x; load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log(JSON.stringify({ from: FROM, articles: ARTICLES, results }));
}

await main();
