import type { EvalOptions, EvalResult } from "./report.js";

/** STUB: the geo scorer, to be written. */
export async function scoreGeo(opts: EvalOptions): Promise<EvalResult> {
  return { task: "geo", data: opts.path, n: 0, precision: 0, recall: 0, f1: 0, table: "not yet implemented", implemented: false };
}
