/**
 * The worker-thread entry of a batch when `sitrep` runs from its bundle (bin/sitrep.js): the worker
 * loads the same CLI bundle through the same V8 code cache as the main thread
 * (src/cli/load-code-cached-script.ts; the cache holds the pipeline's functions, compiled by the
 * build's run of the examples) and takes the handler it exports (src/cli/run-cli.ts). The compiled
 * modules (analyze-worker.ts) were ~300 files resolved, read and compiled one by one in every worker
 * thread: about 0.25 s more CPU a worker's start.
 */
import { fileURLToPath } from "node:url";
import { loadCodeCachedScript } from "../cli/load-code-cached-script.js";
import type { AnalysisWorkerHandler } from "./analyze-worker-handler.js";

const cli = loadCodeCachedScript(fileURLToPath(new URL("../bundle/cli.cjs", import.meta.url)), fileURLToPath(new URL("../cache/cli-code-cache.bin", import.meta.url)));
const handler: AnalysisWorkerHandler = await (cli.exports as { analysisWorkerHandler(): Promise<AnalysisWorkerHandler> }).analysisWorkerHandler();

export default handler;
