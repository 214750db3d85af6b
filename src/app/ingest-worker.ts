import { hostname } from "node:os";
import { readInput } from "../stages/ingest/read-input.js";
import { runAnalysisTask, type AnalysisResult } from "./analyze-task.js";
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
  readonly timeBudgetMs?: number;
  /** How long a claim lasts without a heartbeat (default LEASE_MS; tests shorten it). */
  readonly leaseMs?: number;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: IngestOutcome) => void;
}

/**
 * A queue worker (`sitrep work`): claims a few articles at a time from the store's job queue (SKIP
 * LOCKED on PostgreSQL), analyses each in this process within its time budget, saves it with the
 * same use case as `sitrep ingest` (one transaction), and marks the job done. The lease is renewed
 * while the article is worked on; a worker that dies loses its jobs when their leases lapse, and
 * another worker takes them. Saving is idempotent on the article (its id comes from its text), so
 * an article taken again after a worker died after saving is stored once.
 */
export async function runWorker(options: WorkerOptions): Promise<IngestSummary> {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}`;
  const leaseMs = options.leaseMs ?? (Number(process.env.SITREP_LEASE_MS) || LEASE_MS);
  const { store, context } = await openCorpusStore({ ...(options.db ? { db: options.db } : {}), pipelineVersion: pipelineVersion() });
  const pipeline = warmPipeline();
  const counts = { articles: 0, new: 0, near: 0, exact: 0, empty: 0, failed: 0, reports: 0 };
  const signal = options.signal;
  try {
    while (!signal?.aborted) {
      await store.reclaimExpired();
      const jobs = await store.claim(workerId, CLAIM_BATCH, leaseMs);
      if (jobs.length === 0) {
        if (options.untilEmpty) {
          const c = await store.jobCounts(INGEST_JOB_KIND);
          if (c.pending === 0 && c.running === 0) break;
        }
        await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
        continue;
      }
      // Every claimed job's lease is renewed until it is done, the ones waiting their turn too: a
      // lease that lapsed while an earlier article was analysed would hand the job to another worker.
      const held = new Set(jobs.map((j) => j.id));
      const heartbeat = setInterval(() => {
        for (const id of held) void store.heartbeat(id, workerId, leaseMs).catch(() => undefined);
      }, Math.max(100, leaseMs / 3));
      try {
        for (const job of jobs) {
          if (signal?.aborted) break;
          // Still ours? (a stalled process may have lost it: then another worker has it.)
          if (!(await store.heartbeat(job.id, workerId, leaseMs))) {
            held.delete(job.id);
            continue;
          }
          try {
            const payload = job.payload as IngestJobPayload;
            const raw = rawOfPayload(payload) ?? (await readInput(payload.fetch!, payload.read ?? {}));
            const result: AnalysisResult = await runAnalysisTask({ raw, meta: payload.meta, ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}) }, pipeline);
            const outcome: IngestOutcome = result.ok ? await saveDocument(result.document, payload.label, context) : { label: payload.label, kind: "failed", code: result.code, message: result.message };
            counts.articles++;
            counts[outcome.kind]++;
            counts.reports += outcome.reports ?? 0;
            options.onOutcome?.(outcome);
            await store.complete(job.id, workerId);
          } catch (e) {
            await store.fail(job.id, workerId, e instanceof Error ? e.message : String(e)).catch(() => undefined);
            counts.articles++;
            counts.failed++;
            options.onOutcome?.({ label: job.id, kind: "failed", code: (e as { code?: string }).code ?? "INTERNAL", message: e instanceof Error ? e.message : String(e) });
          } finally {
            held.delete(job.id);
          }
        }
      } finally {
        clearInterval(heartbeat);
      }
    }
  } finally {
    await store.close();
  }
  return counts;
}
