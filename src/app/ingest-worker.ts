import { hostname } from "node:os";
import { readInput } from "../stages/ingest/read-input.js";
import { runAnalysisTask, type AnalysisResult } from "./analyze-task.js";
import { createAnalysisPool } from "./analysis-pool.js";
import { IN_FLIGHT_PER_JOB } from "./heuristics.js";
import type { Job } from "../store/store.js";
import { saveDocument, type IngestOutcome, type IngestSummary } from "./ingest-articles.js";
import { rawOfPayload, type IngestJobPayload } from "./ingest-queue.js";
import { CLAIM_BATCH, IDLE_POLL_MS, INGEST_JOB_KIND, LEASE_MS } from "./ingest-heuristics.js";
import { openCorpusStore } from "./open-corpus-store.js";
import { pipelineVersion } from "./pipeline-version.js";
import { warmPipeline } from "./analyze-article.js";

export interface WorkerOptions {
  /** The store (a postgres:// URL, or a SQLite path); default from the environment. */
  readonly db?: string;
  /** Stop when no job is pending or running; otherwise run until the signal. */
  readonly untilEmpty: boolean;
  readonly workerId?: string;
  /** Worker threads analysing articles (analysis-pool.ts); 0 (the default) analyses in this thread. */
  readonly jobs?: number;
  readonly timeBudgetMs?: number;
  /** How long a claim lasts without a heartbeat (default LEASE_MS; tests shorten it). */
  readonly leaseMs?: number;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: IngestOutcome) => void;
}

/**
 * A claimed job whose analysis has started: its result, or the error that stopped it before a result
 * (reading or fetching the input: the job goes back to the queue), or "lost" when it was no longer ours.
 */
interface Started {
  readonly job: Job;
  readonly done: Promise<{ readonly result: AnalysisResult } | { readonly error: unknown } | "lost">;
}

/**
 * A queue worker (`sitrep work`): claims articles from the store's job queue (SKIP LOCKED on
 * PostgreSQL), analyses them within their time budget, on `jobs` worker threads side by side or in
 * this thread one after the other, saves each with the same use case as `sitrep ingest` (one
 * transaction), in the order claimed, and marks its job done only once it is saved. Every claimed
 * job's lease is renewed until it is done; a worker that dies loses its jobs when their leases
 * lapse, and another worker takes them. Saving is idempotent on the article (its id comes from its
 * text), so an article taken again after a worker died after saving is stored once.
 *
 * With threads, up to IN_FLIGHT_PER_JOB articles per thread are claimed and analysing at once, and
 * more are claimed whenever half of them are done: the threads never wait for a whole claim to be
 * saved, and a worker holds no more jobs than it can start (others may take the rest).
 */
export async function runWorker(options: WorkerOptions): Promise<IngestSummary> {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}`;
  const leaseMs = options.leaseMs ?? (Number(process.env.SITREP_LEASE_MS) || LEASE_MS);
  const threads = options.jobs ?? 0;
  // Commits without waiting for the WAL flush: the claims, heartbeats, saves and completions were
  // each a flush, and the save's identity lock was held through its own (open-store.ts, asyncCommit).
  const { store, context } = await openCorpusStore({ ...(options.db ? { db: options.db } : {}), pipelineVersion: pipelineVersion(), asyncCommit: true });
  const pool = threads > 0 ? createAnalysisPool(threads) : undefined;
  const pipeline = pool ? undefined : warmPipeline();
  // In this thread: CLAIM_BATCH at a time, as before. With threads: enough to keep each busy.
  const window = pool ? threads * IN_FLIGHT_PER_JOB : CLAIM_BATCH;
  const refill = pool ? Math.max(1, Math.floor(window / 2)) : 0;
  const counts = { articles: 0, new: 0, near: 0, exact: 0, empty: 0, failed: 0, reports: 0 };
  const signal = options.signal;
  const held = new Set<string>();
  const heartbeat = setInterval(() => {
    for (const id of held) void store.heartbeat(id, workerId, leaseMs).catch(() => undefined);
  }, Math.max(100, leaseMs / 3));
  const record = (outcome: IngestOutcome) => {
    counts.articles++;
    counts[outcome.kind]++;
    counts.reports += outcome.reports ?? 0;
    options.onOutcome?.(outcome);
  };
  const start = (job: Job): Started => ({
    job,
    // Never rejects: an error waits, as a value, for its turn in claim order.
    done: (async () => {
      try {
        // Still ours? (a stalled process may have lost it: then another worker has it.)
        if (!(await store.heartbeat(job.id, workerId, leaseMs))) return "lost" as const;
        const payload = job.payload as IngestJobPayload;
        const raw = rawOfPayload(payload) ?? (await readInput(payload.fetch!, payload.read ?? {}));
        const task = { raw, meta: payload.meta, ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}) };
        return { result: pool ? await pool.analyze(task) : await runAnalysisTask(task, pipeline) };
      } catch (error) {
        return { error };
      }
    })(),
  });
  // Claimed and started, oldest first; analysed in this thread, each starts only when the one before is saved.
  const inFlight: Array<{ job: Job; started?: Started }> = [];
  try {
    while (!signal?.aborted) {
      if (inFlight.length <= refill) {
        await store.reclaimExpired();
        const jobs = await store.claim(workerId, window - inFlight.length, leaseMs);
        for (const job of jobs) {
          held.add(job.id);
          inFlight.push(pool ? { job, started: start(job) } : { job });
        }
      }
      if (inFlight.length === 0) {
        if (options.untilEmpty) {
          const c = await store.jobCounts(INGEST_JOB_KIND);
          if (c.pending === 0 && c.running === 0) break;
        }
        await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
        continue;
      }
      const next = inFlight[0]!;
      const { job } = next;
      try {
        const done = await (next.started ?? start(job)).done;
        if (done === "lost" || signal?.aborted) continue;
        const payload = job.payload as IngestJobPayload;
        try {
          if ("error" in done) throw done.error;
          const { result } = done;
          // The article and its job's completion in one transaction: one commit (a WAL flush on
          // PostgreSQL) an article instead of two, and a job is done exactly when its article is saved.
          const outcome: IngestOutcome = result.ok
            ? await store.batch(async (tx) => {
                const saved = await saveDocument(result.document, payload.label, { ...context, store: tx });
                await tx.complete(job.id, workerId);
                return saved;
              })
            : { label: payload.label, kind: "failed", code: result.code, message: result.message };
          if (!result.ok) await store.complete(job.id, workerId);
          record(outcome);
        } catch (e) {
          // Back to the queue while attempts remain (a fetch that failed may work next time).
          await store.fail(job.id, workerId, e instanceof Error ? e.message : String(e)).catch(() => undefined);
          record({ label: job.id, kind: "failed", code: (e as { code?: string }).code ?? "INTERNAL", message: e instanceof Error ? e.message : String(e) });
        }
      } finally {
        inFlight.shift();
        held.delete(job.id);
      }
    }
  } finally {
    clearInterval(heartbeat);
    // Stopped: the jobs not saved stay claimed until their leases lapse, then go to another worker.
    if (pool) await (signal?.aborted ? pool.close().catch(() => undefined) : pool.close());
    await store.close();
  }
  return counts;
}
