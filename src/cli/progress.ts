import { createRequire } from "node:module";

// cli-progress (and string-width under it) is loaded on the first progress line only: most runs write to
// a pipe or a file and never show one, and loading it costs ~15 ms of a ~0.5 s start.
const load = createRequire(import.meta.url);
type CliProgress = typeof import("cli-progress");

/** A progress line for a batch on an interactive terminal: done/total, articles a second, time left. */
export interface Progress {
  /** Starts the line; the total is unknown for a manifest read from standard input. */
  start(total: number | undefined): void;
  tick(): void;
  /** Writes a message above the line. */
  log(line: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream): Progress {
  const { MultiBar, Presets } = load("cli-progress") as CliProgress;
  const bars = new MultiBar(
    { stream, format: "{bar} {value}/{totalLabel} articles | {rate} articles/s | ETA {eta_formatted}", hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    Presets.shades_classic,
  );
  let bar: ReturnType<InstanceType<CliProgress["MultiBar"]>["create"]> | undefined;
  let total: number | undefined;
  let done = 0;
  const started = Date.now();
  const payload = () => ({ totalLabel: total === undefined ? "?" : String(total), rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
  return {
    start(t) {
      total = t;
      bar = bars.create(t ?? 0, 0, payload());
    },
    tick() {
      done++;
      if (total === undefined || done > total) bar?.setTotal(done);
      bar?.update(done, payload());
    },
    log(line) {
      bars.log(line.endsWith("\n") ? line : `${line}\n`);
    },
    stop() {
      bars.stop();
    },
  };
}
