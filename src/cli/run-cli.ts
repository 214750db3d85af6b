import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { isSitrepError } from "../core/errors.js";
import { registrarsFor } from "./command-table.js";
import { tuneV8Tiering } from "../app/tune-v8-tiering.js";
import { useBundledAnalysisWorker } from "../app/analysis-pool.js";
import type { AnalysisWorkerHandler } from "../app/analyze-worker-handler.js";

/** Exit status of every error sitrep reports on purpose, usage errors included (docs/errors.md). */
const ERROR_EXIT = 2;

/**
 * The command line: `argv` as process.argv has it (node, the script, then the arguments). A function
 * rather than a module's top-level code so that the build can also bundle the CLI as one CommonJS
 * script (scripts/bundle-cli.js), which has no top-level await; src/cli/main.ts calls it.
 */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<void> {
  if (options.analysisWorker) useBundledAnalysisWorker(options.analysisWorker);
  // Before any article runs: fewer, later optimisations of code that is barely warm (heuristics.ts).
  tuneV8Tiering();
  // A reader that goes away (`sitrep ... | head`) is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });

  const program = new Command()
    .name("sitrep")
    .description("News articles to a sourced, geocoded database of events.")
    .version(packageVersion(), "-V, --version", "print the version and exit")
    // Commander's own usage errors (unknown option, missing argument) come back as exceptions, so they
    // are reported like every other error, with a stable code and status 2, instead of its status 1.
    .exitOverride()
    .configureOutput({ outputError: () => undefined });

  for (const register of await registrarsFor(argv.slice(2))) register(program);

  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version also end through here, with status 0.
      if (e.exitCode !== 0) {
        process.stderr.write(`sitrep: error BAD_ARGUMENT: ${e.message.replace(/^error: /, "")} (see sitrep --help)\n`);
        process.exitCode = ERROR_EXIT;
      }
    } else if (isSitrepError(e)) {
      process.stderr.write(`sitrep: error ${e.code}: ${e.message}\n`);
      process.exitCode = ERROR_EXIT;
    } else {
      throw e;
    }
  }
}

export interface RunCliOptions {
  /**
   * The worker-thread entry of batches (src/app/analyze-worker-bundled.ts), given by bin/sitrep.js when
   * it runs this CLI as the bundle: the worker threads then load the bundle too.
   */
  readonly analysisWorker?: string;
}

/**
 * The handler of an analysis worker thread (src/app/analyze-worker-handler.ts), for the worker entry
 * that loads this bundle (src/app/analyze-worker-bundled.ts); imported only there, on call.
 */
export async function analysisWorkerHandler(): Promise<AnalysisWorkerHandler> {
  return (await import("../app/analyze-worker-handler.js")).analysisWorkerHandler();
}

function packageVersion(): string {
  // package.json sits two levels up both from src/cli (tsx) and from dist/cli (the build).
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
