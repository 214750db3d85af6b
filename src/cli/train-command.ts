import type { Command } from "commander";

/** STUB: `sitrep train ner`, to be written with the entity model. */
export function registerTrain(program: Command): void {
  program.command("train <model>").description("train a statistical model").action(() => {
    process.stderr.write("not yet\n");
  });
}
