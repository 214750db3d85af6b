import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { SitrepError } from "../core/errors.js";
import { DEFAULT_TIME_BUDGET_MS } from "../app/heuristics.js";
import { addSummary, ingestArticles, type IngestOutcome, type IngestSummary } from "../app/ingest-articles.js";
import { pipelineVersion } from "../app/pipeline-version.js";
import { articleInputs } from "../ingest-sources/article-inputs.js";
import { fileFeedState, memoryFeedState } from "../ingest-sources/feed-state.js";
import { readFeedsFile, watchFeeds } from "../ingest-sources/watch-feeds.js";
import { DEFAULT_POLL_INTERVAL_S } from "../ingest-sources/heuristics.js";
import { countManifestLines } from "../app/read-manifest.js";
import { listArticleFiles } from "../ingest-sources/list-article-files.js";
import { DEFAULT_MAX_BYTES, MAX_TIMER_MS } from "../stages/ingest/heuristics.js";
import type { ReadOptions } from "../stages/ingest/read-input.js";
import { openCorpusStore } from "../app/open-corpus-store.js";
import { INTERRUPTED_EXIT } from "./extract-command.js";
import { createProgress, type Progress } from "./progress.js";
import { stat } from "node:fs/promises";

export interface IngestCommandOptions {
  readonly db?: string;
  readonly jobs?: string;
  readonly workers?: string;
  readonly timeBudget?: string;
  readonly allowPrivate?: boolean;
  readonly timeout?: string;
  readonly maxBytes?: string;
  readonly feedState?: string;
}

const MAX_JOBS = 256;

/** `sitrep ingest`, `sitrep watch`, `sitrep reprocess` and `sitrep work`: thin over the ingest use case. */
export function registerIngest(program: Command): void {
  const common = (c: Command) =>
    c
      .option("--db <path>", "the store: a SQLite file (default: SITREP_DB or ./sitrep.db), or a postgres:// URL (default: SITREP_DATABASE_URL when set)")
      .option("--jobs <n>", `worker threads analysing articles (default: the number of cores, here ${availableParallelism()}); 0 runs in the main thread`)
      .option("--time-budget <ms>", `time limit of one article's analysis (default ${DEFAULT_TIME_BUDGET_MS})`)
      .option("--allow-private", "allow fetching URLs on private, loopback or link-local addresses")
      .option("--timeout <ms>", `time limit for fetching a URL, 1 to ${MAX_TIMER_MS} milliseconds (default 15000)`)
      .option("--max-bytes <n>", `size limit of one input, in bytes (default ${DEFAULT_MAX_BYTES})`);
  common(
    program
      .command("ingest [inputs...]")
      .description(
        "put articles into the corpus store: files and folders of text and HTML, JSON Lines manifests (.jsonl),\n" +
          "RSS/Atom feeds and single http(s) URLs. An exact duplicate adds its URL to the article already stored; a\n" +
          "near-duplicate is stored linked to its original, its events joined to the original's; re-running adds\n" +
          "nothing. Prints a summary as one JSON line. See docs/ingest.md.",
      )
      .option("--workers <n>", "PostgreSQL: put the articles in the store's job queue and run N worker processes (0: only enqueue, for `sitrep work` on other machines)")
      .option("--feed-state <file>", "where feeds' ETags, Last-Modified and seen items are kept between runs (default: none, every feed is read whole)"),
  ).action(async (inputs: string[], options: IngestCommandOptions) => {
    if (inputs.length === 0) throw new SitrepError("BAD_ARGUMENT", "give at least one input: a file, a folder, a manifest (.jsonl), a feed or an http(s) URL");
    const settings = parseSettings(options);
    if (options.workers !== undefined) {
      const { runQueuedIngest } = await import("./ingest-workers.js");
      await runQueuedIngest(inputs, options, settings);
      return;
    }
    await runInProcess(options, settings, async (run) => {
      const feedState = options.feedState ? fileFeedState(options.feedState) : memoryFeedState();
      const commits: Array<() => Promise<void>> = [];
      run.progress?.start(await countInputs(inputs));
      const summary = await run.ingest(articleInputs(inputs, { feedState, read: settings.read, warn: run.warn, feedCommits: commits }));
      if (!run.signal.aborted) for (const commit of commits) await commit();
      return summary;
    });
  });

  common(
    program
      .command("watch <feeds>")
      .description("poll the feeds listed in a file (one URL a line) on an interval and ingest their new items; Ctrl-C or SIGTERM stops it cleanly")
      .option("--interval <s>", `seconds between two polls of a feed (default ${DEFAULT_POLL_INTERVAL_S})`)
      .option("--feed-state <file>", "where feeds' ETags, Last-Modified and seen items are kept (default: <db>.feeds.json, or sitrep-feeds.json for PostgreSQL)"),
  ).action(async (feedsFile: string, options: IngestCommandOptions & { interval?: string }) => {
    const settings = parseSettings(options);
    const intervalS = parseWholeNumber(options.interval, "--interval", 1, MAX_TIMER_MS / 1000) ?? DEFAULT_POLL_INTERVAL_S;
    const feeds = await readFeedsFile(feedsFile);
    const statePath = options.feedState ?? (options.db && !/^postgres/i.test(options.db) ? `${options.db}.feeds.json` : process.env.SITREP_DATABASE_URL ? "sitrep-feeds.json" : `${process.env.SITREP_DB || "./sitrep.db"}.feeds.json`);
    await runInProcess(options, settings, async (run) => {
      const total: IngestSummary = { articles: 0, new: 0, near: 0, exact: 0, empty: 0, failed: 0, reports: 0 };
      await watchFeeds({
        feeds,
        feedState: fileFeedState(statePath),
        read: settings.read,
        intervalMs: intervalS * 1000,
        signal: run.signal,
        ingest: async (_feed, items) => {
          const summary = await run.ingest((async function* () { yield* items; })());
          addSummary(total, summary);
        },
        onPoll: (e) => run.warn(`sitrep: ${e.feed}: ${e.outcome === "error" ? `error ${e.error?.code}: ${e.error?.message}` : e.outcome === "items" ? `${e.items} new item(s)` : "nothing new"}; next poll in ${Math.round(e.nextInMs / 1000)} s\n`),
      });
      return total;
    });
  });

  common(program.command("reprocess").description("re-analyse the stored articles whose pipeline version differs from this one (analysts' corrections are kept)")).action(
    async (options: IngestCommandOptions) => {
      const settings = parseSettings(options);
      const { reprocessArticles } = await import("../app/reprocess-articles.js");
      await runInProcess(options, settings, async (run) => reprocessArticles(run.store, { ...run.context, signal: run.signal, onOutcome: run.onOutcome, jobs: settings.jobs, timeBudgetMs: settings.timeBudgetMs }, run.progress));
    },
  );

  program
    .command("work")
    .description("a queue worker: claim articles from the PostgreSQL store's job queue (SITREP_DATABASE_URL or --db), analyse and store them; runs until stopped, or until the queue is empty with --until-empty")
    .option("--db <url>", "the store (a postgres:// URL; default SITREP_DATABASE_URL)")
    .option("--until-empty", "stop when no job is pending or running")
    .option("--id <name>", "this worker's name in the queue (default host:pid)")
    .option("--jobs <n>", `worker threads analysing articles (default: the number of cores, here ${availableParallelism()}); 0 analyses in the main thread, one article after the other`)
    .option("--time-budget <ms>", `time limit of one article's analysis (default ${DEFAULT_TIME_BUDGET_MS})`)
    .action(async (options: { db?: string; untilEmpty?: boolean; id?: string; jobs?: string; timeBudget?: string }) => {
      const { runWorker } = await import("../app/ingest-worker.js");
      const timeBudgetMs = parseWholeNumber(options.timeBudget, "--time-budget", 1, MAX_TIMER_MS) ?? DEFAULT_TIME_BUDGET_MS;
      const jobs = parseWholeNumber(options.jobs, "--jobs", 0, MAX_JOBS) ?? availableParallelism();
      const stop = new AbortController();
      process.once("SIGINT", () => stop.abort());
      process.once("SIGTERM", () => stop.abort());
      // One JSON line per article as it is stored (a log, and the parent's progress), then the summary.
      const summary = await runWorker({
        ...(options.db ? { db: options.db } : {}),
        untilEmpty: options.untilEmpty === true,
        ...(options.id ? { workerId: options.id } : {}),
        jobs,
        timeBudgetMs,
        signal: stop.signal,
        onOutcome: (o) => process.stdout.write(`${JSON.stringify({ label: o.label, kind: o.kind, ...(o.articleId ? { articleId: o.articleId } : {}), ...(o.code ? { code: o.code } : {}) })}\n`),
      });
      const cpu = process.cpuUsage();
      process.stdout.write(`${JSON.stringify({ summary, cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}\n`);
    });
}

export interface Settings {
  readonly jobs: number;
  readonly timeBudgetMs: number;
  readonly read: ReadOptions;
}

export function parseSettings(options: IngestCommandOptions): Settings {
  const timeoutMs = parseWholeNumber(options.timeout, "--timeout", 1, MAX_TIMER_MS);
  const maxBytes = parseWholeNumber(options.maxBytes, "--max-bytes", 1, Number.MAX_SAFE_INTEGER);
  return {
    jobs: parseWholeNumber(options.jobs, "--jobs", 0, MAX_JOBS) ?? availableParallelism(),
    timeBudgetMs: parseWholeNumber(options.timeBudget, "--time-budget", 1, MAX_TIMER_MS) ?? DEFAULT_TIME_BUDGET_MS,
    read: { ...(options.allowPrivate ? { allowPrivate: true } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...(maxBytes !== undefined ? { maxBytes } : {}) },
  };
}

interface Run {
  readonly store: Awaited<ReturnType<typeof openCorpusStore>>["store"];
  readonly context: Awaited<ReturnType<typeof openCorpusStore>>["context"];
  readonly signal: AbortSignal;
  readonly progress: Progress | undefined;
  warn(line: string): void;
  onOutcome(outcome: IngestOutcome): void;
  ingest(inputs: AsyncIterable<import("../ingest-sources/article-inputs.js").ArticleInput>): Promise<IngestSummary>;
}

/**
 * Opens the store, runs `body` with Ctrl-C/SIGTERM wired to a clean stop and a progress line on a
 * terminal, prints the summary as one JSON line, closes the store, and exits 130/143 when stopped.
 */
async function runInProcess(options: IngestCommandOptions, settings: Settings, body: (run: Run) => Promise<IngestSummary>): Promise<void> {
  const stop = new AbortController();
  let caught: "SIGINT" | "SIGTERM" | undefined;
  const onSignal = (signal: "SIGINT" | "SIGTERM") => {
    caught ??= signal;
    stop.abort();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const progress = process.stderr.isTTY ? createProgress(process.stderr) : undefined;
  const warn = (line: string) => (progress ? progress.log(line) : process.stderr.write(line));
  // On PostgreSQL, commits without waiting for the WAL flush (open-store.ts, asyncCommit): what it writes, a re-run writes again.
  const { store, context } = await openCorpusStore({ ...(options.db ? { db: options.db } : {}), pipelineVersion: pipelineVersion(), asyncCommit: true });
  const started = performance.now();
  let summary: IngestSummary | undefined;
  const onOutcome = (o: IngestOutcome) => {
    progress?.tick();
    if (o.kind === "failed") warn(`sitrep: ${o.label}: error ${o.code}: ${o.message}\n`);
    else if (o.kind === "empty") warn(`sitrep: ${o.label}: not stored, empty result ${o.code}: ${o.message}\n`);
  };
  try {
    summary = await body({
      store,
      context,
      signal: stop.signal,
      progress,
      warn,
      onOutcome,
      ingest: (inputs) => ingestArticles(inputs, { ...context, store, jobs: settings.jobs, timeBudgetMs: settings.timeBudgetMs, signal: stop.signal, onOutcome }),
    });
  } finally {
    progress?.stop();
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ ...summary, seconds: Math.round(seconds * 10) / 10, perSecond: Math.round((summary.articles / Math.max(seconds, 0.001)) * 10) / 10, pipelineVersion: context.pipelineVersion })}\n`);
  if (caught) {
    process.stderr.write(`sitrep: error INTERRUPTED: stopped by ${caught} after ${summary.articles} article(s); those are stored\n`);
    process.exit(INTERRUPTED_EXIT[caught]);
  }
  if (summary.failed > 0) process.exitCode = 2;
}

/** How many articles the inputs hold, for the progress line; undefined when a URL or feed makes it unknown. */
async function countInputs(inputs: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) || input === "-") return undefined;
    const info = await stat(input).catch(() => undefined);
    if (!info) continue;
    if (info.isDirectory()) {
      for await (const file of listArticleFiles(input)) total += /\.(jsonl|ndjson)$/i.test(file) ? ((await countManifestLines(file)) ?? 0) : 1;
    } else total += /\.(jsonl|ndjson)$/i.test(input) ? ((await countManifestLines(input)) ?? 0) : 1;
  }
  return total;
}

export function parseWholeNumber(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new SitrepError("BAD_ARGUMENT", `${flag} needs a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}
