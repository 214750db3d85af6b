/**
 * The worker-thread entry of a batch (see analysis-pool.ts) in the compiled modules (dist/): the
 * handler of analyze-worker-handler.ts, made (the pipeline loaded and warmed) as the module loads.
 * A `sitrep` run from the CLI bundle uses analyze-worker-bundled.ts instead.
 */
import { analysisWorkerHandler } from "./analyze-worker-handler.js";

export type { WorkerTask } from "./analyze-worker-handler.js";

export default analysisWorkerHandler();
