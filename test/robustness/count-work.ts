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

export function countBlockExecutions(urlPart: string, run: () => void): number {
  startCountingWork();
  post("Profiler.takePreciseCoverage"); // resets the counters
  run();
  const { result } = post("Profiler.takePreciseCoverage") as { result: { url: string; functions: { ranges: { count: number }[] }[] }[] };
  let total = 0;
  for (const script of result) {
    if (!script.url.includes(urlPart)) continue;
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
  }
  return total;
}
