/**
 * What a worker thread of a batch runs (see analysis-pool.ts), made by a function so that loading this
 * module does nothing: the compiled worker entry (analyze-worker.ts) calls it at once, and the CLI
 * bundle exports it for its own worker entry (analyze-worker-bundled.ts). Making the handler loads the
 * pipeline and runs it once on a short text before the thread takes work (piscina waits for the
 * module), so lazily built resources (the gazetteer) are not charged to the first article's time
 * budget; the handler then analyses one task at a time.
 */
import { workerData } from "node:worker_threads";
import { ingestRaw } from "../stages/ingest/ingest-input.js";
import { decodeBytes } from "../stages/ingest/decode-bytes.js";
import { looksLikeHtml } from "../stages/ingest/detect-html.js";
import { warmPipeline } from "./analyze-article.js";
import { runAnalysisTask, type AnalysisResult, type AnalysisTask, type RenderedDocument } from "./analyze-task.js";
import type { DocumentJson } from "./present/document-schema.js";
import type { AnalysisWorkerData } from "./analysis-pool.js";

export interface WorkerTask extends AnalysisTask {
  /**
   * A cell shared with the parent (a task with a time budget), stamped with the time the task begins
   * (performance.timeOrigin + performance.now(), in ms), so the parent's hard stop counts from then, not
   * from while the task waited for a thread.
   */
  readonly startedAt?: Float64Array;
}

export type AnalysisWorkerHandler = (task: WorkerTask) => Promise<AnalysisResult<DocumentJson | RenderedDocument>>;

/** Whether a task's input may be a page: anything not declared plain text, but an undeclared file that does not look like HTML. */
function mayBePage(raw: AnalysisTask["raw"]): boolean {
  if (raw.contentType === "text/plain") return false;
  if (raw.contentType) return true;
  return looksLikeHtml(decodeBytes(raw.bytes.subarray(0, 4096)).text);
}

export function analysisWorkerHandler(): AnalysisWorkerHandler {
  const pipeline = warmPipeline();
  // The HTML parser and Readability are loaded on the first page: they are loaded, once, before the
  // first task that may be a page starts its clock (the task's budget and the pool's hard stop), so no
  // page pays for them; a batch of plain text never loads them (~0.2-0.4 s of CPU a worker).
  let htmlWarm = (workerData as AnalysisWorkerData | undefined)?.warmHtml === false;
  const warmHtmlFor = (task: AnalysisTask): void => {
    if (htmlWarm || !mayBePage(task.raw)) return;
    htmlWarm = true;
    ingestRaw({ bytes: new TextEncoder().encode("<html><body><p>Officials met in Kabul.</p></body></html>"), locator: "warm-up", kind: "manifest", contentType: "text/html" });
  };
  return async function analyzeInWorker(task: WorkerTask): Promise<AnalysisResult<DocumentJson | RenderedDocument>> {
    warmHtmlFor(task);
    if (task.startedAt) task.startedAt[0] = performance.timeOrigin + performance.now();
    return runAnalysisTask(task, pipeline);
  };
}
