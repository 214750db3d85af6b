import { SitrepError } from "../core/errors.js";
import { decodeBytes } from "../stages/ingest/decode-bytes.js";
import { fetchUrl, type FetchOptions } from "../stages/ingest/fetch-url.js";
import { parseFeedItems, type FeedItem } from "./feed-items.js";
import type { FeedStateStore } from "./feed-state.js";
import { withSeen } from "./feed-state.js";

export interface FeedPoll {
  /** True when the server answered 304: nothing changed since the last poll. */
  readonly notModified: boolean;
  /** Items not taken before (all of them on the first poll), in feed order. */
  readonly items: readonly FeedItem[];
  /** Items the feed lists. */
  readonly listed: number;
  /** Records the items as taken, with the copy's validators: call once they are ingested. */
  commit(): Promise<void>;
}

/**
 * Polls a feed with a conditional request (If-None-Match / If-Modified-Since from the state of the
 * last poll) and returns the items not taken before. The state is updated only by `commit`, so a
 * run that stops before ingesting the items polls them again next time.
 */
export async function pollFeed(url: string, state: FeedStateStore, options: Omit<FetchOptions, "acceptFeeds" | "conditional"> = {}): Promise<FeedPoll> {
  const before = await state.get(url);
  const conditional = before?.etag || before?.lastModified ? { ...(before.etag ? { etag: before.etag } : {}), ...(before.lastModified ? { lastModified: before.lastModified } : {}) } : undefined;
  const page = await fetchUrl(url, { ...options, acceptFeeds: true, ...(conditional ? { conditional } : {}) });
  if (page.notModified) return { notModified: true, items: [], listed: 0, commit: async () => undefined };
  const items = feedItemsOf(page.bytes, page.url, page.charset);
  const seen = new Set(before?.seen ?? []);
  const fresh = items.filter((item) => !seen.has(item.link));
  return {
    notModified: false,
    items: fresh,
    listed: items.length,
    commit: () => state.set(url, { ...(page.etag ? { etag: page.etag } : {}), ...(page.lastModified ? { lastModified: page.lastModified } : {}), seen: withSeen(before, items.map((i) => i.link)) }),
  };
}

/** A feed's bytes to its items; a body that is not a feed is FETCH_UNSUPPORTED_TYPE. */
export function feedItemsOf(bytes: Uint8Array, baseUrl: string | undefined, charset?: string): FeedItem[] {
  const text = decodeBytes(bytes, charset).text;
  try {
    return [...parseFeedItems(text, baseUrl).items];
  } catch (e) {
    throw new SitrepError("FETCH_UNSUPPORTED_TYPE", `${baseUrl ?? "the input"} is not an RSS, Atom, RDF or JSON feed (${(e as Error).message})`);
  }
}
