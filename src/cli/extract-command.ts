import type { Command } from "commander";

/** STUB: `sitrep extract`, to be written by the ingest work. */
export function registerExtract(program: Command): void {
  program.command("extract <input>").description("extract events, quotes, places and dates from an article").action(() => {
    process.stderr.write("not yet\n");
  });
}
