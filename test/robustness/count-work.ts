import { Session } from "node:inspector";

/**
 * A deterministic measure of the work a piece of code does, for tests that must not time anything:
 * V8's precise coverage counts how many times each function and each block (loop body, branch) of the
 * code ran. The sum of those counts over the source files whose URL contains `urlPart` is the number
 * of JavaScript blocks executed there: a loop over n items adds n, a loop over all pairs adds n².
 * Work done inside built-ins (a regex match, `String.prototype.indexOf`) is not counted; regexes
 * are covered by the ReDoS check (test/redos) instead.
 *
 * Precise coverage is switched on once, before the code under test is first run (V8 then keeps it from
 * running optimised code whose counts would be lost), and stays on for the process.
 */
let session: Session | null = null;

function post(method: string, params?: object): unknown {
  let result: unknown;
  let error: Error | null = null;
  session!.post(method, params ?? {}, (e, r) => {
    error = e;
    result = r;
  });
  if (error) throw error;
  return result;
}

/** Call before the code to measure is loaded or run for the first time. */
export function startCountingWork(): void {
  if (session) return;
  session = new Session();
  session.connect();
  post("Profiler.enable");
  post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });
}

/** Blocks executed by `run`, per script URL. */
export function countBlockExecutionsByScript(run: () => void): Map<string, number> {
  startCountingWork();
  post("Profiler.takePreciseCoverage"); // resets the counters
  run();
  const { result } = post("Profiler.takePreciseCoverage") as { result: { url: string; functions: { ranges: { count: number }[] }[] }[] };
  const out = new Map<string, number>();
  for (const script of result) {
    let total = 0;
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
    if (total > 0) out.set(script.url, total);
  }
  return out;
}

/** Blocks executed by `run` in the scripts whose URL contains `urlPart`. */
export function countBlockExecutions(urlPart: string, run: () => void): number {
  let total = 0;
  for (const [url, count] of countBlockExecutionsByScript(run)) if (url.includes(urlPart)) total += count;
  return total;
}
