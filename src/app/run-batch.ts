import { createDocument, type DocumentMeta } from "../core/index.js";
import { presentDocument } from "./present/present-document.js";
import { documentResult, resultOfError, runAnalysisTask, type AnalysisResult, type AnalysisTask } from "./analyze-task.js";
import type { DocumentJson } from "./present/document-schema.js";
import { createAnalysisPool, type AnalysisPool } from "./analysis-pool.js";
import { timedOutDocument } from "./timed-out-document.js";
import { IN_FLIGHT_PER_JOB } from "./heuristics.js";

/**
 * One article of a batch: a name for messages, and how to read it (file, standard input, fetch) into a
 * task. D is what a finished document comes back as: its JSON, or its output text (RenderedDocument)
 * when the tasks ask for it (AnalysisTask.render; the caller gives every task of a batch the same).
 */
export interface BatchJob<D = DocumentJson> {
  readonly label: string;
  /**
   * Reads the article's bytes in the main thread (I/O); throws a SitrepError for unusable input. A
   * job the caller could decide without analysis (ingest: a text the store already has) comes back
   * settled, with its result, and takes no worker.
   */
  load(): Promise<AnalysisTask | SettledJob<D>>;
}

/** A job decided without analysis: its result as the caller gives it. */
export interface SettledJob<D = DocumentJson> {
  readonly settled: AnalysisResult<D>;
}

export interface BatchOutcome<D = DocumentJson> {
  readonly label: string;
  readonly result: AnalysisResult<D>;
}

export interface BatchOptions {
  /** Worker threads; 0 analyses in this thread (no hard stop of a stuck stage, for debugging and tests). */
  readonly jobs: number;
  /** Stops the batch: no new article is started, and runBatch returns without waiting for those in flight. */
  readonly signal?: AbortSignal;
  /**
   * With jobs 0: an article of more bytes than this, with a time budget, is analysed on a worker
   * thread all the same (started when first needed), so its budget also stops a stage that runs
   * long (the hard stop of analysis-pool.ts), not only the check between stages.
   */
  readonly isolateFromBytes?: number;
  /** The worker module (tests replace it); analysis-pool.ts's default otherwise. */
  readonly workerFile?: string;
}

/**
 * Runs a batch of articles and hands each outcome to `emit` in input order, as soon as it and every
 * earlier one are done. At most jobs x IN_FLIGHT_PER_JOB articles are read, queued or analysed at a
 * time, and the next is started only once `emit` has taken the oldest (awaiting it, so a slow reader
 * of the output slows the batch instead of filling memory): memory stays flat at any batch size.
 */
export async function runBatch<D = DocumentJson>(jobs: AsyncIterable<BatchJob<D>> | Iterable<BatchJob<D>>, options: BatchOptions, emit: (outcome: BatchOutcome<D>) => void | Promise<void>): Promise<void> {
  const workerFile = options.workerFile !== undefined ? { workerFile: options.workerFile } : {};
  const pool: AnalysisPool | undefined = options.jobs > 0 ? createAnalysisPool(options.jobs, workerFile) : undefined;
  let isolated: AnalysisPool | undefined;
  // What comes back is the document as the tasks ask for it (D): the pool passes the worker's result through.
  const analyze = (task: AnalysisTask): Promise<AnalysisResult<D>> => {
    if (pool) return pool.analyze(task) as Promise<AnalysisResult<D>>;
    if (options.isolateFromBytes !== undefined && task.timeBudgetMs !== undefined && task.raw.bytes.byteLength > options.isolateFromBytes) {
      isolated ??= createAnalysisPool(1, { ...workerFile, warmHtml: false });
      return isolated.analyze(task) as Promise<AnalysisResult<D>>;
    }
    return runAnalysisTask(task) as Promise<AnalysisResult<unknown>> as Promise<AnalysisResult<D>>;
  };
  const limit = Math.max(1, options.jobs) * IN_FLIGHT_PER_JOB;
  const signal = options.signal;

  // Started articles, oldest first; the reader (producer) and the writer (below) run side by side,
  // so a document is written as soon as it is done even while the next input is slow to come.
  const window: Promise<BatchOutcome<D>>[] = [];
  let reading = true;
  let readError: unknown;
  let wakeWriter: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const producer = (async () => {
    try {
      for await (const job of jobs) {
        if (signal?.aborted) return;
        while (window.length >= limit) {
          await unlessStopped(new Promise<void>((resolve) => (wakeReader = resolve)), signal);
          if (signal?.aborted) return;
        }
        window.push(runJob(job, analyze));
        wakeWriter?.();
      }
    } catch (e) {
      readError = e;
    } finally {
      reading = false;
      wakeWriter?.();
    }
  })();
  try {
    for (;;) {
      if (window.length === 0) {
        if (!reading) break;
        await unlessStopped(new Promise<void>((resolve) => (wakeWriter = resolve)), signal);
        if (signal?.aborted) return;
        continue;
      }
      const outcome = await unlessStopped(window[0]!, signal);
      if (!outcome || signal?.aborted) return;
      window.shift();
      wakeReader?.();
      await emit(outcome);
    }
    await producer;
    if (readError !== undefined) throw readError;
  } finally {
    // Stuck or unfinished workers are not waited for when the batch was stopped.
    for (const p of [pool, isolated]) if (p) void (signal?.aborted ? p.close().catch(() => undefined) : await p.close());
  }
}

async function runJob<D>(job: BatchJob<D>, analyze: (task: AnalysisTask) => Promise<AnalysisResult<D>>): Promise<BatchOutcome<D>> {
  let task: AnalysisTask;
  try {
    const loaded = await job.load();
    if ("settled" in loaded) return { label: job.label, result: loaded.settled };
    task = loaded;
  } catch (e) {
    return { label: job.label, result: resultOfError(e) };
  }
  const result = await analyze(task);
  // A worker stopped past the budget sends nothing back: the article is reported empty, as one the
  // worker's own deadline check ended would be, with what the caller knows of it.
  if (!result.ok && result.code === "ANALYSIS_TIMEOUT") {
    const raw = task.raw;
    const origin = raw.url ? { url: raw.url, finalUrl: raw.url, ...(raw.requestedUrl ? { fetchedUrl: raw.requestedUrl } : {}) } : {};
    const meta: DocumentMeta = { source: raw.kind === "stdin" ? "stdin" : raw.locator, ...origin, ...(task.meta ?? {}) };
    const document = timedOutDocument(createDocument("", meta), result.message);
    return { label: job.label, result: documentResult(presentDocument(document), [], task.render) as AnalysisResult<D> };
  }
  return { label: job.label, result };
}

/**
 * A promise's value, or undefined as soon as the batch is stopped. Not Promise.race with one
 * long-lived "stopped" promise: every race would leave a reaction on it holding its outcome (the
 * whole document), so memory would grow with the batch.
 */
function unlessStopped<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | undefined> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
