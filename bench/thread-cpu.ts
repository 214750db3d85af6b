/**
 * CPU time of each thread of this process (Linux /proc), by thread id with its name: what the main
 * thread, an analysis worker thread and V8's helper threads (JIT compilers, GC) each spent.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface ThreadCpu {
  readonly tid: string;
  readonly name: string;
  readonly ms: number;
}

const TICK_MS = 10; // USER_HZ = 100 on Linux

export function threadCpu(): ThreadCpu[] {
  const out: ThreadCpu[] = [];
  let tids: string[] = [];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const name = readFileSync(`/proc/self/task/${tid}/comm`, "utf8").trim();
      out.push({ tid, name, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}
