import type { EvalOptions, EvalResult } from "./report.js";

/** STUB: the incidents scorer, to be written. */
export async function scoreIncidents(opts: EvalOptions): Promise<EvalResult> {
  return { task: "incidents", data: opts.path, n: 0, precision: 0, recall: 0, f1: 0, table: "not yet implemented", implemented: false };
}
