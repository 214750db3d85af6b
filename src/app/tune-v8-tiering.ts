/**
 * The command line's V8 tiering (CLI_INTERRUPT_BUDGET and CLI_MAX_INLINED_BYTECODE_CUMULATIVE in
 * heuristics.ts say why): set once at the
 * start of `sitrep`, before any article runs, for the whole process (V8's flags are the process's:
 * worker threads started later use them too). Not set by the library (`import "sitrep"`): a
 * library does not change its host's engine. Either flag given on node's own command line
 * (`node --interrupt-budget=N bin/sitrep.js`) wins over sitrep's value of it.
 */
import { setFlagsFromString } from "node:v8";
import { CLI_INTERRUPT_BUDGET, CLI_MAX_INLINED_BYTECODE_CUMULATIVE } from "./heuristics.js";

export function tuneV8Tiering(execArgv: readonly string[] = process.execArgv): void {
  const given = (name: string) => execArgv.some((a) => a.startsWith(`--${name}`) || a.startsWith(`--${name.replace(/-/g, "_")}`));
  if (!given("interrupt-budget")) setFlagsFromString(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
  // Less inlining into the large once-an-article functions: cheaper TurboFan compiles (heuristics.ts).
  if (!given("max-inlined-bytecode-size-cumulative")) setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${CLI_MAX_INLINED_BYTECODE_CUMULATIVE}`);
}
