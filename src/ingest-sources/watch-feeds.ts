import { readFile } from "node:fs/promises";
import { SitrepError } from "../core/errors.js";
import { FetchStatusError } from "../stages/ingest/fetch-status-error.js";
import type { ReadOptions } from "../stages/ingest/read-input.js";
import { articleInputs, type ArticleInput } from "./article-inputs.js";
import type { FeedStateStore } from "./feed-state.js";
import { DEFAULT_POLL_INTERVAL_S, MAX_BACKOFF_S, MAX_RETRY_AFTER_S } from "./heuristics.js";

export interface WatchOptions {
  readonly feeds: readonly string[];
  readonly feedState: FeedStateStore;
  readonly read?: ReadOptions;
  /** Between two polls of one feed, in ms (default DEFAULT_POLL_INTERVAL_S). */
  readonly intervalMs?: number;
  /** Longest wait after errors, in ms (default MAX_BACKOFF_S). */
  readonly maxBackoffMs?: number;
  /** Stops the watch: no new poll starts; the one in progress finishes its items first. */
  readonly signal: AbortSignal;
  /** Ingests the new items of one poll; the feed's state is committed only after it returns. */
  ingest(feed: string, items: readonly ArticleInput[], signal: AbortSignal): Promise<void>;
  /** Told after every poll (for the log, and tests). */
  onPoll?(event: PollEvent): void;
  /** Waits `ms` or until the signal, and the clock; replaceable together in tests. */
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
  now?(): number;
}

export interface PollEvent {
  readonly feed: string;
  /** new items taken, "not-modified" (304 or nothing new), or the error's code. */
  readonly outcome: "items" | "nothing-new" | "error";
  readonly items: number;
  readonly error?: SitrepError;
  /** Errors in a row, this one included (0 after a success). */
  readonly failures: number;
  /** How long until this feed is polled again, in ms. */
  readonly nextInMs: number;
}

/**
 * Polls each feed on an interval until the signal: a poll takes the items not seen before (a
 * conditional request first: a 304 costs the server nothing) and hands them to `ingest`. A failed
 * poll waits interval x 2^(failures - 1) (at most maxBackoffMs), or longer when the server said so
 * with Retry-After (capped at MAX_RETRY_AFTER_S); the first success resets the wait.
 */
export async function watchFeeds(options: WatchOptions): Promise<void> {
  const interval = options.intervalMs ?? DEFAULT_POLL_INTERVAL_S * 1000;
  const maxBackoff = options.maxBackoffMs ?? MAX_BACKOFF_S * 1000;
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const signal = options.signal;
  const schedule = options.feeds.map((feed) => ({ feed, at: now(), failures: 0 }));
  while (!signal.aborted && schedule.length > 0) {
    const next = schedule.reduce((a, b) => (b.at < a.at ? b : a));
    const wait = next.at - now();
    if (wait > 0) {
      await sleep(wait, signal);
      continue;
    }
    let event: Omit<PollEvent, "nextInMs" | "failures">;
    let delay: number;
    try {
      const commits: Array<() => Promise<void>> = [];
      const items: ArticleInput[] = [];
      // A watched URL is a feed: its state is created on the first poll, so later polls are conditional.
      for await (const input of articleInputs([next.feed], { feedState: options.feedState, feedCommits: commits, ...(options.read ? { read: options.read } : {}), onSourceError: rethrow })) items.push(input);
      if (commits.length === 0) throw new SitrepError("FETCH_UNSUPPORTED_TYPE", `${next.feed} is not a feed`);
      if (items.length > 0) await options.ingest(next.feed, items, signal);
      if (signal.aborted) return;
      for (const commit of commits) await commit();
      next.failures = 0;
      delay = interval;
      event = { feed: next.feed, outcome: items.length > 0 ? "items" : "nothing-new", items: items.length };
    } catch (e) {
      if (!(e instanceof SitrepError)) throw e;
      next.failures++;
      delay = Math.min(maxBackoff, interval * 2 ** (next.failures - 1));
      const asked = e instanceof FetchStatusError ? e.retryAfterMs : undefined;
      if (asked !== undefined) delay = Math.max(delay, Math.min(asked, MAX_RETRY_AFTER_S * 1000));
      event = { feed: next.feed, outcome: "error", items: 0, error: e };
    }
    next.at = now() + delay;
    options.onPoll?.({ ...event, failures: next.failures, nextInMs: delay });
  }
}

function rethrow(_input: string, error: SitrepError): never {
  throw error;
}

/** The feeds of a watch file: one URL a line; blank lines and lines starting with # are ignored. */
export async function readFeedsFile(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new SitrepError("INPUT_NOT_FOUND", `${path}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  const feeds = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  for (const feed of feeds) if (!/^https?:\/\//i.test(feed)) throw new SitrepError("BAD_ARGUMENT", `${path}: "${feed}" is not an http(s) URL`);
  if (feeds.length === 0) throw new SitrepError("BAD_ARGUMENT", `${path} lists no feed`);
  return feeds;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
