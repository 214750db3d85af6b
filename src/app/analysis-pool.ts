import { createRequire } from "node:module";
import type { AnalysisResult, AnalysisTask, RenderedDocument, RenderSpec } from "./analyze-task.js";
import type { DocumentJson } from "./present/document-schema.js";
import type { WorkerTask } from "./analyze-worker-handler.js";
import { HARD_STOP_GRACE_MS, WORKER_MAX_OLD_GENERATION_MB, WORKER_MAX_YOUNG_GENERATION_MB } from "./heuristics.js";

export interface AnalysisPool {
  /**
   * Analyses one task on a worker thread; never rejects: failures come back as results with a code.
   * The document comes back as its JSON, or as its output text for a task with `render`.
   */
  analyze(task: AnalysisTask & { readonly render: RenderSpec }): Promise<AnalysisResult<RenderedDocument>>;
  analyze(task: AnalysisTask): Promise<AnalysisResult>;
  close(): Promise<void>;
}

/**
 * Worker threads that analyse articles (piscina). A task past its time budget is normally ended by
 * the worker's own deadline check between stages; one stuck inside a stage is stopped HARD_STOP_GRACE_MS
 * later by terminating its thread, which piscina replaces, and comes back as ANALYSIS_TIMEOUT. The
 * clock starts when the worker begins the task, not while it waits for a free thread.
 */
export interface AnalysisPoolOptions {
  /** The worker module (tests use one that never returns, to check the hard stop). */
  readonly workerFile?: string;
  /**
   * Whether each worker loads the HTML parser before its first task that may be a page, outside that
   * task's time budget and hard stop (default true): pages should not pay for it within their budget,
   * and a batch of plain text (a JSON Lines manifest of texts) never loads it. false: only when a page
   * needs it, within its budget.
   */
  readonly warmHtml?: boolean;
}

/** What a worker thread is told at its start (worker_threads.workerData). */
export interface AnalysisWorkerData {
  readonly warmHtml: boolean;
}

// piscina is loaded when a pool is made: one article in the main thread (`--jobs 0`, a library call) never
// needs it.
const load = createRequire(import.meta.url);

export function createAnalysisPool(threads: number, options: AnalysisPoolOptions = {}): AnalysisPool {
  const { Piscina } = load("piscina") as typeof import("piscina");
  const workerData: AnalysisWorkerData = { warmHtml: options.warmHtml ?? true };
  const pool = new Piscina({
    filename: options.workerFile ?? workerEntry(),
    workerData,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_MAX_YOUNG_GENERATION_MB },
  });
  // One implementation for both signatures: the worker sends back what the task asked for.
  const analyze = async (task: AnalysisTask): Promise<AnalysisResult<DocumentJson | RenderedDocument>> => {
    const stop = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let workerTask: WorkerTask = task;
    if (task.timeBudgetMs !== undefined) {
      // The hard stop's clock starts when the worker begins the task, which stamps the time in a shared
      // cell (no MessageChannel a task: making, transferring and closing one cost ~0.05 ms of CPU a task).
      // The timer is armed now and, while the task has not begun or its time is not up, armed again for
      // the rest: it fires `limit` ms after the start, as a timer started by a message then would.
      const limit = task.timeBudgetMs + HARD_STOP_GRACE_MS;
      const startedAt = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT));
      workerTask = { ...task, startedAt };
      const check = (): void => {
        const started = startedAt[0]!;
        const left = started === 0 ? limit : started + limit - (performance.timeOrigin + performance.now());
        if (left <= 0) stop.abort();
        else timer = setTimeout(check, left);
      };
      timer = setTimeout(check, limit);
    }
    try {
      return (await pool.run(workerTask, { signal: stop.signal })) as AnalysisResult<DocumentJson | RenderedDocument>;
    } catch (e) {
      if (stop.signal.aborted) {
        return { ok: false, code: "ANALYSIS_TIMEOUT", message: `the analysis took longer than its time budget of ${task.timeBudgetMs} ms; its worker thread was stopped` };
      }
      return { ok: false, code: "WORKER_FAILED", message: e instanceof Error ? e.message : String(e) };
    } finally {
      clearTimeout(timer);
    }
  };
  return { analyze: analyze as AnalysisPool["analyze"], close: () => pool.destroy() };
}

/** The worker entry a process running from the CLI bundle uses (useBundledAnalysisWorker), else none. */
let bundledWorkerEntry: string | undefined;

/**
 * Called by bin/sitrep.js (through runCli) when it runs the CLI bundle: pools made from then on start
 * their threads from `entry` (analyze-worker-bundled.js), which loads the same bundle through its code
 * cache, instead of the compiled modules one by one.
 */
export function useBundledAnalysisWorker(entry: string): void {
  bundledWorkerEntry = entry;
}

/**
 * The worker module: the bundle's entry when the process runs the bundle; else the compiled
 * analyze-worker.js beside this one in a build, or, when running from the TypeScript sources, a small
 * bootstrap that registers tsx inside the thread first.
 */
function workerEntry(): string {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new URL("./analyze-worker-dev.mjs", here).href;
  return bundledWorkerEntry ?? new URL("./analyze-worker.js", here).href;
}
