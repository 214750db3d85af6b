import type { Command } from "commander";

type Registrar = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs: the store, the HTTP server and the feed
 * reader pull in Kysely, Fastify, undici and zod (~0.5 s of CPU together), which `sitrep extract` on one
 * article never needs. Top-level help and unknown commands load them all, so help lists every command.
 */
const LOADERS: Record<string, () => Promise<Registrar>> = {
  extract: async () => (await import("./extract-command.js")).registerExtract,
  eval: async () => (await import("./eval-command.js")).registerEval,
  train: async () => (await import("./train-command.js")).registerTrain,
  export: async () => (await import("./export-command.js")).registerExport,
  ingest: async () => (await import("./ingest-command.js")).registerIngest,
  serve: async () => (await import("./serve-command.js")).registerServe,
};

/** Commands registered by another command's module (its registrar defines several). */
const REGISTERED_BY: Record<string, string> = { watch: "ingest", reprocess: "ingest", work: "ingest" };

/** Order of the commands in the help, as before the table existed. */
const HELP_ORDER = ["extract", "eval", "train", "export", "ingest", "serve"];

/**
 * The registrars a command line needs: the one of its command when the first word that is not an option
 * names one, otherwise all of them. The root command takes no option with a value, so the first word
 * not starting with "-" is the command.
 */
export async function registrarsFor(args: readonly string[]): Promise<Registrar[]> {
  const word = args.find((a) => !a.startsWith("-"));
  if (word === undefined && args.some((a) => a === "-V" || a === "--version")) return [];
  const owner = word === undefined ? undefined : (REGISTERED_BY[word] ?? word);
  const names = owner !== undefined && owner in LOADERS ? [owner] : HELP_ORDER;
  return Promise.all(names.map((name) => LOADERS[name]!()));
}
