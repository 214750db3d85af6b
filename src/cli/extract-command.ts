import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { SitrepError, type ErrorCode, ERROR_CODES } from "../core/errors.js";
import { parsePublishedDate } from "../app/parse-published-date.js";
import { parseOutputFormat, type OutputFormat } from "../app/present/format-documents.js";
import { createDocumentWriter } from "../app/present/document-writer.js";
import { runBatch, type BatchJob } from "../app/run-batch.js";
import type { AnalysisResult, RenderedDocument, RenderSpec } from "../app/analyze-task.js";
import { countManifestLines, parseManifestLine, readManifestLines } from "../app/read-manifest.js";
import { DEFAULT_TIME_BUDGET_MS, SINGLE_INPUT_WORKER_MIN_BYTES } from "../app/heuristics.js";
import { readInput, type ReadOptions } from "../stages/ingest/read-input.js";
import { DEFAULT_MAX_BYTES, MAX_TIMER_MS } from "../stages/ingest/heuristics.js";
import { createProgress, type Progress } from "./progress.js";

export interface ExtractCommandOptions {
  readonly published?: string;
  readonly title?: string;
  /** json | jsonl | table | markdown; default table for one input, jsonl for a batch. */
  readonly format?: string;
  readonly allowPrivate?: boolean;
  readonly timeout?: string;
  readonly maxBytes?: string;
  /** Worker threads for a batch; "0" analyses in the main thread. Default: the number of cores. */
  readonly jobs?: string;
  readonly timeBudget?: string;
  /** A JSON Lines file of articles with their own metadata ("-" for standard input). */
  readonly manifest?: string;
}

/** Most worker threads accepted: more than a few per core only adds memory. */
const MAX_JOBS = 256;

/** Exit status after an interruption: 128 + the signal's number, as shells report it. */
export const INTERRUPTED_EXIT: Readonly<Record<"SIGINT" | "SIGTERM", number>> = { SIGINT: 130, SIGTERM: 143 };

/** `sitrep extract <file|url|-...>`: thin over the batch use case, the presenters and the output writer. */
export function registerExtract(program: Command): void {
  program
    .command("extract [inputs...]")
    .description(
      "extract events, quotes, places and dates from articles (files, http(s) URLs, or - for standard input).\n" +
        "Several inputs (or --manifest) make a batch: each document is written as soon as it and the ones\n" +
        "before it are done, in input order, as JSON Lines (one document a line) unless --format says otherwise;\n" +
        "--format json writes one JSON array. Ctrl-C or SIGTERM stops a batch with the finished documents written\n" +
        "and well formed, and exit status 130 or 143.",
    )
    .option("--published <date>", "publication date of every input (YYYY-MM-DD); relative dates resolve against it")
    .option("--title <title>", "title of every input")
    .option("--format <format>", "json | jsonl | table | markdown (default: table for one input, jsonl for a batch)")
    .option("--manifest <file>", 'JSON Lines of articles, each {"id", "url", "title", "published", and "text" or "html"} (a line with only "url" is fetched); - for standard input')
    .option("--jobs <n>", `worker threads for a batch (default: the number of cores, here ${availableParallelism()}); 0 runs in the main thread`)
    .option("--time-budget <ms>", `time limit of one article's analysis; past it the article is reported empty with ANALYSIS_TIMEOUT (default ${DEFAULT_TIME_BUDGET_MS})`)
    .option("--allow-private", "allow fetching URLs on private, loopback or link-local addresses")
    .option("--timeout <ms>", `time limit for fetching a URL, 1 to ${MAX_TIMER_MS} milliseconds (default 15000)`)
    .option("--max-bytes <n>", `size limit of one input, in bytes (default ${DEFAULT_MAX_BYTES}); for compressed pages, after decoding`)
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      const stop = new AbortController();
      let caught: "SIGINT" | "SIGTERM" | undefined;
      const onSignal = (signal: "SIGINT" | "SIGTERM") => {
        caught ??= signal;
        stop.abort();
      };
      const batch = isBatch(inputs, options);
      // A single article runs to its end (or its time budget); a batch stops cleanly between articles.
      if (batch) {
        process.once("SIGINT", onSignal);
        process.once("SIGTERM", onSignal);
      }
      const progress = batch && process.stderr.isTTY ? createProgress(process.stderr) : undefined;
      const warn = (line: string) => (progress ? progress.log(line) : process.stderr.write(line));
      const summary = await streamExtract(inputs, options, { write: writeStdout, warn, signal: stop.signal, ...(progress ? { progress } : {}) }).finally(() => progress?.stop());
      if (caught) {
        process.stderr.write(`sitrep: error INTERRUPTED: stopped by ${caught} after ${summary.written} document(s); the output holds those, well formed\n`);
        process.exit(INTERRUPTED_EXIT[caught]);
      }
      if (summary.firstCrash) throw summary.firstCrash;
      if (!batch) {
        if (summary.firstError) throw summary.firstError;
        return;
      }
      if (summary.failed > 0) {
        process.stderr.write(`sitrep: ${summary.failed} of ${summary.total} input(s) failed (first: ${summary.firstError?.code}); ${summary.written} document(s) written\n`);
        process.exitCode = 2;
      }
    });
}

/** Writes to standard output, waiting for it to drain when a slow reader leaves it full (backpressure). */
function writeStdout(chunk: string): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once("drain", resolve));
}

export interface ExtractIo {
  write(chunk: string): void | Promise<void>;
  warn(line: string): void;
  signal?: AbortSignal;
  progress?: Progress;
}

export interface ExtractSummary {
  readonly total: number;
  readonly written: number;
  readonly failed: number;
  readonly firstError: SitrepError | undefined;
  /** An exception that is not a SitrepError (a bug), rethrown after the output for the exit status. */
  readonly firstCrash?: unknown;
}

function isBatch(inputs: readonly string[], options: ExtractCommandOptions): boolean {
  return inputs.length > 1 || options.manifest !== undefined;
}

/**
 * Runs the command: checks the options (a usage error throws before any input is read), then
 * analyses every input and writes each document through `io.write` as soon as it is done, in input
 * order. One bad input among many is reported on `io.warn` and skipped; the first error is returned
 * for the exit status. An exception that is not a SitrepError is a bug: in a batch it is reported and
 * skipped the same way (a thousand articles are not lost to one), and returned as `firstCrash`.
 */
export async function streamExtract(inputs: readonly string[], options: ExtractCommandOptions, io: ExtractIo): Promise<ExtractSummary> {
  const batch = isBatch(inputs, options);
  const format: OutputFormat = parseOutputFormat(options.format ?? (batch ? "jsonl" : "table"));
  const timeoutMs = parseWholeNumber(options.timeout, "--timeout", 1, MAX_TIMER_MS);
  const maxBytes = parseWholeNumber(options.maxBytes, "--max-bytes", 1, Number.MAX_SAFE_INTEGER);
  const jobs = parseWholeNumber(options.jobs, "--jobs", 0, MAX_JOBS) ?? availableParallelism();
  const timeBudgetMs = parseWholeNumber(options.timeBudget, "--time-budget", 1, MAX_TIMER_MS) ?? DEFAULT_TIME_BUDGET_MS;
  const published = options.published !== undefined ? parsePublishedDate(options.published) : undefined;
  if (inputs.length === 0 && options.manifest === undefined) throw new SitrepError("BAD_ARGUMENT", "give at least one input (a file, an http(s) URL or -) or --manifest <file>");
  if ([...inputs, options.manifest].filter((i) => i === "-").length > 1) throw new SitrepError("BAD_ARGUMENT", "standard input (-) can be read only once");

  const read: ReadOptions = {
    ...(options.allowPrivate ? { allowPrivate: true } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  };
  const given = { ...(options.title ? { title: options.title } : {}), ...(published ? { published } : {}) };
  // Each document is rendered where it is analysed (a worker thread in a batch): the main thread only reads and writes.
  const render: RenderSpec = { format, batch };
  const inputJobs = inputs.map(
    (input): BatchJob<RenderedDocument> => ({
      label: input,
      load: async () => ({ raw: await readInput(input, read), meta: given, timeBudgetMs, render }),
    }),
  );
  async function* allJobs(): AsyncGenerator<BatchJob<RenderedDocument>> {
    yield* inputJobs;
    if (options.manifest === undefined) return;
    for await (const line of readManifestLines(options.manifest, maxBytes ?? DEFAULT_MAX_BYTES)) {
      yield {
        label: line.where,
        load: async () => {
          const entry = parseManifestLine(line);
          const raw = entry.raw ?? (await readInput(entry.meta.url!, read));
          return { raw, meta: { ...entry.meta, ...given }, timeBudgetMs, render };
        },
      };
    }
  }
  if (io.progress) {
    const manifestLines = options.manifest !== undefined ? await countManifestLines(options.manifest) : 0;
    io.progress.start(manifestLines === undefined ? undefined : inputs.length + manifestLines);
  }

  const out = createDocumentWriter(format, batch, io.write);
  let total = 0;
  let failed = 0;
  let firstError: SitrepError | undefined;
  let firstCrash: unknown;
  try {
    const where = batch ? { jobs } : { jobs: 0, isolateFromBytes: SINGLE_INPUT_WORKER_MIN_BYTES };
    await runBatch(allJobs(), { ...where, ...(io.signal ? { signal: io.signal } : {}) }, async ({ label, result }) => {
      total++;
      io.progress?.tick();
      if (result.ok) {
        const doc = result.document;
        if (doc.empty) io.warn(`sitrep: ${label}: empty result ${doc.empty.code}: ${doc.empty.reason}\n`);
        for (const note of result.notes) io.warn(`sitrep: ${label}: note: ${note}\n`);
        await out.addRendered(doc.text);
        return;
      }
      failed++;
      const error = errorOf(result);
      if (error instanceof SitrepError) {
        if (batch) io.warn(`sitrep: ${label}: error ${error.code}: ${error.message}\n`);
        firstError ??= error;
      } else {
        if (batch) io.warn(`sitrep: ${label}: internal error (a bug; please report it with this input): ${result.message}\n`);
        firstCrash ??= error;
      }
    });
  } finally {
    // Also when the batch stops on an error of its own (a manifest that cannot be read): what was
    // written stays well formed.
    await out.end();
  }
  return { total, written: out.written, failed, firstError, ...(firstCrash !== undefined ? { firstCrash } : {}) };
}

/** The error a result stands for: a SitrepError with its code, or the bug's exception as it was. */
function errorOf(result: Extract<AnalysisResult<unknown>, { ok: false }>): SitrepError | Error {
  if (!result.bug && result.code in ERROR_CODES) return new SitrepError(result.code as ErrorCode, result.detail);
  return result.bug ?? new Error(result.message);
}

/** Runs the command and returns what it prints; throws the error of the first input that fails. */
export async function runExtract(inputs: readonly string[], options: ExtractCommandOptions, warn: (line: string) => void = () => {}): Promise<string> {
  const { output, firstError, firstCrash } = await runExtractBatch(inputs, options, warn);
  if (firstCrash) throw firstCrash;
  if (firstError) throw firstError;
  return output;
}

/** streamExtract with the output collected into a string (for tests and callers that want it whole). */
export async function runExtractBatch(
  inputs: readonly string[],
  options: ExtractCommandOptions,
  warn: (line: string) => void = () => {},
): Promise<{ output: string; firstError: SitrepError | undefined; firstCrash?: unknown }> {
  let output = "";
  const summary = await streamExtract(inputs, options, { write: (chunk) => void (output += chunk), warn });
  return { output, firstError: summary.firstError, ...(summary.firstCrash !== undefined ? { firstCrash: summary.firstCrash } : {}) };
}

function parseWholeNumber(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new SitrepError("BAD_ARGUMENT", `${flag} needs a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}
