import type { EvalOptions, EvalResult } from "./report.js";

/** STUB: the quotes scorer, to be written. */
export async function scoreQuotes(opts: EvalOptions): Promise<EvalResult> {
  return { task: "quotes", data: opts.path, n: 0, precision: 0, recall: 0, f1: 0, table: "not yet implemented", implemented: false };
}
