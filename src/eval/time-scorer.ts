import type { EvalOptions, EvalResult } from "./report.js";

/** STUB: the time scorer, to be written. */
export async function scoreTime(opts: EvalOptions): Promise<EvalResult> {
  return { task: "time", data: opts.path, n: 0, precision: 0, recall: 0, f1: 0, table: "not yet implemented", implemented: false };
}
