/**
 * The command line's V8 tiering (CLI_INTERRUPT_BUDGET in heuristics.ts says why): set once at the
 * start of `sitrep`, before any article runs, for the whole process (V8's flags are the process's:
 * worker threads started later use them too). Not set by the library (`import "sitrep"`): a
 * library does not change its host's engine. A budget given on node's own command line
 * (`node --interrupt-budget=N bin/sitrep.js`) wins.
 */
import { setFlagsFromString } from "node:v8";
import { CLI_INTERRUPT_BUDGET } from "./heuristics.js";

export function tuneV8Tiering(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((a) => a.startsWith("--interrupt-budget") || a.startsWith("--interrupt_budget"))) return;
  setFlagsFromString(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
}
