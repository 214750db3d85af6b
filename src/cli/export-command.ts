import type { Writable } from "node:stream";
import type { Command } from "commander";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { eventFilterOf, openStoreReader, parseFormat, parseSubject, writeExport, type ExportCommandOptions, type ExportSummary, type OpenReader } from "../app/export-corpus.js";

export * from "../app/export-corpus.js";


/**
 * The whole command: validates the options before opening anything, opens the store, writes to
 * standard output or to --output (through a temporary file renamed at the end, so an interrupted
 * export never leaves a truncated file under the name asked for), and closes the store.
 */
export async function runExport(subjectArg: string, options: ExportCommandOptions, openReader: OpenReader, stdout: Writable): Promise<ExportSummary> {
  const subject = parseSubject(subjectArg);
  parseFormat(subject, options.format);
  if (subject === "events") eventFilterOf(options);
  const reader = await openReader(options.db);
  try {
    if (!options.output || options.output === "-") return await writeExport(reader, subject, options, stdout);
    const target = options.output;
    const temp = `${target}.partial-${process.pid}`;
    const file = createWriteStream(temp);
    try {
      await new Promise<void>((resolve, reject) => {
        file.once("open", () => resolve());
        file.once("error", reject);
      });
      const summary = await writeExport(reader, subject, options, file, true);
      await rename(temp, target);
      return summary;
    } catch (e) {
      file.destroy();
      await rm(temp, { force: true });
      throw e;
    }
  } finally {
    await reader.close();
  }
}

/** `sitrep export events|quotes|actors`: thin over the store's reader and the pure exporters. */
export function registerExport(program: Command, openReader: OpenReader = openStoreReader): void {
  program
    .command("export <what>")
    .description(
      "write the corpus's events, quotes or actors for other tools (docs/exports.md):\n" +
        "  events  --format csv (ACLED's columns, then sitrep's) | json (JSON Lines of corpus events) | plover (PLOVER JSON Lines) | geojson\n" +
        "  quotes  --format csv | json\n" +
        "  actors  --format csv | json\n" +
        "CSV is RFC 4180, UTF-8 with a byte-order mark, guarded against formula injection.",
    )
    .option("--format <format>", "csv (default), json, plover or geojson (see above)")
    .option("--db <path>", "the SQLite store (default: $SITREP_DB, else ./sitrep.db); $SITREP_DATABASE_URL selects PostgreSQL")
    .option("--from <date>", "events (or quotes) on or after this day, YYYY-MM-DD")
    .option("--to <date>", "events (or quotes) on or before this day, YYYY-MM-DD")
    .option("--country <code>", "events in this country: ISO 3166-1 alpha-2 or alpha-3, or its name (actors: of this country)")
    .option("--type <types>", "events of these PLOVER types, separated by commas (ASSAULT,PROTEST)")
    .option("--actor <text>", "events whose actor or target name contains this (quotes: the speaker; actors: the name)")
    .option("--acled-only", "events: only those with an ACLED event type")
    .option("--output <file>", "write to this file instead of standard output")
    .action(async (what: string, options: ExportCommandOptions) => {
      const summary = await runExport(what, options, openReader, process.stdout);
      if (summary.withoutCoordinates > 0) {
        process.stderr.write(`sitrep: ${summary.withoutCoordinates} event(s) without coordinates left out of the GeoJSON (counted in its "sitrep_without_coordinates" member)\n`);
      }
      if (options.output && options.output !== "-") process.stderr.write(`sitrep: wrote ${summary.records} ${summary.subject} to ${options.output}\n`);
    });
}
