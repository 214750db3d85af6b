/**
 * The worker-thread entry of a batch (see analysis-pool.ts): loads the pipeline and runs it once on a
 * short text before the thread takes work, so lazily built resources (the gazetteer) are not charged
 * to the first article's time budget; then analyses one task at a time.
 */
import type { MessagePort } from "node:worker_threads";
import { newsPipeline } from "../pipelines/news-pipeline.js";
import { analyzeArticle } from "./analyze-article.js";
import { runAnalysisTask, type AnalysisResult, type AnalysisTask } from "./analyze-task.js";

const pipeline = newsPipeline();
analyzeArticle({ text: "Officials said on Monday that gunmen killed two soldiers in Kabul, Afghanistan.", meta: { published: "2021-10-10" } }, pipeline);

export interface WorkerTask extends AnalysisTask {
  /** Told "started" when the task begins, so the parent starts the hard stop's clock then, not while the task waits. */
  readonly started?: MessagePort;
}

export default async function analyzeInWorker(task: WorkerTask): Promise<AnalysisResult> {
  task.started?.postMessage("started");
  task.started?.close();
  return runAnalysisTask(task, pipeline);
}
