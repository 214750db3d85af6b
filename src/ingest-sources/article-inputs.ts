import { stat } from "node:fs/promises";
import type { DocumentMeta } from "../core/index.js";
import { SitrepError } from "../core/errors.js";
import { parseManifestLine, readManifestLines } from "../app/read-manifest.js";
import { readInput, type RawInput, type ReadOptions } from "../stages/ingest/read-input.js";
import { DEFAULT_MAX_BYTES } from "../stages/ingest/heuristics.js";
import type { FeedItem } from "./feed-items.js";
import { looksLikeFeed } from "./looks-like-feed.js";
import { withSeen, type FeedStateStore } from "./feed-state.js";
import { listArticleFiles, readHead } from "./list-article-files.js";

/** One article to ingest, before it is read: where it comes from and how to get its bytes. */
export interface ArticleInput {
  /** A name for messages: a path, a URL, "file.jsonl:12", or "feed-url#item-link". */
  readonly label: string;
  /** What the source says of the article (a manifest line's id, url, title, date; a feed item's). */
  readonly meta: DocumentMeta;
  /** True when `load` reads from memory or a local file (cheap, may run before the article is queued); false when it fetches. */
  readonly local: boolean;
  /** Reads the article's bytes; throws a SitrepError for unusable input. */
  load(): Promise<RawInput>;
}

export interface SourceOptions {
  readonly read?: ReadOptions;
  /** Where feed validators and seen items are kept (conditional requests, no item taken twice). */
  readonly feedState: FeedStateStore;
  /** Told about inputs that are skipped or cannot be listed (a folder's binary files, a feed that fails). */
  readonly warn?: (line: string) => void;
  /** A source that cannot be read (a missing file, a feed that fails): warned about and skipped unless this says otherwise (it may throw). */
  readonly onSourceError?: (input: string, error: SitrepError) => void;
  /** Collects the commits of polled feeds: run them once the items are ingested. */
  readonly feedCommits?: Array<() => Promise<void>>;
}

/**
 * The feed reader and the HTTP client (undici, feedsmith: ~0.2 s of CPU to load), imported when a
 * URL or a feed file is among the inputs: an ingest of local files and manifests never loads them.
 */
function feedModule(): Promise<typeof import("./fetch-feed.js")> {
  return import("./fetch-feed.js");
}

const URL_INPUT = /^[a-z][a-z0-9+.-]*:\/\//i;
const MANIFEST_FILE = /\.(jsonl|ndjson)$/i;

/**
 * The articles of the inputs of `sitrep ingest`, in order: files and folders of text and HTML
 * (folders recursively, sorted, hidden and binary files left out), JSON Lines manifests (a .jsonl or
 * .ndjson file), RSS/Atom/RDF/JSON feeds (a URL or file whose content is a feed: each item, with its
 * page fetched unless the feed carries the whole article), single URLs, and "-" for standard input.
 * A source that cannot be read is reported through `warn` and skipped; its articles' own errors
 * come when they are loaded.
 */
export async function* articleInputs(inputs: readonly string[], options: SourceOptions): AsyncGenerator<ArticleInput> {
  const read = options.read ?? {};
  const warn = options.warn ?? (() => undefined);
  for (const input of inputs) {
    try {
      if (input === "-") yield { label: "stdin", meta: {}, local: true, load: () => readInput("-", read) };
      else if (URL_INPUT.test(input)) yield* urlInputs(input, options);
      else yield* pathInputs(input, options);
    } catch (e) {
      if (!(e instanceof SitrepError)) throw e;
      if (options.onSourceError) options.onSourceError(input, e);
      else warn(`sitrep: ${input}: error ${e.code}: ${e.message}\n`);
    }
  }
}

async function* urlInputs(url: string, options: SourceOptions): AsyncGenerator<ArticleInput> {
  const read = options.read ?? {};
  // A URL polled before as a feed is asked for conditionally; any other URL is fetched once and
  // looked at: a feed gives its items, a page is the article.
  if (await options.feedState.get(url)) {
    const { pollFeed } = await feedModule();
    const poll = await pollFeed(url, options.feedState, fetchOptions(read));
    options.feedCommits?.push(poll.commit);
    yield* itemInputs(url, poll.items, read);
    return;
  }
  const raw = await readInput(url, { ...read, acceptFeeds: true });
  if (isFeed(raw)) {
    const { feedItemsOf } = await feedModule();
    const items = feedItemsOf(raw.bytes, raw.url, raw.charset);
    options.feedCommits?.push(async () => options.feedState.set(url, { ...validatorsOf(raw), seen: withSeen(undefined, items.map((i) => i.link)) }));
    yield* itemInputs(url, items, read);
    return;
  }
  yield { label: url, meta: {}, local: true, load: async () => raw };
}

async function* pathInputs(path: string, options: SourceOptions): AsyncGenerator<ArticleInput> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new SitrepError("INPUT_NOT_FOUND", `${path}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  if (!info.isDirectory()) {
    yield* fileInputs(path, options);
    return;
  }
  const warn = options.warn ?? (() => undefined);
  for await (const file of listArticleFiles(path, (p, why) => warn(`sitrep: ${p}: skipped (${why})\n`))) yield* fileInputs(file, options);
}

async function* fileInputs(path: string, options: SourceOptions): AsyncGenerator<ArticleInput> {
  const read = options.read ?? {};
  if (MANIFEST_FILE.test(path)) {
    for await (const line of readManifestLines(path, read.maxBytes ?? DEFAULT_MAX_BYTES)) {
      let entry;
      try {
        entry = parseManifestLine(line);
      } catch (e) {
        yield { label: line.where, meta: {}, local: true, load: () => Promise.reject(e) };
        continue;
      }
      const raw = entry.raw;
      if (raw) yield { label: entry.where, meta: entry.meta, local: true, load: async () => raw };
      else yield { label: entry.where, meta: entry.meta, local: false, load: () => readInput(entry.meta.url!, read) };
    }
    return;
  }
  const head = new TextDecoder().decode(await readHead(path));
  if (looksLikeFeed(head)) {
    // A saved feed: its items are fetched like those of a feed URL (links are absolute in practice).
    const raw = await readInput(path, read);
    const { feedItemsOf } = await feedModule();
    yield* itemInputs(path, feedItemsOf(raw.bytes, undefined), read);
    return;
  }
  yield { label: path, meta: {}, local: true, load: () => readInput(path, read) };
}

function* itemInputs(feed: string, items: readonly FeedItem[], read: ReadOptions): Generator<ArticleInput> {
  for (const item of items) {
    const meta: DocumentMeta = { ...(item.title ? { title: item.title } : {}), ...(item.published ? { published: item.published } : {}) };
    const label = `${feed}#${item.link}`;
    const content = item.content;
    if (content !== undefined) {
      // The feed carries the article: analysed as given, cited by the item's link.
      const raw: RawInput = { bytes: new TextEncoder().encode(content), locator: item.link, kind: "manifest", contentType: "text/html" };
      yield { label, meta: { ...meta, url: item.link }, local: true, load: async () => raw };
    } else {
      yield { label, meta, local: false, load: () => readInput(item.link, read) };
    }
  }
}

function isFeed(raw: RawInput): boolean {
  if (/(rss|atom|rdf|feed)\+(xml|json)/.test(raw.contentType ?? "")) return true;
  if (raw.contentType === "text/html" || raw.contentType === "text/plain") return false;
  return looksLikeFeed(new TextDecoder().decode(raw.bytes.subarray(0, 4096)));
}

function validatorsOf(raw: RawInput): { etag?: string; lastModified?: string } {
  return { ...(raw.etag ? { etag: raw.etag } : {}), ...(raw.lastModified ? { lastModified: raw.lastModified } : {}) };
}

function fetchOptions(read: ReadOptions) {
  const { stdin: _stdin, ...rest } = read;
  return rest;
}
