import { Command } from "commander";
import { isSitrepError } from "../core/errors.js";
import { registerExtract } from "./extract-command.js";
import { registerEval } from "./eval-command.js";
import { registerTrain } from "./train-command.js";

// A reader that goes away (`sitrep ... | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const program = new Command()
  .name("sitrep")
  .description("News articles to a sourced, geocoded database of events.")
  .showHelpAfterError();

registerExtract(program);
registerEval(program);
registerTrain(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (isSitrepError(e)) {
    process.stderr.write(`sitrep: error ${e.code}: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
