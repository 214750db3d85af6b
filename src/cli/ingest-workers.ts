import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SitrepError } from "../core/errors.js";
import { articleInputs } from "../ingest-sources/article-inputs.js";
import { memoryFeedState, fileFeedState } from "../ingest-sources/feed-state.js";
import { jobOf } from "../app/ingest-queue.js";
import { INGEST_JOB_KIND } from "../app/ingest-heuristics.js";
import { openCorpusStore } from "../app/open-corpus-store.js";
import { pipelineVersion } from "../app/pipeline-version.js";
import { addSummary, type IngestSummary } from "../app/ingest-articles.js";
import type { IngestCommandOptions, Settings } from "./ingest-command.js";
import { parseWholeNumber } from "./ingest-command.js";
import { createProgress } from "./progress.js";

/** Jobs written to the queue per statement. */
const ENQUEUE_BATCH = 100;
/** Most worker processes one command starts. */
const MAX_WORKERS = 64;

/**
 * `sitrep ingest --workers N`: puts every article in the store's job queue (a job already there is
 * not added again), then starts N `sitrep work --until-empty` processes on this machine and waits
 * for them; with N = 0 it only enqueues, for workers started elsewhere (`sitrep work`). Prints one
 * JSON line: jobs enqueued, and the workers' summed outcomes.
 */
export async function runQueuedIngest(inputs: readonly string[], options: IngestCommandOptions, settings: Settings): Promise<void> {
  const workers = parseWholeNumber(options.workers, "--workers", 0, MAX_WORKERS)!;
  const started = performance.now();
  const { store } = await openCorpusStore({ ...(options.db ? { db: options.db } : {}), pipelineVersion: pipelineVersion() });
  let enqueued = 0;
  let listed = 0;
  try {
    const feedState = options.feedState ? fileFeedState(options.feedState) : memoryFeedState();
    const commits: Array<() => Promise<void>> = [];
    let batch = [];
    for await (const input of articleInputs(inputs, { feedState, read: settings.read, feedCommits: commits, warn: (l) => process.stderr.write(l) })) {
      try {
        batch.push(await jobOf(input, settings.read));
      } catch (e) {
        if (!(e instanceof SitrepError)) throw e;
        process.stderr.write(`sitrep: ${input.label}: error ${e.code}: ${e.message}\n`);
        continue;
      }
      listed++;
      if (batch.length >= ENQUEUE_BATCH) {
        enqueued += await store.enqueue(batch);
        batch = [];
      }
    }
    if (batch.length) enqueued += await store.enqueue(batch);
    for (const commit of commits) await commit();
  } finally {
    await store.close();
  }
  const total: IngestSummary & { listed: number; enqueued: number; workers: number } = { listed, enqueued, workers, articles: 0, new: 0, near: 0, exact: 0, empty: 0, failed: 0, reports: 0 };
  if (workers > 0) {
    const summaries = await runWorkers(workers, options, settings, enqueued);
    for (const s of summaries) addSummary(total, s);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ ...total, seconds: Math.round(seconds * 10) / 10, perSecond: Math.round((total.articles / Math.max(seconds, 0.001)) * 10) / 10 })}\n`);
  if (total.failed > 0) process.exitCode = 2;
}

/** Starts N worker processes of this CLI (`sitrep work --until-empty`) and collects their summaries. */
async function runWorkers(n: number, options: IngestCommandOptions, settings: Settings, enqueued: number): Promise<Array<Partial<IngestSummary>>> {
  const cli = fileURLToPath(new URL("../../bin/sitrep.js", import.meta.url));
  const progress = process.stderr.isTTY ? createProgress(process.stderr) : undefined;
  progress?.start(enqueued);
  // The N processes share the analysis threads --jobs asks for (default: one a core), at least one each.
  const threads = settings.jobs === 0 ? 0 : Math.max(1, Math.floor(settings.jobs / n));
  const args = ["work", "--until-empty", "--jobs", String(threads), "--time-budget", String(settings.timeBudgetMs), ...(options.db ? ["--db", options.db] : [])];
  const children = Array.from({ length: n }, (_, i) => fork(cli, [...args, "--id", `${process.pid}-w${i + 1}`], { stdio: ["ignore", "pipe", "inherit", "ipc"] }));
  const stop = (signal: NodeJS.Signals) => children.forEach((c) => c.kill(signal));
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  const results = await Promise.all(
    children.map(
      (child) =>
        new Promise<Partial<IngestSummary>>((resolve) => {
          let out = "";
          child.stdout!.on("data", (chunk: Buffer) => {
            out += chunk.toString("utf8");
            // Each finished article is one JSON line from the worker, for the progress line.
            for (const _ of chunk.toString("utf8").matchAll(/"kind":/g)) progress?.tick();
          });
          child.on("exit", () => {
            const last = out.trim().split("\n").filter((l) => l.startsWith('{"summary"')).at(-1);
            resolve(last ? (JSON.parse(last) as { summary: Partial<IngestSummary> }).summary : {});
          });
        }),
    ),
  );
  progress?.stop();
  return results;
}

export { INGEST_JOB_KIND };
