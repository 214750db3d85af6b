/**
 * The worker-thread entry of a batch (see analysis-pool.ts): loads the pipeline and runs it once on a
 * short text before the thread takes work (piscina waits for this module), so lazily built resources
 * (the gazetteer, the HTML parser) are not charged to the first article's time budget; then analyses
 * one task at a time.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { ingestRaw } from "../stages/ingest/ingest-input.js";
import { warmPipeline } from "./analyze-article.js";
import { runAnalysisTask, type AnalysisResult, type AnalysisTask, type RenderedDocument } from "./analyze-task.js";
import type { DocumentJson } from "./present/document-schema.js";
import type { AnalysisWorkerData } from "./analysis-pool.js";

const pipeline = warmPipeline();
// The HTML parser and Readability are loaded on the first page: load them here, for the same reason
// (unless the pool says its one article is plain text).
if ((workerData as AnalysisWorkerData | undefined)?.warmHtml !== false) {
  ingestRaw({ bytes: new TextEncoder().encode("<html><body><p>Officials met in Kabul.</p></body></html>"), locator: "warm-up", kind: "manifest", contentType: "text/html" });
}

export interface WorkerTask extends AnalysisTask {
  /** Told "started" when the task begins, so the parent starts the hard stop's clock then, not while the task waits. */
  readonly started?: MessagePort;
}

export default async function analyzeInWorker(task: WorkerTask): Promise<AnalysisResult<DocumentJson | RenderedDocument>> {
  task.started?.postMessage("started");
  task.started?.close();
  return runAnalysisTask(task, pipeline);
}
