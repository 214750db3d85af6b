import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { SitrepError } from "../core/errors.js";
import { EVAL_TASKS, evalDataRoot } from "../eval/tasks.js";
import { printResult } from "../eval/report.js";

export function registerEval(program: Command): void {
  program
    .command("eval <task> [path]")
    .description(`score a stage against a gold corpus; tasks: ${EVAL_TASKS.map((t) => t.name).join(", ")}`)
    .option("--gold <dir>", "gold folder, for layouts where the raw input and the gold sit apart")
    .option("--predictions <file>", "write the predictions to this file")
    .option("--limit <n>", "score only the first n documents", (v) => Number.parseInt(v, 10))
    .option("--errors <n>", "print n errors drawn uniformly (document, gold, predicted, evidence sentence)", (v) => Number.parseInt(v, 10))
    .option("--seed <n>", "seed of the error sample (default 6)", (v) => Number.parseInt(v, 10))
    .action(async (taskName: string, path: string | undefined, opts: { gold?: string; predictions?: string; limit?: number; errors?: number; seed?: number }) => {
      const task = EVAL_TASKS.find((t) => t.name === taskName);
      if (!task) throw new SitrepError("BAD_ARGUMENT", `unknown task "${taskName}"; one of ${EVAL_TASKS.map((t) => t.name).join(", ")}`);
      const resolved = path ?? join(evalDataRoot(), task.defaultPaths[0]!);
      if (!existsSync(resolved)) throw new SitrepError("EVAL_DATA_MISSING", resolved);
      const scorer = await task.load();
      for (const [name, value] of [["--errors", opts.errors], ["--seed", opts.seed]] as const) {
        if (value !== undefined && !(Number.isInteger(value) && value >= 0)) throw new SitrepError("BAD_ARGUMENT", `${name} wants a whole number >= 0`);
      }
      printResult(await scorer({ path: resolved, gold: opts.gold, predictions: opts.predictions, limit: opts.limit, errors: opts.errors, seed: opts.seed }));
    });
}
