import type { Command } from "commander";
import { SitrepError } from "../core/errors.js";
import { extractDocument } from "../app/extract-document.js";
import { parsePublishedDate } from "../app/parse-published-date.js";
import { presentDocument } from "../app/present/present-document.js";
import { formatDocuments, parseOutputFormat } from "../app/present/format-documents.js";
import type { DocumentJson } from "../app/present/document-schema.js";

export interface ExtractCommandOptions {
  readonly published?: string;
  readonly title?: string;
  readonly format: string;
  readonly allowPrivate?: boolean;
  readonly timeout?: string;
  readonly maxBytes?: string;
}

/** `sitrep extract <file|url|-...>`: thin over the extractDocument use case and the presenters. */
export function registerExtract(program: Command): void {
  program
    .command("extract <inputs...>")
    .description("extract events, quotes, places and dates from articles (files, http(s) URLs, or - for standard input)")
    .option("--published <date>", "publication date of the article (YYYY-MM-DD); relative dates resolve against it")
    .option("--title <title>", "title of the article")
    .option("--format <format>", "json | jsonl | table | markdown", "table")
    .option("--allow-private", "allow fetching URLs on private, loopback or link-local addresses")
    .option("--timeout <ms>", "time limit for fetching a URL, in milliseconds")
    .option("--max-bytes <n>", "size limit of one input, in bytes (default 10 MB)")
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      const { output, firstError, firstCrash } = await runExtractBatch(inputs, options, (line) => process.stderr.write(line));
      process.stdout.write(output);
      if (firstCrash) throw firstCrash;
      if (firstError) throw firstError;
    });
}

/** Runs the command and returns what it prints; throws the error of the first input that fails. */
export async function runExtract(inputs: readonly string[], options: ExtractCommandOptions, warn: (line: string) => void = () => {}): Promise<string> {
  const { output, firstError, firstCrash } = await runExtractBatch(inputs, options, warn);
  if (firstCrash) throw firstCrash;
  if (firstError) throw firstError;
  return output;
}

/**
 * Runs the command over every input: one bad input among many is reported (on `warn`) and skipped,
 * so a batch still prints the others; the first error is returned for the exit status. An exception
 * that is not a SitrepError is a bug: in a batch it is reported and skipped the same way (a thousand
 * articles are not lost to one), and returned as `firstCrash` to be rethrown after the output.
 */
export async function runExtractBatch(
  inputs: readonly string[],
  options: ExtractCommandOptions,
  warn: (line: string) => void = () => {},
): Promise<{ output: string; firstError: SitrepError | undefined; firstCrash?: unknown }> {
  const format = parseOutputFormat(options.format);
  const timeoutMs = parsePositiveInteger(options.timeout, "--timeout");
  const maxBytes = parsePositiveInteger(options.maxBytes, "--max-bytes");
  const published = options.published !== undefined ? parsePublishedDate(options.published) : undefined;
  if (inputs.filter((i) => i === "-").length > 1) throw new SitrepError("BAD_ARGUMENT", "standard input (-) can be read only once");
  const docs: DocumentJson[] = [];
  let firstError: SitrepError | undefined;
  let firstCrash: unknown;
  for (const input of inputs) {
    let extracted;
    try {
      extracted = await extractDocument(input, {
        ...(published ? { published } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(options.allowPrivate ? { allowPrivate: true } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
      });
    } catch (e) {
      if (inputs.length === 1) throw e;
      if (e instanceof SitrepError) {
        warn(`sitrep: ${input}: error ${e.code}: ${e.message}\n`);
        firstError ??= e;
      } else {
        warn(`sitrep: ${input}: internal error (a bug; please report it with this input): ${e instanceof Error ? e.message : String(e)}\n`);
        firstCrash ??= e;
      }
      continue;
    }
    const { document, notes } = extracted;
    if (document.empty) warn(`sitrep: ${input}: empty result ${document.empty.code}: ${document.empty.reason}\n`);
    for (const note of notes) warn(`sitrep: ${input}: note: ${note}\n`);
    docs.push(presentDocument(document, { notes }));
  }
  return { output: docs.length ? formatDocuments(docs, format) : "", firstError, ...(firstCrash !== undefined ? { firstCrash } : {}) };
}

function parsePositiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new SitrepError("BAD_ARGUMENT", `${flag} needs a positive whole number, not "${value}"`);
  return Number(value);
}
